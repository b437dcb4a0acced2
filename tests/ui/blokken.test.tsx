import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { ParagraphSnapshot } from "../../src/domain/snapshot";
import { WordOperationError } from "../../src/word/errors";
import { createFakeWordPort, type FakeWordPort } from "./fakeWordPort";

function renderPane(port: FakeWordPort = createFakeWordPort(), wordApi15 = true) {
  render(<App environment={{ kind: "word", theme: null, wordApi13: true, wordApi15 }} port={port} />);
  return port;
}

const paragraph = (index: number, text: string, headingLevel: number | null = null): ParagraphSnapshot => ({
  index,
  text,
  styleId: headingLevel ? `Heading${headingLevel}` : null,
  styleName: headingLevel ? `heading ${headingLevel}` : null,
  headingLevel,
  listLevel: null,
  inTable: false,
  bold: false,
  contentControlTags: [],
});

const row = async (title: string) => {
  const list = await screen.findByRole("list", { name: "Blokken van de nota" });
  return within(list).getByRole("listitem", { name: title });
};

async function openForm(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(within(await row(title)).getByRole("button", { name: `${title} invullen en invoegen` }));
  return screen.getByRole("form", { name: `Gegevens voor ${title}` });
}

/** Opens a block's form and inserts it with the values the form starts with. */
async function insertWithDefaults(user: ReturnType<typeof userEvent.setup>, title: string) {
  const form = await openForm(user, title);
  await user.click(within(form).getByRole("button", { name: "Invoegen" }));
  await screen.findByText(`‘${title}’ is ingevoegd.`, { selector: "[data-notice] *" });
}

const visibleNotice = () => document.querySelector<HTMLElement>("[data-notice]");

