import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultCompanyList } from "../../src/config/companies";
import { composeCompanyText, type CompanyEntry } from "../../src/domain/companies";
import { insertedCompaniesChange } from "../../src/domain/companyParagraphs";
import type { DocumentSnapshot, ParagraphSnapshot } from "../../src/domain/snapshot";
import { App } from "../../src/taskpane/App";
import { createFakeWordPort, type FakeWordPort } from "./fakeWordPort";

const cosun = defaultCompanyList.companies.find((entry) => entry.id === "cosun")!;
const tata = defaultCompanyList.companies.find((entry) => entry.id === "tata-steel")!;

function renderPane(port: FakeWordPort = createFakeWordPort()) {
  render(<App environment={{ kind: "word", theme: null, wordApi13: true, wordApi15: true }} port={port} />);
  return port;
}

async function openTab(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("tab", { name: "Bedrijven" }));
  return screen.findByRole("list", { name: "Bedrijven" });
}

const row = (list: HTMLElement, name: string) => within(list).getByRole("listitem", { name });

const paragraph = (index: number, text: string, tags: string[] = []): ParagraphSnapshot => ({
  index, text, styleId: null, styleName: null, headingLevel: null, listLevel: null, inTable: false, bold: false, contentControlTags: tags,
});

/** A document with the companies inserted as `entries` were, texts overridable. */
function documentWith(entries: CompanyEntry[], texts: Record<string, string> = {}): Partial<DocumentSnapshot> {
  const paragraphs = [paragraph(0, "Stand van zaken per bedrijf"), ...entries.map((entry, i) => paragraph(i + 1, texts[entry.id] ?? composeCompanyText(entry), [`nota:company:${entry.id}`]))];
  const model = insertedCompaniesChange(entries, "2025-06-16T10:00:00.000Z");
  return {
    paragraphs,
    contentControls: entries.map((entry, i) => ({ tag: `nota:company:${entry.id}`, title: entry.name, start: i + 1, end: i + 1, parentTag: null, text: paragraphs[i + 1].text, kind: "block" as const })),
    state: { status: "ok", version: 2, xml: "", model },
  };
}

function jsonFile(name: string, data: unknown): File {
  return new File([JSON.stringify(data)], name, { type: "application/json" });
}

