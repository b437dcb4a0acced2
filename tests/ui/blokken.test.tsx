import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { WordOperationError } from "../../src/word/errors";
import { createFakeWordPort, type FakeWordPort } from "./fakeWordPort";

function renderPane(port: FakeWordPort = createFakeWordPort()) {
  render(<App environment={{ kind: "word", theme: null, wordApi13: true }} port={port} />);
  return port;
}

/** Opens a block's form and inserts it with the values the form starts with. */
async function insertWithDefaults(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(within(await row(title)).getByRole("button", { name: /invullen en invoegen/ }));
  await user.click(screen.getByRole("button", { name: "Invoegen" }));
  await screen.findByText(`'${title}' is ingevoegd.`);
}

/** Headings a drafter typed: three sections in nota order, so section detection reads the document as a nota. */
const typedHeading = (index: number, text: string) => ({
  index,
  text,
  styleId: "Heading2",
  styleName: "heading 2",
  headingLevel: 2,
  listLevel: null,
  inTable: false,
  bold: false,
  contentControlTags: [],
});
const handWrittenNota = () => [typedHeading(0, "Kernpunten"), typedHeading(1, "Toelichting"), typedHeading(2, "Informatie die niet openbaar gemaakt kan worden")];

const row = async (title: string) => {
  const list = await screen.findByRole("list", { name: "Blokken van de nota" });
  return within(list).getByText(title, { selector: "span" }).closest("li") as HTMLElement;
};

