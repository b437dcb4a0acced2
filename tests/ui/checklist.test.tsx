import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { ParagraphSnapshot } from "../../src/domain/snapshot";
import { WordOperationError } from "../../src/word/errors";
import { createFakeWordPort, type FakeWordPort } from "./fakeWordPort";

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

/** FIN-1 fails (expected in Ambtelijke afstemming), FIN-2 fails twice, ACKE-2 passes, ACKE-3 is manual. */
const NOTA = [
  paragraph(0, "Beslisnota"),
  paragraph(1, "Aanleiding", 2),
  paragraph(2, "De Kamer heeft om een brief gevraagd."),
  paragraph(3, "Toelichting", 2),
  paragraph(4, "Ambtelijke afstemming (ACKE)", 3),
  paragraph(5, "De conceptbrief is gedeeld met de provincies en clusterregisseurs."),
  paragraph(6, "Het kabinet stelt extra middelen beschikbaar; later volgen misschien extra middelen."),
];

function renderPane(port: FakeWordPort = createFakeWordPort({ paragraphs: NOTA.map((p) => ({ ...p })) })) {
  render(<App environment={{ kind: "word", theme: null, wordApi13: true, wordApi15: true }} port={port} />);
  return port;
}

async function openTab(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("tab", { name: "Checklist" }));
  return screen.findByRole("list", { name: "Punten van FIN" });
}

const item = async (id: string) => {
  const items = await screen.findAllByRole("listitem", { name: id });
  return items[0];
};

// Rendering the whole pane several times per test takes seconds when the machine is busy; not a measure.
jest.setTimeout(15_000);

beforeEach(() => localStorage.clear());