describe("tab Blokken", () => {
  it("lists the catalogue in nota order with each block's state", async () => {
    renderPane();
    const list = await screen.findByRole("list", { name: "Blokken van de nota" });
    const titles = within(list)
      .getAllByRole("listitem")
      .map((item) => item.getAttribute("aria-labelledby") && document.getElementById(item.getAttribute("aria-labelledby")!)?.textContent);
    expect(titles.slice(0, 4)).toEqual(["Parafenroute", "Met akkoord van …", "Aanleiding", "Geadviseerd besluit"]);
    expect(within(await row("Aanleiding")).getByText("Ontbreekt")).toBeInTheDocument();
  });

  it("shows the parafenroute's table in its form as plain rows: roles, with paraaf and datum still empty", async () => {
    const user = userEvent.setup();
    renderPane();
    const form = await openForm(user, "Parafenroute");
    const table = within(form).getByRole("list", { name: "Tabel van Parafenroute" });
    expect(within(table).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Rol | Paraaf | Datum",
      "Opsteller | … | …",
      "Afdelingshoofd / MT | … | …",
      "Directeur | … | …",
      "Directeur-generaal | … | …",
    ]);
  });

  it("inserts a block with its values typed the Dutch way, at its place in the nota, and focuses its row", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const title = "Ontwikkelingen demissionaire status kabinet";
    const form = await openForm(user, title);
    const date = within(form).getByRole("textbox", { name: /Datum demissionair/ });
    await user.type(date, "3-6-2025");
    expect(within(form).getByText("In de tekst: 3 juni 2025")).toBeInTheDocument();
    await user.click(within(form).getByRole("checkbox", { name: /Nog onduidelijk/ }));
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));

    await screen.findByText(`‘${title}’ is ingevoegd.`, { selector: "[data-notice] *" });
    expect(port.inserted).toHaveLength(1);
    const { block, position } = port.inserted[0];
    expect(block.tag).toBe("nota:demissionair");
    expect(position).toEqual({ kind: "nota-order", anchor: null });
    const texts = block.paragraphs.map((p) => p.segments.map((s) => s.text).join(""));
    expect(texts).toContain(
      "Het kabinet is per 3 juni 2025 demissionair. Dit betekent dat kritisch bezien moet worden welke stukken nog aan de Kamer worden toegezonden.",
    );
    expect(texts.some((text) => text.startsWith("Voor ondertekening is"))).toBe(true);
    const inserted = await row(title);
    expect(within(inserted).getByText("In document")).toBeInTheDocument();
    // The result is next to the action, in the block's own row, and announced; focus is on that row.
    expect(within(inserted).getByText(`‘${title}’ is ingevoegd.`)).toBeInTheDocument();
    expect(within(inserted).getByText(/Ctrl\+Z/)).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(`‘${title}’ is ingevoegd.`);
    await waitFor(() => expect(inserted).toHaveFocus());
  });

  it("places a block after the nearest preceding block that is present", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort();
    renderPane(port);
    await insertWithDefaults(user, "Aanleiding");
    await insertWithDefaults(user, "Kernpunten");
    expect(port.inserted[1].position).toMatchObject({
      kind: "nota-order",
      anchor: { where: "after", paragraph: 2, paragraphCount: 3, control: { tag: "nota:aanleiding", occurrence: 0 } },
    });
  });

  it("names the running operation in its spinner", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    let finish: () => void = () => undefined;
    const insert = port.insertBlock.bind(port);
    port.insertBlock = (block, position) => new Promise<void>((resolve) => (finish = () => void insert(block, position).then(resolve)));
    const form = await openForm(user, "Aanleiding");
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(within(await row("Aanleiding")).getByText("‘Aanleiding’ wordt ingevoegd…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Opnieuw lezen" })).toBeDisabled();
    await act(async () => finish());
    await screen.findByText("‘Aanleiding’ is ingevoegd.", { selector: "[data-notice] *" });
    expect(screen.queryByText("‘Aanleiding’ wordt ingevoegd…")).not.toBeInTheDocument();
  });

  it("takes a success message away when the next action starts, or another form is opened", async () => {
    const user = userEvent.setup();
    renderPane();
    await insertWithDefaults(user, "Aanleiding");
    await user.click(screen.getByRole("button", { name: "Opnieuw lezen" }));
    await waitFor(() => expect(screen.queryByText("‘Aanleiding’ is ingevoegd.")).not.toBeInTheDocument());
    await insertWithDefaults(user, "Geadviseerd besluit");
    await openForm(user, "Kernpunten");
    expect(screen.queryByText("‘Geadviseerd besluit’ is ingevoegd.")).not.toBeInTheDocument();
  });

  it("refuses an impossible date and an empty required field without calling Word, at the field", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const form = await openForm(user, "Ontwikkelingen demissionaire status kabinet");
    const date = within(form).getByRole("textbox", { name: /Datum demissionair/ });
    await user.type(date, "30-2-2025");
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(within(form).getByText(/‘30-2-2025’ is geen bestaande datum/)).toBeInTheDocument();
    await user.clear(date);
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(within(form).getByText(/Datum demissionair is verplicht/)).toBeInTheDocument();
    expect(port.inserted).toHaveLength(0);
  });

  it("keeps a required field with a default required: emptied, it is an error, not the default", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const form = await openForm(user, "Aanleiding");
    const onderraad = within(form).getByRole("textbox", { name: /Onderraad/ });
    expect(onderraad).toHaveValue("RFL");
    await user.clear(onderraad);
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(within(form).getByText("Onderraad is verplicht: vul een waarde in.")).toBeInTheDocument();
    expect(port.inserted).toHaveLength(0);
  });

  it("moves focus to the first wrong field on a failed submit, and takes a field's error away once it is right", async () => {
    const user = userEvent.setup();
    renderPane();
    const form = await openForm(user, "Kernpunten");
    const onderraad = within(form).getByRole("textbox", { name: /Onderraad/ });
    const mr = within(form).getByRole("textbox", { name: /Datum ministerraad/ });
    await user.clear(onderraad);
    await user.type(mr, "31-6");
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(onderraad).toHaveFocus();
    expect(within(form).getByText(/‘31-6’ is geen bestaande datum/)).toBeInTheDocument();
    await user.type(onderraad, "REZ");
    expect(within(form).queryByText("Onderraad is verplicht: vul een waarde in.")).not.toBeInTheDocument();
    // Still wrong: the date's error stays until the date is right.
    await user.type(mr, "-2025");
    expect(within(form).getByText(/‘31-6’ is geen bestaande datum/)).toBeInTheDocument();
    await user.clear(mr);
    await user.type(mr, "30-6");
    expect(within(form).queryByText(/geen bestaande datum/)).not.toBeInTheDocument();
  });

  it("closes a form with Escape and gives the focus back to its button, keeping what was typed", async () => {
    const user = userEvent.setup();
    renderPane();
    const form = await openForm(user, "Kernpunten");
    await user.type(within(form).getByRole("textbox", { name: /Beoogde verzending/ }), "week 26");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    const button = within(await row("Kernpunten")).getByRole("button", { name: "Kernpunten invullen en invoegen" });
    expect(button).toHaveFocus();
    await user.click(button);
    expect(screen.getByRole("textbox", { name: /Beoogde verzending/ })).toHaveValue("week 26");
  });

  it("lists the empty fields that would leave a placeholder in the nota before insertion", async () => {
    const user = userEvent.setup();
    renderPane();
    const form = await openForm(user, "Aanleiding");
    expect(within(form).getByText("Nog leeg, dus als invulplek in de nota: [Datum onderraad] en [Datum ministerraad]. U kunt deze later invullen onder ‘Gegevens in de nota’.")).toBeInTheDocument();
    await user.type(within(form).getByRole("textbox", { name: /Datum onderraad/ }), "17-6-2025");
    expect(within(form).getByText("Nog leeg, dus als invulplek in de nota: [Datum ministerraad]. U kunt dit later invullen onder ‘Gegevens in de nota’.")).toBeInTheDocument();
    await user.type(within(form).getByRole("textbox", { name: /Datum ministerraad/ }), "20-6-2025");
    expect(within(form).queryByText(/Nog leeg/)).not.toBeInTheDocument();
  });

  it("lists only optional fields as placeholders: a required empty field is refused, not left as '[Datum ACKE]'", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const form = await openForm(user, "Ambtelijke afstemming (ACKE)");
    expect(within(form).queryByText(/Nog leeg/)).not.toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(within(form).getByText("Datum ACKE is verplicht: vul een waarde in.")).toBeInTheDocument();
    expect(port.inserted).toHaveLength(0);
  });

  describe("keeps an opened form and its errors in view", () => {
    let scrolled: Element[];
    beforeEach(() => {
      scrolled = [];
      Element.prototype.scrollIntoView = jest.fn(function (this: Element) {
        scrolled.push(this);
      });
    });
    afterEach(() => {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });

    it("scrolls a form opened by keyboard into view with its row, and a field's error with the field after a submit by Enter", async () => {
      const user = userEvent.setup();
      renderPane();
      const acke = await row("Ambtelijke afstemming (ACKE)");
      within(acke).getByRole("button", { name: "Ambtelijke afstemming (ACKE) invullen en invoegen" }).focus();
      await user.keyboard("{Enter}");
      const form = screen.getByRole("form", { name: "Gegevens voor Ambtelijke afstemming (ACKE)" });
      // The whole row: its title stays visible above the form.
      expect(scrolled).toContain(acke);
      const field = within(form).getByRole("textbox", { name: /Datum ACKE/ });
      await user.click(field);
      scrolled = [];
      await user.keyboard("{Enter}");
      const message = within(form).getByText("Datum ACKE is verplicht: vul een waarde in.");
      expect(field).toHaveFocus();
      expect(scrolled).toHaveLength(1);
      expect(scrolled[0]).toContainElement(field);
      expect(scrolled[0]).toContainElement(message);
    });
  });

  it("offers 'Ga naar' instead of a second insertion of a block that is present", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await insertWithDefaults(user, "Aanleiding");
    const aanleiding = await row("Aanleiding");
    expect(within(aanleiding).queryByRole("button", { name: /invoegen/i })).not.toBeInTheDocument();
    await user.click(within(aanleiding).getByRole("button", { name: "Ga naar Aanleiding" }));
    await waitFor(() => expect(port.selected).toEqual(["nota:aanleiding"]));
  });

  it("reads again when 'Ga naar' finds its block vanished, and says so in the block's row", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await insertWithDefaults(user, "Aanleiding");
    port.snapshot.contentControls = [];
    port.snapshot.paragraphs = [];
    const reads = port.reads;
    await user.click(within(await row("Aanleiding")).getByRole("button", { name: "Ga naar Aanleiding" }));
    expect(await within(await row("Aanleiding")).findByText("‘Aanleiding’ staat niet meer in het document.")).toBeInTheDocument();
    expect(port.reads).toBe(reads + 1);
    expect(within(await row("Aanleiding")).getByText("Ontbreekt")).toBeInTheDocument();
  });

  it("says in Dutch what happened when Word refuses, with the technical detail, and keeps what was typed", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const form = await openForm(user, "Ambtelijke afstemming (ACKE)");
    await user.type(within(form).getByRole("textbox", { name: /Datum ACKE/ }), "2 juni 2025");
    port.failNext(new WordOperationError("insert-rejected", "Word rejected the insertion", { cause: Object.assign(new Error("Access denied"), { code: "AccessDenied" }) }));
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Word heeft het invoegen geweigerd; het document is niet gewijzigd");
    const notice = visibleNotice()!;
    expect(within(notice).getByText("Technische details")).toBeInTheDocument();
    expect(notice).toHaveTextContent(/insert-rejected · AccessDenied · Error: Access denied/);
    expect(screen.getByRole("textbox", { name: /Datum ACKE/ })).toHaveValue("2 juni 2025");
    expect(port.inserted).toHaveLength(0);
  });

  it("does not call an unexpected exception a refusal by Word", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const form = await openForm(user, "Aanleiding");
    port.failNext(new WordOperationError("insert-rejected", "Word rejected the insertion", { cause: new TypeError("x is undefined") }));
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(alert).toHaveTextContent("Er ging iets mis in de Nota-assistent; het document is niet gewijzigd"));
    expect(alert).not.toHaveTextContent(/Word heeft/);
    expect(visibleNotice()).toHaveTextContent("TypeError: x is undefined");

    port.insertBlock = () => Promise.reject(new RangeError("bug"));
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    await waitFor(() => expect(visibleNotice()).toHaveTextContent("RangeError: bug"));
    expect(visibleNotice()).toHaveTextContent("Er ging iets mis in de Nota-assistent");
  });

  it("explains a failed read and recovers on 'Opnieuw lezen'", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort();
    port.failNext(new WordOperationError("read-failed", "boom", { cause: Object.assign(new Error("busy"), { code: "GeneralException" }) }));
    renderPane(port);
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("Het document kon niet worden gelezen"));
    await user.click(screen.getByRole("button", { name: "Opnieuw lezen" }));
    expect(await screen.findByRole("list", { name: "Blokken van de nota" })).toBeInTheDocument();
  });

  it("links to the help page and speaks the drafter's Dutch: no developer words, typographic quotes", async () => {
    const user = userEvent.setup();
    renderPane();
    await insertWithDefaults(user, "Geadviseerd besluit");
    await openForm(user, "Aanleiding");
    expect(screen.getByRole("link", { name: /Uitleg bij de Nota-assistent/ })).toHaveAttribute("href", "assets/help.html#blokken");
    const text = screen.getByRole("main").textContent ?? "";
    expect(text).not.toMatch(/parameter/i);
    expect(text).not.toMatch(/'/);
    expect(text).toContain("Gegevens in de nota");
  });
});