describe("tab Blokken", () => {
  it("lists the catalogue in nota order with each block's state", async () => {
    renderPane();
    const list = await screen.findByRole("list", { name: "Blokken van de nota" });
    const titles = within(list)
      .getAllByRole("listitem")
      .map((item) => item.querySelector("span")?.textContent);
    expect(titles.slice(0, 4)).toEqual(["Parafenroute", "Met akkoord van …", "Aanleiding", "Geadviseerd besluit"]);
    expect(within(await row("Aanleiding")).getByText("Ontbreekt")).toBeInTheDocument();
  });

  it("inserts a block with its parameters typed the Dutch way, at its place in the nota", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await user.click(within(await row("Ontwikkelingen demissionaire status kabinet")).getByRole("button", { name: /invullen en invoegen/ }));
    const form = screen.getByRole("form", { name: /Parameters voor Ontwikkelingen demissionaire status kabinet/ });
    const date = within(form).getByRole("textbox", { name: /Datum demissionair/ });
    await user.type(date, "3-6-2025");
    expect(within(form).getByText("In de tekst: 3 juni 2025")).toBeInTheDocument();
    await user.click(within(form).getByRole("checkbox", { name: /Nog onduidelijk/ }));
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));

    await screen.findByText("'Ontwikkelingen demissionaire status kabinet' is ingevoegd.");
    expect(port.inserted).toHaveLength(1);
    const { block, position } = port.inserted[0];
    expect(block.tag).toBe("nota:demissionair");
    expect(position).toEqual({ kind: "nota-order", anchor: null });
    const texts = block.paragraphs.map((p) => p.segments.map((s) => s.text).join(""));
    expect(texts).toContain(
      "Het kabinet is per 3 juni 2025 demissionair. Dit betekent dat kritisch bezien moet worden welke stukken nog aan de Kamer worden toegezonden.",
    );
    expect(texts.some((text) => text.startsWith("Voor ondertekening is"))).toBe(true);
    expect(within(await row("Ontwikkelingen demissionaire status kabinet")).getByText("In document")).toBeInTheDocument();
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

  it("refuses an impossible date and a missing required value without calling Word", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await user.click(within(await row("Ontwikkelingen demissionaire status kabinet")).getByRole("button", { name: /invullen en invoegen/ }));
    const form = screen.getByRole("form");
    await user.type(within(form).getByRole("textbox", { name: /Datum demissionair/ }), "30-2-2025");
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(within(form).getByText(/'30-2-2025' is geen bestaande datum/)).toBeInTheDocument();
    await user.clear(within(form).getByRole("textbox", { name: /Datum demissionair/ }));
    await user.click(within(form).getByRole("button", { name: "Invoegen" }));
    expect(within(form).getByText(/Datum demissionair is verplicht/)).toBeInTheDocument();
    expect(port.inserted).toHaveLength(0);
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

  it("asks before inserting a block whose heading the drafter already wrote", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort({ paragraphs: handWrittenNota() });
    renderPane(port);
    const kern = await row("Kernpunten");
    expect(within(kern).getByText("Als kop aanwezig")).toBeInTheDocument();
    await user.click(within(kern).getByRole("button", { name: /invullen en invoegen/ }));
    const insert = screen.getByRole("button", { name: "Invoegen" });
    expect(insert).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Ja, toch invoegen" }));
    expect(insert).toBeEnabled();
  });

  it("says in Dutch what happened when Word refuses, and keeps what the drafter typed", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await user.click(within(await row("Ambtelijke afstemming (ACKE)")).getByRole("button", { name: /invullen en invoegen/ }));
    const field = screen.getByRole("textbox", { name: /Datum ACKE/ });
    await user.type(field, "2 juni 2025");
    port.failNext(new WordOperationError("insert-rejected", "GeneralException"));
    await user.click(screen.getByRole("button", { name: "Invoegen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Word heeft het invoegen geweigerd; het document is niet gewijzigd");
    expect(screen.getByRole("textbox", { name: /Datum ACKE/ })).toHaveValue("2 juni 2025");
    expect(port.inserted).toHaveLength(0);
  });

  it("reads the document again when it changed since it was read, and says to try again", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await user.click(within(await row("Aanleiding")).getByRole("button", { name: /invullen en invoegen/ }));
    const reads = port.reads;
    port.failNext(new WordOperationError("document-changed", "changed"));
    await user.click(screen.getByRole("button", { name: "Invoegen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Het document is veranderd sinds het werd gelezen; er is niets ingevoegd");
    expect(port.reads).toBe(reads + 1);
    expect(screen.getByRole("button", { name: "Invoegen" })).toBeEnabled();
  });

  it("updates a parameter everywhere in one operation", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await insertWithDefaults(user, "Geadviseerd besluit");
    const panel = screen.getByRole("region", { name: "Parameters in het document" });
    const onderraad = within(panel).getByRole("textbox", { name: /Onderraad/ });
    expect(onderraad).toHaveValue("RFL");
    await user.clear(onderraad);
    await user.type(onderraad, "REZ");
    await user.click(within(panel).getByRole("button", { name: "Bijwerken in document" }));
    expect(await screen.findByText("1 parameter bijgewerkt op 2 plaatsen.")).toBeInTheDocument();
    const values = port.snapshot.contentControls.filter((c) => c.tag === "nota:param:onderraad").map((c) => c.text);
    expect(values).toEqual(["REZ", "REZ"]);
  });

  it("explains a failed read and recovers on 'Opnieuw lezen'", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort();
    port.failNext(new WordOperationError("read-failed", "boom"));
    renderPane(port);
    expect(await screen.findByRole("alert")).toHaveTextContent("Het document kon niet worden gelezen");
    await user.click(screen.getByRole("button", { name: "Opnieuw lezen" }));
    expect(await screen.findByRole("list", { name: "Blokken van de nota" })).toBeInTheDocument();
  });
});

describe("parameters panel", () => {
  it("refuses to empty a required parameter in the document", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await insertWithDefaults(user, "Geadviseerd besluit");
    const panel = screen.getByRole("region", { name: "Parameters in het document" });
    await user.clear(within(panel).getByRole("textbox", { name: /Stukken/ }));
    await user.click(within(panel).getByRole("button", { name: "Bijwerken in document" }));
    expect(within(panel).getByText("Stukken is verplicht: vul een waarde in.")).toBeInTheDocument();
    expect(port.snapshot.contentControls.find((c) => c.tag === "nota:param:stukken")?.text).toBe("Kamerbrief, bijlagen");
  });
});