/** Puts `text` in a field at once (as pasting does): typing it key by key is slow on a busy machine. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe("tab Checklist", () => {
  it("shows the summary and the items grouped by source, ACKE first", async () => {
    const user = userEvent.setup();
    renderPane();
    await openTab(user);
    const summary = screen.getByRole("list", { name: "Samenvatting" });
    expect(within(summary).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["1 in orde", "4 niet in orde", "1 te beoordelen"]);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["ACKE", "FIN (Financiën)"]);
    expect(within(await item("FIN-2")).getByText("Niet in orde")).toBeInTheDocument();
    expect(within(await item("ACKE-2")).getByText("In orde")).toBeInTheDocument();
    expect(within(await item("ACKE-3")).getByText("Te beoordelen")).toBeInTheDocument();
  });

  it("goes to every place of an item with Ga naar, Volgende and Vorige", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await openTab(user);
    const fin2 = await item("FIN-2");
    expect(within(fin2).getByText(/Plaats 1 van 2/)).toBeInTheDocument();
    await user.click(within(fin2).getByRole("button", { name: "Ga naar plaats 1 van FIN-2" }));
    await user.click(within(fin2).getByRole("button", { name: "Volgende plaats van FIN-2" }));
    await waitFor(() => expect(port.selectedLocations).toHaveLength(2));
    expect(within(fin2).getByText(/Plaats 2 van 2/)).toBeInTheDocument();
    await user.click(within(fin2).getByRole("button", { name: "Vorige plaats van FIN-2" }));
    await waitFor(() => expect(port.selectedLocations).toHaveLength(3));
    // Going round: Vorige on the first place goes to the last.
    await user.click(within(fin2).getByRole("button", { name: "Vorige plaats van FIN-2" }));
    await waitFor(() => expect(port.selectedLocations).toHaveLength(4));
    expect(within(fin2).getByText(/Plaats 2 van 2/)).toBeInTheDocument();
    expect(port.selectedLocations.map((l) => [l.paragraph.paragraph, l.match?.text, l.match?.occurrence])).toEqual([
      [6, "extra middelen", 0],
      [6, "extra middelen", 1],
      [6, "extra middelen", 0],
      [6, "extra middelen", 1],
    ]);
  });

  it("goes to the heading of the section where missing text was expected", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await openTab(user);
    const fin1 = await item("FIN-1");
    expect(within(fin1).getByText("Verwacht in ‘Ambtelijke afstemming (ACKE)’")).toBeInTheDocument();
    await user.click(within(fin1).getByRole("button", { name: "Ga naar plaats 1 van FIN-1" }));
    await waitFor(() => expect(port.selectedLocations).toHaveLength(1));
    expect(port.selectedLocations[0]).toMatchObject({ paragraph: { paragraph: 4, text: "Ambtelijke afstemming (ACKE)" }, match: null });
  });

  it("re-reads and says so when the place is gone from the document", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await openTab(user);
    const fin2 = await item("FIN-2");
    port.snapshot.paragraphs[6].text = "Het kabinet stelt geen geld beschikbaar.";
    await user.click(within(fin2).getByRole("button", { name: "Ga naar plaats 1 van FIN-2" }));
    expect(await screen.findByText("Deze plaats van ‘FIN-2’ staat niet meer zo in het document.", { selector: "[data-notice] *" })).toBeInTheDocument();
    expect(port.selectedLocations).toEqual([]);
    await waitFor(() => expect(within(screen.getByRole("list", { name: "Punten van FIN" })).getAllByText("Niet in orde")).toHaveLength(1));
  });

  it("places a Word comment on a failing item, starting with its id", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await openTab(user);
    expect(within(await item("ACKE-2")).queryByRole("button", { name: /opmerking/ })).toBeNull();
    const reads = port.reads;
    await user.click(within(await item("FIN-2")).getByRole("button", { name: "Plaats opmerking bij FIN-2" }));
    expect(await screen.findByText("Opmerking bij ‘FIN-2’ geplaatst.", { selector: "[data-notice] *" })).toBeInTheDocument();
    expect(port.addedComments).toEqual([{ location: expect.objectContaining({ match: expect.objectContaining({ text: "extra middelen" }) }), text: "FIN-2: Geen toezeggingen over extra middelen." }]);
    // Read again, so the next Ga naar works on the document with the comment in it.
    expect(port.reads).toBe(reads + 1);
  });

  it("has no comment button below WordApi 1.4 and says why in one sentence", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort({ paragraphs: NOTA.map((p) => ({ ...p })) });
    port.canComment = false;
    renderPane(port);
    await openTab(user);
    expect(screen.queryByRole("button", { name: /Plaats opmerking/ })).toBeNull();
    expect(screen.getByText(/Deze versie van Word kan geen opmerkingen plaatsen/)).toBeInTheDocument();
  });

  it("re-reads the document with Opnieuw controleren and reports the counts", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await openTab(user);
    const reads = port.reads;
    port.snapshot.paragraphs[5].text = "Uit de brief vloeien geen budgettaire gevolgen voort.";
    await user.click(screen.getByRole("button", { name: "Opnieuw controleren" }));
    expect(await screen.findByText("Gecontroleerd: 1 in orde, 4 niet in orde, 1 te beoordelen.", { selector: "[data-notice] *" })).toBeInTheDocument();
    expect(port.reads).toBe(reads + 1);
    expect(within(await item("FIN-1")).getByText("In orde")).toBeInTheDocument();
  });

  it("stores a disposition with the reviewer's name, asked once and remembered", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await openTab(user);
    await user.click(within(await item("FIN-2")).getByRole("button", { name: "Beoordelen: FIN-2" }));
    let form = screen.getByRole("form", { name: "Beoordeling van FIN-2" });
    await user.click(within(form).getByRole("radio", { name: "Niet van toepassing" }));
    await fill(user, within(form).getByRole("textbox", { name: "Toelichting" }), "Gaat over een eerdere brief.");
    await user.click(within(form).getByRole("button", { name: "Opslaan" }));
    expect(within(form).getByText("Vul uw naam in.")).toBeInTheDocument();
    await fill(user, within(form).getByRole("textbox", { name: /Uw naam/ }), "Anna de Vries");
    await user.click(within(form).getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Beoordeling van ‘FIN-2’ opgeslagen in het document.", { selector: "[data-notice] *" })).toBeInTheDocument();
    const state = port.snapshot.state;
    expect(state.status === "ok" && state.model.dispositions["FIN-2"]).toMatchObject({ state: "niet-van-toepassing", by: "Anna de Vries", note: "Gaat over een eerdere brief." });
    expect(within(await item("FIN-2")).getByText(/Niet van toepassing door Anna de Vries op .*: Gaat over een eerdere brief\./)).toBeInTheDocument();
    // The measured status stays in view.
    expect(within(await item("FIN-2")).getByText("Niet in orde")).toBeInTheDocument();
    expect(localStorage.getItem("nota-assistent.reviewer")).toBe("Anna de Vries");

    await user.click(within(await item("FIN-1")).getByRole("button", { name: "Beoordelen: FIN-1" }));
    form = screen.getByRole("form", { name: "Beoordeling van FIN-1" });
    expect(within(form).queryByRole("textbox", { name: /Uw naam/ })).toBeNull();
    expect(within(form).getByText("U beoordeelt als Anna de Vries.")).toBeInTheDocument();
  });

  it("changes nothing and says so when the state part is unreadable", async () => {
    const user = userEvent.setup();
    renderPane(createFakeWordPort({ paragraphs: NOTA.map((p) => ({ ...p })), state: { status: "unreadable", xml: "<x/>", problem: "two parts" } }));
    await openTab(user);
    expect(screen.getByText(/beoordelingen in dit document zijn onleesbaar/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Beoordelen: / })).toBeNull();
  });

  it("sets an unreadable state part aside on request and then lets the reviewer judge", async () => {
    const user = userEvent.setup();
    const port = renderPane(createFakeWordPort({ paragraphs: NOTA.map((p) => ({ ...p })), state: { status: "unreadable", xml: "<x/>", problem: "two parts" } }));
    await openTab(user);
    expect(screen.getByText(/blijven in het document staan, apart bewaard/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Apart zetten en opnieuw beginnen" }));
    expect(await screen.findByText(/zijn apart gezet/, { selector: "[data-notice] *" })).toBeInTheDocument();
    expect(port.setAside).toEqual(["<x/>"]);
    expect(screen.queryByText(/beoordelingen in dit document zijn onleesbaar/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Apart zetten en opnieuw beginnen" })).toBeNull();
    expect(within(await item("FIN-2")).getByRole("button", { name: "Beoordelen: FIN-2" })).toBeInTheDocument();
  });

  it("keeps the unreadable part and the offer when setting it aside fails", async () => {
    const user = userEvent.setup();
    const port = renderPane(createFakeWordPort({ paragraphs: NOTA.map((p) => ({ ...p })), state: { status: "unreadable", xml: "<x/>", problem: "two parts" } }));
    await openTab(user);
    port.failNext(new WordOperationError("state-write-failed", "refused"));
    await user.click(screen.getByRole("button", { name: "Apart zetten en opnieuw beginnen" }));
    expect(await screen.findByText(/Word heeft het opslaan geweigerd/, { selector: "[data-notice] *" })).toBeInTheDocument();
    expect(port.snapshot.state.status).toBe("unreadable");
    expect(port.setAside).toEqual([]);
    expect(screen.getByRole("button", { name: "Apart zetten en opnieuw beginnen" })).toBeInTheDocument();
  });

  it("a failed write of the state says so and shows no disposition", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    await openTab(user);
    localStorage.setItem("nota-assistent.reviewer", "Anna");
    port.snapshot.state = { status: "unreadable", xml: "<x/>", problem: "changed meanwhile" };
    await user.click(within(await item("FIN-2")).getByRole("button", { name: "Beoordelen: FIN-2" }));
    const form = screen.getByRole("form", { name: "Beoordeling van FIN-2" });
    await fill(user, within(form).getByRole("textbox", { name: /Uw naam/ }), "Anna");
    await user.click(within(form).getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText(/zijn onleesbaar; er is niets opgeslagen/, { selector: "[data-notice] *" })).toBeInTheDocument();
    expect(port.snapshot.state.status).toBe("unreadable");
  });
});

describe("choosing the checklist", () => {
  const valid = { version: 1, name: "Eigen lijst", items: [{ id: "IRF-1", source: "IRF", severity: "error", comment: "Noem de KEV.", rule: { type: "mentions", anyOf: ["KEV"] } }] };

  afterEach(() => {
    delete (globalThis as { fetch?: unknown }).fetch;
  });

  it("loads a file the reviewer picks", async () => {
    const user = userEvent.setup();
    renderPane();
    await openTab(user);
    await user.click(screen.getByRole("button", { name: "Andere checklist…" }));
    await user.upload(screen.getByTestId("checklist-file"), new File([JSON.stringify(valid)], "eigen.json", { type: "application/json" }));
    expect(await screen.findByText("Checklist ‘Eigen lijst’ geladen.")).toBeInTheDocument();
    expect(screen.getByText("Checklist: Eigen lijst")).toBeInTheDocument();
    expect(await screen.findByRole("list", { name: "Punten van IRF" })).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Punten van FIN" })).toBeNull();
  });

  it("refuses a bad file as a whole, naming every problem by item in Dutch", async () => {
    const user = userEvent.setup();
    renderPane();
    await openTab(user);
    const bad = { ...valid, items: [valid.items[0], { ...valid.items[0], rule: { type: "contains" } }] };
    await user.click(screen.getByRole("button", { name: "Andere checklist…" }));
    await user.upload(screen.getByTestId("checklist-file"), new File([JSON.stringify(bad)], "fout.json", { type: "application/json" }));
    expect(await screen.findByText("Het bestand ‘fout.json’ is niet gebruikt; de checklist is niet veranderd.")).toBeInTheDocument();
    const problems = screen.getAllByText(/^item /).map((li) => li.textContent);
    expect(problems.some((line) => line?.includes("onbekend regeltype \"contains\""))).toBe(true);
    expect(screen.getByText("Checklist: Standaard ACKE/FIN-controle")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Punten van FIN" })).toBeInTheDocument();
  });

  it("fetches a checklist from an https address and remembers the address", async () => {
    const user = userEvent.setup();
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, headers: { get: () => null }, text: async () => JSON.stringify(valid) }));
    (globalThis as { fetch?: unknown }).fetch = fetchMock;
    renderPane();
    await openTab(user);
    await user.click(screen.getByRole("button", { name: "Andere checklist…" }));
    await fill(user, screen.getByRole("textbox", { name: /Adres van een checklist/ }), "https://intranet.example.nl/nota/checklist.json");
    await user.click(screen.getByRole("button", { name: "Ophalen" }));
    expect(await screen.findByText("Checklist ‘Eigen lijst’ geladen.")).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith("https://intranet.example.nl/nota/checklist.json", expect.objectContaining({ signal: expect.anything() }));
    expect(localStorage.getItem("nota-assistent.checklistUrl")).toBe("https://intranet.example.nl/nota/checklist.json");
  });

  it("says in Dutch that the address may not be allowed when the browser refuses it", async () => {
    const user = userEvent.setup();
    (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    renderPane();
    await openTab(user);
    await user.click(screen.getByRole("button", { name: "Andere checklist…" }));
    await fill(user, screen.getByRole("textbox", { name: /Adres van een checklist/ }), "https://elders.example.com/lijst.json");
    await user.click(screen.getByRole("button", { name: "Ophalen" }));
    expect(await screen.findByText(/NOTA_CONNECT_SRC/)).toBeInTheDocument();
    expect(localStorage.getItem("nota-assistent.checklistUrl")).toBeNull();
    expect(screen.getByText("Checklist: Standaard ACKE/FIN-controle")).toBeInTheDocument();
  });

  it("refuses an address that is not https without fetching", async () => {
    const user = userEvent.setup();
    const fetchMock = jest.fn();
    (globalThis as { fetch?: unknown }).fetch = fetchMock;
    renderPane();
    await openTab(user);
    await user.click(screen.getByRole("button", { name: "Andere checklist…" }));
    await fill(user, screen.getByRole("textbox", { name: /Adres van een checklist/ }), "http://intranet.example.nl/lijst.json");
    await user.click(screen.getByRole("button", { name: "Ophalen" }));
    expect(await screen.findByText("Gebruik een adres dat met https:// begint.")).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("help for the tab", () => {
  it("has the section the tab's Uitleg link opens, naming its buttons", async () => {
    const { readFileSync } = await import("node:fs");
    const help = readFileSync(`${__dirname}/../../assets/help.html`, "utf8");
    expect(help).toContain('<h2 id="checklist">Tabblad Checklist</h2>');
    for (const label of ["Ga naar", "Plaats opmerking", "Beoordelen", "Andere checklist…"]) expect(help).toContain(label);
  });
});