describe("a document the drafter changed between two clicks", () => {
  it("is read again, and the insertion goes on when its place is unchanged", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort({ paragraphs: [paragraph(0, "Beslisnota")] });
    renderPane(port);
    const form = await openForm(user, "Aanleiding");
    // The drafter typed a line; Word's adapter notices the anchor no longer matches.
    port.snapshot.paragraphs.push(paragraph(1, "Nog een regel"));
    port.failNext(new WordOperationError("document-changed", "changed"));
    const reads = port.reads;
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    await screen.findByText("‘Aanleiding’ is ingevoegd.", { selector: "[data-notice] *" });
    expect(port.reads).toBe(reads + 2);
    expect(port.inserted).toHaveLength(1);
    expect(screen.queryByRole("alert")).toBeEmptyDOMElement();
  });

  it("says so, and inserts nothing, when the block's own place changed: the drafter wrote its heading meanwhile", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const form = await openForm(user, "Kernpunten");
    port.snapshot.paragraphs.push(...handWrittenNota().map((p) => ({ ...p, index: p.index + port.snapshot.paragraphs.length })));
    port.failNext(new WordOperationError("document-changed", "changed"));
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(await within(await row("Kernpunten")).findByText("Het document is veranderd waar ‘Kernpunten’ moest komen; er is niets ingevoegd.")).toBeInTheDocument();
    expect(port.inserted).toHaveLength(0);
    expect(within(await row("Kernpunten")).getByText("Als kop aanwezig")).toBeInTheDocument();
  });
});