describe("dates the nota writes without a year", () => {
  it("keeps the MR date of one block for the next, and updates it everywhere", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await user.click(within(await row("Aanleiding")).getByRole("button", { name: /invullen en invoegen/ }));
    await user.type(screen.getByRole("textbox", { name: /Datum ministerraad/ }), "20-6-2025");
    await user.click(screen.getByRole("button", { name: "Invoegen" }));
    await screen.findByText("'Aanleiding' is ingevoegd.");

    const panel = screen.getByRole("region", { name: "Parameters in het document" });
    expect(within(panel).getByRole("textbox", { name: /Datum ministerraad/ })).toHaveValue("20 juni");

    await insertWithDefaults(user, "Kernpunten");
    const mr = port.snapshot.contentControls.filter((c) => c.tag === "nota:param:datumMr").map((c) => c.text);
    expect(mr).toEqual(["20 juni", "20 juni"]);

    const field = within(screen.getByRole("region", { name: "Parameters in het document" })).getByRole("textbox", {
      name: /Datum ministerraad/,
    });
    await user.clear(field);
    await user.type(field, "27 juni");
    await user.click(screen.getByRole("button", { name: "Bijwerken in document" }));
    await screen.findByText("1 parameter bijgewerkt op 2 plaatsen.");
    expect(port.snapshot.contentControls.filter((c) => c.tag === "nota:param:datumMr").map((c) => c.text)).toEqual([
      "27 juni",
      "27 juni",
    ]);
  });

  it("lets an open form follow a parameter changed in the panel", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await insertWithDefaults(user, "Geadviseerd besluit");
    await user.click(within(await row("Kernpunten")).getByRole("button", { name: /invullen en invoegen/ }));
    const panel = screen.getByRole("region", { name: "Parameters in het document" });
    const onderraad = within(panel).getByRole("textbox", { name: /Onderraad/ });
    await user.clear(onderraad);
    await user.type(onderraad, "REZ");
    await user.click(within(panel).getByRole("button", { name: "Bijwerken in document" }));
    await screen.findByText("1 parameter bijgewerkt op 2 plaatsen.");
    await user.click(screen.getByRole("button", { name: "Invoegen" }));
    await screen.findByText("'Kernpunten' is ingevoegd.");
    const kernpunten = port.inserted[1].block.paragraphs.flatMap((p) => p.segments);
    expect(kernpunten.filter((s) => s.kind === "param" && s.name === "onderraad").map((s) => s.text)).toEqual(["REZ"]);
  });

  it("says the block is in when only the read afterwards fails, so it is not inserted twice", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await user.click(within(await row("Aanleiding")).getByRole("button", { name: /invullen en invoegen/ }));
    const insert = port.insertBlock.bind(port);
    port.insertBlock = async (block, position) => {
      await insert(block, position);
      port.failNext(new WordOperationError("read-failed", "boom"));
    };
    await user.click(screen.getByRole("button", { name: "Invoegen" }));
    expect(await screen.findByText("'Aanleiding' is ingevoegd.")).toBeInTheDocument();
    expect(screen.getByText(/kon daarna niet opnieuw worden gelezen/)).toBeInTheDocument();
  });
});

describe("a section the drafter wrote by hand", () => {

  it("is selected in Word with 'Ga naar'", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort({ paragraphs: handWrittenNota() });
    renderPane(port);
    await user.click(within(await row("Kernpunten")).getByRole("button", { name: "Ga naar Kernpunten" }));
    await waitFor(() => expect(port.selectedParagraphs).toEqual([0]));
  });

  it("is looked up again when the document changed since it was read", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort({ paragraphs: handWrittenNota() });
    renderPane(port);
    const button = within(await row("Kernpunten")).getByRole("button", { name: "Ga naar Kernpunten" });
    port.snapshot.paragraphs.unshift(typedHeading(0, "Beslisnota"));
    port.snapshot.paragraphs.forEach((paragraph, index) => (paragraph.index = index));
    const reads = port.reads;
    await user.click(button);
    expect(await screen.findByText(/Het document is veranderd sinds het werd gelezen/)).toBeInTheDocument();
    expect(port.reads).toBe(reads + 1);
    expect(port.selectedParagraphs).toEqual([]);
  });
});