describe("tab Bedrijven", () => {
  beforeEach(() => localStorage.clear());

  it("lists the bundled companies with phase badges; search ignores accents, the phase filter narrows", async () => {
    const user = userEvent.setup();
    renderPane();
    const list = await openTab(user);
    expect(within(list).getAllByRole("listitem")).toHaveLength(defaultCompanyList.companies.length);
    expect(within(row(list, "Cosun")).getByText("EoP")).toBeInTheDocument();
    expect(within(row(list, "Shell")).getByText("Gestopt")).toBeInTheDocument();
    await user.type(screen.getByRole("searchbox", { name: "Zoeken op naam" }), "cooperatie");
    expect(within(list).getAllByRole("listitem").map((item) => item.getAttribute("data-company"))).toEqual(["cosun"]);
    await user.clear(screen.getByRole("searchbox", { name: "Zoeken op naam" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Fase" }), "Gestopt");
    expect(within(list).getAllByRole("listitem").map((item) => item.getAttribute("data-company"))).toEqual(["shell", "bp", "air-liquide", "dow"]);
  });

  it("inserts the selected companies with the heading when the nota has none, records fingerprints, and shows them current", async () => {
    const user = userEvent.setup();
    const port = renderPane();
    const list = await openTab(user);
    await user.click(within(row(list, "Shell")).getByRole("checkbox", { name: "Shell selecteren" }));
    await user.click(within(row(list, "Cosun")).getByRole("checkbox", { name: "Cosun selecteren" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Volgorde" }), "Per fase");
    await user.click(screen.getByRole("button", { name: "2 invoegen" }));
    await screen.findByText("2 alinea’s zijn ingevoegd.", { selector: "[data-notice] *" });
    expect(port.companiesInserted).toHaveLength(1);
    const [insertion] = port.companiesInserted;
    expect(insertion.heading).toEqual({ text: "Stand van zaken per bedrijf", level: 2 });
    expect(insertion.position).toEqual({ kind: "end" });
    // By phase: the EoP before the stopped one.
    expect(insertion.blocks.map((block) => block.tag)).toEqual(["nota:company:cosun", "nota:company:shell"]);
    expect(port.snapshot.state).toMatchObject({ status: "ok", model: { companies: { cosun: { detached: false }, shell: { detached: false } } } });
    expect(within(row(list, "Cosun")).getByText("Actueel")).toBeInTheDocument();
    expect(within(row(list, "Cosun")).getByText("Nog niet voorgelegd aan bedrijf")).toBeInTheDocument();
  });

  it("says so when the paragraphs went in but their fingerprints could not be stored (an unreadable state part)", async () => {
    const user = userEvent.setup();
    const port = renderPane(createFakeWordPort({ state: { status: "unreadable", xml: "<state/>", problem: "kapot" } }));
    const list = await openTab(user);
    await user.click(within(row(list, "Cosun")).getByRole("checkbox", { name: "Cosun selecteren" }));
    await user.click(screen.getByRole("button", { name: "1 invoegen" }));
    await screen.findByText(/De wijziging staat in de nota, maar de Nota-assistent kon niet opslaan/, { selector: "[data-notice] *" });
    expect(port.companiesInserted).toHaveLength(1);
    expect(within(row(list, "Cosun")).getByText("Herkomst onbekend")).toBeInTheDocument();
  });

  it("inserts under an existing heading, after the paragraphs already there", async () => {
    const user = userEvent.setup();
    const port = renderPane(createFakeWordPort(documentWith([cosun])));
    const list = await openTab(user);
    await user.click(within(row(list, "AnQore")).getByRole("checkbox", { name: "AnQore selecteren" }));
    await user.click(screen.getByRole("button", { name: "1 invoegen" }));
    await screen.findByText("1 alinea is ingevoegd.", { selector: "[data-notice] *" });
    expect(port.companiesInserted[0]).toMatchObject({ heading: null, position: { kind: "nota-order", anchor: { paragraph: 1, where: "after", control: { tag: "nota:company:cosun" } } } });
  });

  it("loads a list from a file; an out-of-date paragraph is refreshed with Bijwerken", async () => {
    const user = userEvent.setup();
    const port = renderPane(createFakeWordPort(documentWith([cosun, tata])));
    const list = await openTab(user);
    const signed = { ...cosun, phase: "jloi", milestones: { jloiSigned: "2025-06-23" }, updated: "2025-06-24" };
    await user.upload(screen.getByLabelText("Lijst uit bestand…"), jsonFile("lijst.json", { version: 1, companies: [signed, tata] }));
    await screen.findByText(/Bestand ‘lijst\.json’, 2 bedrijven/);
    expect(within(row(list, "Cosun")).getByText("Verouderd")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Bijwerken (1)" }));
    await screen.findByText("1 alinea is bijgewerkt.", { selector: "[data-notice] *" });
    expect(port.snapshot.paragraphs[1].text).toBe("Met Coöperatie Koninklijke Cosun is op 23 juni 2025 een Joint Letter of Intent (JLoI) ondertekend.");
    expect(within(row(list, "Cosun")).getByText("Actueel")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Bijwerken (0)" })).toBeDisabled();
  });

  it("refuses an invalid list whole, naming every bad entry and field, and keeps the previous list", async () => {
    const user = userEvent.setup();
    renderPane();
    const list = await openTab(user);
    const companies = [
      { id: "a", name: "A", phase: "klaar", updated: "2025-06-16" },
      { name: "B" },
      { id: "c", name: "C", phase: "eop", updated: "16-6-2025", kleur: "rood", milestones: { eopSigned: "2024-13" } },
      { id: "d", name: "D", phase: "eop", updated: "2025-06-16", milestones: { jloiSigned: "2025" } },
      { id: "e", name: "E", phase: "eop", updated: "2025-06-16", co2Reduction: { amount: "veel", unit: "kt" } },
      { id: "d", name: "D2", phase: "eop", updated: "2025-06-16" },
    ];
    await user.upload(screen.getByLabelText("Lijst uit bestand…"), jsonFile("fout.json", { version: 1, companies }));
    const alert = await screen.findByText(/De bedrijvenlijst is ongeldig \(10 fouten\); er is niets gebruikt/);
    const lines = within(alert.closest<HTMLElement>("[data-notice=error]") ?? document.body)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(lines).toEqual([
      "Verbeter de lijst en laad hem opnieuw. De vorige lijst blijft in gebruik.",
      'bedrijf 1 ("a"), veld "phase": onbekende fase "klaar"; kies uit verkenning, eop, jloi, maatwerkafspraak, gestopt',
      'bedrijf 2, veld "id": ontbreekt; vul dit veld in',
      'bedrijf 2, veld "phase": ontbreekt; vul dit veld in',
      'bedrijf 2, veld "updated": ontbreekt; vul dit veld in',
      'bedrijf 3 ("c"), veld "milestones.eopSigned": "2024-13" is geen datum; schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ, bijvoorbeeld 2025-06 voor juni 2025',
      'bedrijf 3 ("c"), veld "updated": "16-6-2025" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-06-16',
      'bedrijf 3 ("c"): onbekend veld "kleur"; controleer de spelling of haal het weg',
      'bedrijf 4 ("d"), veld "milestones.jloiSigned": een bedrijf in fase "eop" kan deze mijlpaal nog niet hebben; werk "phase" bij of haal de mijlpaal weg',
      'bedrijf 5 ("e"), veld "co2Reduction.amount": verkeerd soort waarde: verwacht een getal',
      'bedrijf 6 ("d"), veld "id": het id "d" heeft bedrijf 4 ook; geef elk bedrijf een eigen id',
    ]);
    // No English from zod reaches the pane.
    expect(document.body.textContent).not.toMatch(/Invalid|expected|received|Unrecognized/);
    expect(within(list).getAllByRole("listitem")).toHaveLength(defaultCompanyList.companies.length);
  });

  it("for an edited paragraph shows old and new text side by side and replaces it only when asked", async () => {
    const user = userEvent.setup();
    const port = renderPane(createFakeWordPort(documentWith([cosun], { cosun: "Eigen tekst over Cosun." })));
    const list = await openTab(user);
    expect(within(row(list, "Cosun")).getByText("Met de hand aangepast")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Bijwerken (0)" })).toBeDisabled();
    await user.click(within(row(list, "Cosun")).getByRole("button", { name: "Oude en nieuwe tekst van Cosun vergelijken" }));
    const compare = within(row(list, "Cosun")).getByRole("region", { name: "Cosun: met de hand aangepast" });
    expect(within(compare).getByText("Eigen tekst over Cosun.")).toBeInTheDocument();
    expect(within(compare).getByText(composeCompanyText(cosun))).toBeInTheDocument();
    await user.click(within(compare).getByRole("button", { name: "Laten staan" }));
    expect(port.snapshot.paragraphs[1].text).toBe("Eigen tekst over Cosun.");
    await user.click(within(row(list, "Cosun")).getByRole("button", { name: "Oude en nieuwe tekst van Cosun vergelijken" }));
    await user.click(screen.getByRole("button", { name: "Vervangen" }));
    await screen.findByText("De tekst over Cosun is vervangen.", { selector: "[data-notice] *" });
    expect(port.snapshot.paragraphs[1].text).toBe(composeCompanyText(cosun));
  });

  it("shows paragraphs of companies the loaded list lacks apart, where they can be detached", async () => {
    const user = userEvent.setup();
    renderPane(createFakeWordPort(documentWith([cosun, tata])));
    await openTab(user);
    await user.upload(screen.getByLabelText("Lijst uit bestand…"), jsonFile("klein.json", { version: 1, companies: [tata] }));
    const strays = await screen.findByRole("list", { name: "In de nota, niet in deze lijst" });
    expect(within(strays).getByText("Niet in de lijst")).toBeInTheDocument();
    await user.click(within(strays).getByRole("button", { name: "Alinea over Cosun loskoppelen" }));
    await screen.findByText(/De alinea over Cosun is nu gewone tekst/, { selector: "[data-notice] *" });
    expect(screen.queryByRole("list", { name: "In de nota, niet in deze lijst" })).toBeNull();
  });

  it("Loskoppelen makes the paragraph plain text and marks it detached", async () => {
    const user = userEvent.setup();
    const port = renderPane(createFakeWordPort(documentWith([cosun])));
    const list = await openTab(user);
    await user.click(within(row(list, "Cosun")).getByRole("button", { name: "Alinea over Cosun loskoppelen" }));
    await screen.findByText(/De alinea over Cosun is nu gewone tekst/, { selector: "[data-notice] *" });
    expect(port.snapshot.contentControls).toEqual([]);
    expect(port.snapshot.state).toMatchObject({ model: { companies: { cosun: { detached: true } } } });
    await waitFor(() => expect(within(row(list, "Cosun")).getByText("Losgekoppeld")).toBeInTheDocument());
    expect(within(row(list, "Cosun")).queryByRole("checkbox")).toBeNull();
  });

  it("loads a list from a configured https address, remembers it and loads it again next time", async () => {
    const original = globalThis.fetch;
    const body = JSON.stringify({ version: 1, companies: [cosun] });
    const fetched: string[] = [];
    globalThis.fetch = (async (url: string) => {
      fetched.push(url);
      return { ok: true, status: 200, headers: { get: () => null }, body: null, text: async () => body } as unknown as Response;
    }) as unknown as typeof fetch;
    try {
      const user = userEvent.setup();
      renderPane();
      await openTab(user);
      await user.type(screen.getByRole("textbox", { name: "Adres van de lijst (https)" }), "https://intranet.example.nl/bedrijven.json");
      await user.click(screen.getByRole("button", { name: "Laden" }));
      await screen.findByText(/https:\/\/intranet\.example\.nl\/bedrijven\.json, 1 bedrijven/);
      expect(localStorage.getItem("nota-assistent:bedrijvenlijst-url")).toBe("https://intranet.example.nl/bedrijven.json");
      cleanup();
      renderPane();
      await openTab(user);
      await screen.findByText(/https:\/\/intranet\.example\.nl\/bedrijven\.json, 1 bedrijven/);
      expect(fetched).toEqual(["https://intranet.example.nl/bedrijven.json", "https://intranet.example.nl/bedrijven.json"]);
    } finally {
      globalThis.fetch = original;
    }
  });
});