/** Headings a drafter typed: three sections in nota order, so section detection reads the document as a nota. */
const handWrittenNota = () => [
  paragraph(0, "Kernpunten", 2),
  paragraph(1, "Toelichting", 2),
  paragraph(2, "Informatie die niet openbaar gemaakt kan worden", 2),
];

describe("a section the drafter wrote by hand", () => {

  it("is selected in Word with 'Ga naar'", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort({ paragraphs: handWrittenNota() });
    renderPane(port);
    await user.click(within(await row("Kernpunten")).getByRole("button", { name: "Ga naar Kernpunten" }));
    await waitFor(() => expect(port.selectedParagraphs).toEqual([0]));
  });

  it("is found again where it is now when the document changed since it was read", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort({ paragraphs: handWrittenNota() });
    renderPane(port);
    const button = within(await row("Kernpunten")).getByRole("button", { name: "Ga naar Kernpunten" });
    port.snapshot.paragraphs.unshift(paragraph(0, "Beslisnota"));
    port.snapshot.paragraphs.forEach((p, index) => (p.index = index));
    const reads = port.reads;
    await user.click(button);
    await waitFor(() => expect(port.selectedParagraphs).toEqual([1]));
    expect(port.reads).toBe(reads + 1);
    expect(visibleNotice()).toBeNull();
  });

  it("asks before the button what inserting does to the drafter's heading, and needs the answer", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort({ paragraphs: handWrittenNota() });
    renderPane(port);
    const kern = await row("Kernpunten");
    expect(within(kern).getByText("Als kop aanwezig")).toBeInTheDocument();
    const form = await openForm(user, "Kernpunten");
    const question = within(form).getByText(/U hebt zelf al een kop ‘Kernpunten’/);
    expect(question).toHaveTextContent(/Uw eigen kop en de tekst eronder blijven staan zoals ze zijn/);
    const insert = within(form).getByRole("button", { name: "Invoegen" });
    expect(question.compareDocumentPosition(insert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(insert);
    const confirm = within(form).getByRole("checkbox", { name: "Ja, voeg het blok toe; mijn eigen kop blijft staan" });
    // An unchecked Fluent checkbox label is grey; on the yellow box it must be the main text colour (dark theme contrast).
    expect(getComputedStyle(within(form).getByText("Ja, voeg het blok toe; mijn eigen kop blijft staan")).color).toBe("var(--colorNeutralForeground1)");
    expect(confirm).toHaveFocus();
    expect(port.inserted).toHaveLength(0);
    await user.click(confirm);
    await user.click(insert);
    await screen.findByText("‘Kernpunten’ is ingevoegd.", { selector: "[data-notice] *" });
    expect(port.inserted).toHaveLength(1);
  });

  it("treats 'Met akkoord van …' as a line, not a heading", async () => {
    const user = userEvent.setup();
    renderPane(createFakeWordPort({ paragraphs: [paragraph(0, "Met akkoord van de Minister van Financiën"), paragraph(1, "Aanleiding", 2)] }));
    expect(within(await row("Met akkoord van …")).getByText("Als regel aanwezig")).toBeInTheDocument();
    const form = await openForm(user, "Met akkoord van …");
    expect(within(form).getByText(/U hebt zelf al een regel ‘Met akkoord van …’/)).toBeInTheDocument();
    expect(within(form).getByRole("checkbox", { name: /mijn eigen regel blijft staan/ })).toBeInTheDocument();
  });
});

describe("values in the nota", () => {
  it("updates a value everywhere in one operation and says so below the button", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await insertWithDefaults(user, "Geadviseerd besluit");
    const panel = screen.getByRole("region", { name: "Gegevens in de nota" });
    const onderraad = within(panel).getByRole("textbox", { name: /Onderraad/ });
    expect(onderraad).toHaveValue("RFL");
    await user.clear(onderraad);
    await user.type(onderraad, "REZ");
    await user.click(within(panel).getByRole("button", { name: "Overal aanpassen" }));
    expect(await within(panel).findByText("Onderraad aangepast op 2 plekken.")).toBeInTheDocument();
    const values = port.snapshot.contentControls.filter((c) => c.tag === "nota:param:onderraad").map((c) => c.text);
    expect(values).toEqual(["REZ", "REZ"]);
  });

  it("says so when the values vanished from the document since it was read, and reads it again", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await insertWithDefaults(user, "Geadviseerd besluit");
    const panel = screen.getByRole("region", { name: "Gegevens in de nota" });
    const onderraad = within(panel).getByRole("textbox", { name: /Onderraad/ });
    await user.clear(onderraad);
    await user.type(onderraad, "REZ");
    port.snapshot.contentControls = [];
    port.snapshot.paragraphs = [];
    await user.click(within(panel).getByRole("button", { name: "Overal aanpassen" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Onderraad staat niet meer in de nota; er is niets aangepast."));
    expect(within(panel).getByText(/Er staan nog geen ingevulde gegevens/)).toBeInTheDocument();
    expect(within(panel).getByText(/Onderraad staat niet meer in de nota/, { selector: "[data-notice] *" })).toBeInTheDocument();
  });

  it("takes the previous notice away when the next update is refused at its field", async () => {
    const user = userEvent.setup();
    renderPane();
    await insertWithDefaults(user, "Geadviseerd besluit");
    const panel = screen.getByRole("region", { name: "Gegevens in de nota" });
    await user.click(within(panel).getByRole("button", { name: "Overal aanpassen" }));
    expect(await within(panel).findByText("U hebt niets gewijzigd.")).toBeInTheDocument();
    await user.clear(within(panel).getByRole("textbox", { name: /Stukken/ }));
    await user.click(within(panel).getByRole("button", { name: "Overal aanpassen" }));
    expect(within(panel).getByText("Stukken is verplicht: vul een waarde in.")).toBeInTheDocument();
    expect(screen.queryByText("U hebt niets gewijzigd.")).not.toBeInTheDocument();
    expect(visibleNotice()).toBeNull();
  });

  it("takes the previous notice away when an insertion is refused at its field", async () => {
    const user = userEvent.setup();
    renderPane();
    await insertWithDefaults(user, "Aanleiding");
    const form = await openForm(user, "Ambtelijke afstemming (ACKE)");
    // Opening another form already dismissed it; a notice shown while the form is open goes on a refused submit.
    const panel = screen.getByRole("region", { name: "Gegevens in de nota" });
    await user.click(within(panel).getByRole("button", { name: "Overal aanpassen" }));
    expect(await within(panel).findByText("U hebt niets gewijzigd.")).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(within(form).getByText("Datum ACKE is verplicht: vul een waarde in.")).toBeInTheDocument();
    expect(visibleNotice()).toBeNull();
  });

  it("refuses to empty a required value in the document and focuses it", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await insertWithDefaults(user, "Geadviseerd besluit");
    const panel = screen.getByRole("region", { name: "Gegevens in de nota" });
    const stukken = within(panel).getByRole("textbox", { name: /Stukken/ });
    await user.clear(stukken);
    await user.click(within(panel).getByRole("button", { name: "Overal aanpassen" }));
    expect(within(panel).getByText("Stukken is verplicht: vul een waarde in.")).toBeInTheDocument();
    expect(stukken).toHaveFocus();
    expect(port.snapshot.contentControls.find((c) => c.tag === "nota:param:stukken")?.text).toBe("Kamerbrief, bijlagen");
  });

  it("says this Word version cannot show values written as plain-text controls (below WordApi 1.5)", async () => {
    const block = paragraph(0, "Aanleiding", 2);
    block.contentControlTags = ["nota:aanleiding"];
    const port = createFakeWordPort({
      paragraphs: [block],
      contentControls: [{ tag: "nota:aanleiding", title: "Aanleiding", start: 0, end: 0, parentTag: null, text: "Aanleiding", kind: "block" }],
    });
    renderPane(port, false);
    const panel = await screen.findByRole("region", { name: "Gegevens in de nota" });
    expect(within(panel).getByText("Deze versie van Word kan de ingevulde gegevens in de blokken niet tonen")).toBeInTheDocument();
    // In Word terms: what the drafter can do, not the name of a command-line program.
    const message = within(panel).getByText("Deze versie van Word kan de ingevulde gegevens in de blokken niet tonen").parentElement!;
    expect(message).toHaveTextContent("Open de nota in Word voor Microsoft 365 of in Word op het web");
    expect(message).not.toHaveTextContent(/programma/);
    expect(within(panel).queryByText(/Er staan nog geen ingevulde gegevens/)).not.toBeInTheDocument();
  });

  it("says there are none yet where a newer Word sees that there are none", async () => {
    renderPane(createFakeWordPort(), false);
    const panel = await screen.findByRole("region", { name: "Gegevens in de nota" });
    expect(within(panel).getByText(/Er staan nog geen ingevulde gegevens in de nota/)).toBeInTheDocument();
    expect(within(panel).queryByText(/kan de ingevulde gegevens/)).not.toBeInTheDocument();
  });

  it("takes the example of where values come from from a block that is missing", async () => {
    const block = paragraph(0, "Aanleiding", 2);
    block.contentControlTags = ["nota:aanleiding"];
    renderPane(
      createFakeWordPort({
        paragraphs: [block],
        contentControls: [{ tag: "nota:aanleiding", title: "Aanleiding", start: 0, end: 0, parentTag: null, text: "Aanleiding", kind: "block" }],
      }),
    );
    const panel = await screen.findByRole("region", { name: "Gegevens in de nota" });
    const none = within(panel).getByText(/Er staan nog geen ingevulde gegevens in de nota/);
    expect(none).not.toHaveTextContent("Aanleiding");
    expect(none).toHaveTextContent(/Die komen erin met een blok, zoals ‘Geadviseerd besluit’\.$/);
  });
});

describe("dates", () => {
  it("gives a date without a year the year of the nota itself, before the clock's", async () => {
    const user = userEvent.setup();
    renderPane(createFakeWordPort({ paragraphs: [paragraph(0, "Beslisnota"), paragraph(1, "Datum 4 juni 2019")] }));
    const form = await openForm(user, "Ontwikkelingen demissionaire status kabinet");
    await user.type(within(form).getByRole("textbox", { name: /Datum demissionair/ }), "3-6");
    expect(within(form).getByText("In de tekst: 3 juni 2019")).toBeInTheDocument();
  });

  it("reads 3-6-25 as a date and names the right weekday when another was typed", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const form = await openForm(user, "Ambtelijke afstemming (ACKE)");
    const field = within(form).getByRole("textbox", { name: /Datum ACKE/ });
    await user.type(field, "3-6-25");
    expect(within(form).getByText("In de tekst: dinsdag 3 juni")).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, "dinsdag 20 juni 2025");
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(within(form).getByText("Datum ACKE: 20 juni 2025 valt op een vrijdag. Verbeter de dag of de datum.")).toBeInTheDocument();
    expect(port.inserted).toHaveLength(0);
  });

  it("reads abbreviated weekdays and months, and a two-digit year as the nearest such year", async () => {
    const user = userEvent.setup();
    renderPane(createFakeWordPort({ paragraphs: [paragraph(0, "Datum 4 juni 2025")] }));
    const form = await openForm(user, "Ambtelijke afstemming (ACKE)");
    const field = within(form).getByRole("textbox", { name: /Datum ACKE/ });
    for (const typed of ["ma 2 juni 2025", "ma. 2 jun.", "2 jun."]) {
      await user.clear(field);
      await user.type(field, typed);
      expect(within(form).getByText("In de tekst: maandag 2 juni")).toBeInTheDocument();
    }
    await user.clear(field);
    await user.type(field, "di 3 juni");
    expect(within(form).getByText("In de tekst: dinsdag 3 juni")).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, "wo 3 juni");
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(within(form).getByText("Datum ACKE: 3 juni 2025 valt op een dinsdag. Verbeter de dag of de datum.")).toBeInTheDocument();
  });

  it("takes 3-6-99 as 1999 in a nota of 2025, not 2099", async () => {
    const user = userEvent.setup();
    renderPane(createFakeWordPort({ paragraphs: [paragraph(0, "Datum 4 juni 2025")] }));
    const form = await openForm(user, "Ontwikkelingen demissionaire status kabinet");
    await user.type(within(form).getByRole("textbox", { name: /Datum demissionair/ }), "3-6-99");
    expect(within(form).getByText("In de tekst: 3 juni 1999")).toBeInTheDocument();
  });

  it("gives hints with true examples: the MR example is a Friday", async () => {
    const user = userEvent.setup();
    renderPane(createFakeWordPort({ paragraphs: [paragraph(0, "Datum 4 juni 2025")] }));
    const form = await openForm(user, "Aanleiding");
    expect(within(form).getByText(/De MR vergadert gewoonlijk op vrijdag\. Bijvoorbeeld 6\u20116\u20112025 of vrijdag 6 juni 2025\./)).toBeInTheDocument();
  });

  it("keeps the MR date of one block for the next, and updates it everywhere", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const form = await openForm(user, "Aanleiding");
    await user.type(within(form).getByRole("textbox", { name: /Datum ministerraad/ }), "20-6-2025");
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    await screen.findByText("‘Aanleiding’ is ingevoegd.", { selector: "[data-notice] *" });

    // The nota shows "20 juni"; the year comes back from the value stored as data, not from the clock.
    const panel = screen.getByRole("region", { name: "Gegevens in de nota" });
    expect(within(panel).getByRole("textbox", { name: /Datum ministerraad/ })).toHaveValue("20 juni 2025");

    await insertWithDefaults(user, "Kernpunten");
    const mr = port.snapshot.contentControls.filter((c) => c.tag === "nota:param:datumMr").map((c) => c.text);
    expect(mr).toEqual(["20 juni", "20 juni"]);

    const field = within(screen.getByRole("region", { name: "Gegevens in de nota" })).getByRole("textbox", { name: /Datum ministerraad/ });
    await user.clear(field);
    await user.type(field, "27 juni");
    await user.click(screen.getByRole("button", { name: "Overal aanpassen" }));
    await screen.findByText("Datum ministerraad aangepast op 2 plekken.", { selector: "[data-notice] *" });
    expect(port.snapshot.contentControls.filter((c) => c.tag === "nota:param:datumMr").map((c) => c.text)).toEqual(["27 juni", "27 juni"]);
    // Typed without a year, it takes the nota's year (from the data stored before), and is stored as data too.
    const state = port.snapshot.state;
    expect(state.status === "ok" && state.model.parameters.datumMr).toMatchObject({ value: "2025-06-27", text: "27 juni" });
  });

  it("lets an open form follow a value changed in the panel", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await insertWithDefaults(user, "Geadviseerd besluit");
    const form = await openForm(user, "Kernpunten");
    const panel = screen.getByRole("region", { name: "Gegevens in de nota" });
    const onderraad = within(panel).getByRole("textbox", { name: /Onderraad/ });
    await user.clear(onderraad);
    await user.type(onderraad, "REZ");
    await user.click(within(panel).getByRole("button", { name: "Overal aanpassen" }));
    await screen.findByText("Onderraad aangepast op 2 plekken.", { selector: "[data-notice] *" });
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    await screen.findByText("‘Kernpunten’ is ingevoegd.", { selector: "[data-notice] *" });
    const kernpunten = port.inserted[1].block.paragraphs.flatMap((p) => p.segments);
    expect(kernpunten.filter((s) => s.kind === "param" && s.name === "onderraad").map((s) => s.text)).toEqual(["REZ"]);
  });

  it("says the block is in when only the read afterwards fails, so it is not inserted twice", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const form = await openForm(user, "Aanleiding");
    const insert = port.insertBlock.bind(port);
    port.insertBlock = async (block, position) => {
      await insert(block, position);
      port.failNext(new WordOperationError("read-failed", "boom"));
    };
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(await screen.findByText("‘Aanleiding’ is ingevoegd.", { selector: "[data-notice] *" })).toBeInTheDocument();
    expect(screen.getByText(/kon daarna niet opnieuw worden gelezen/, { selector: "[data-notice] *" })).toBeInTheDocument();
  });
});
