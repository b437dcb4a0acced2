// Tab "Parafen & procedure" (issue 10) in Testing Library, on the users' example memo read from its
// .docx: what the drafter sees, what each button stores in the document, and a failed write.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { DocumentSnapshot, ParagraphSnapshot } from "../../src/domain/snapshot";
import { emptyState, isRemoved, type Cosignatory, type StoredState } from "../../src/domain/stateModel";
import { App } from "../../src/taskpane/App";
import { ProcedureTab } from "../../src/taskpane/procedure/ProcedureTab";
import { DocumentSessionProvider } from "../../src/taskpane/session/DocumentSession";
import { WordOperationError } from "../../src/word/errors";
import { memoSnapshot as memo } from "./memoSnapshot";
import { createFakeWordPort, type FakeWordPort } from "./fakeWordPort";

const AT = "2025-06-01T09:00:00Z";

const STORED = (() => {
  const s = emptyState();
  s.cosignatories["stas-ienw"] = { roles: ["akkoord", "medeondertekening"], status: "gevraagd", date: "2025-06-05", note: "", updatedAt: AT };
  s.procedure.milestones.acke = { label: "ACKE", date: "2025-06-02", updatedAt: AT };
  s.procedure.milestones.onderraad = { date: "2025-06-17", label: "RFL", updatedAt: AT };
  s.procedure.milestones.mr = { label: "MR", date: "2025-06-20", updatedAt: AT };
  s.procedure.milestones.verzending = { label: "Verzending", from: "2025-06-23", to: "2025-06-27", updatedAt: AT };
  s.procedure.unclearWhoSigns = { value: true, updatedAt: AT };
  return s;
})();

/** Renders the tab alone with a fixed clock ("today" is `today`, local noon). */
function renderTab(initial: Partial<DocumentSnapshot>, today = "2025-06-18") {
  const port = createFakeWordPort(initial);
  const clock = () => new Date(`${today}T12:00:00`);
  port.now = () => clock().toISOString();
  render(
    <FluentProvider theme={webLightTheme}>
      <DocumentSessionProvider port={port} features={{ plainTextControls: true }}>
        <ProcedureTab now={clock} />
      </DocumentSessionProvider>
    </FluentProvider>,
  );
  return port;
}

const model = (port: FakeWordPort): StoredState => {
  if (port.snapshot.state.status !== "ok") throw new Error(`state is ${port.snapshot.state.status}`);
  return port.snapshot.state.model;
};
const cosignatory = (port: FakeWordPort, id: string) => {
  const entry = model(port).cosignatories[id];
  if (entry === undefined || isRemoved(entry)) throw new Error(`no ${id}`);
  return entry as Cosignatory;
};
const card = async (title: string) => within(await screen.findByRole("list", { name: "Medeondertekenaars van de nota" })).getByRole("listitem", { name: title });
const step = async (label: string) => within(await screen.findByRole("list", { name: "Stappen van de procedure" })).getByRole("listitem", { name: label });
const notice = (text: string | RegExp) => screen.findByText(text, { selector: "[data-notice] *" });

const STAS = "Staatssecretaris van Infrastructuur en Waterstaat";

describe("tab Parafen & procedure", () => {
  it("is a tab of the pane, opened on request, that keeps what was chosen when the drafter switches tabs", async () => {
    const user = userEvent.setup();
    render(<App environment={{ kind: "word", theme: null, wordApi13: true, wordApi15: true }} port={createFakeWordPort(await memo())} />);
    const tab = await screen.findByRole("tab", { name: "Parafen & procedure" });
    await screen.findByRole("list", { name: "Blokken van de nota" });
    expect(screen.queryByRole("list", { name: "Stappen van de procedure", hidden: true })).toBeNull();
    await user.click(tab);
    await user.click(await screen.findByRole("button", { name: "Medeondertekenaar toevoegen…" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Bewindspersoon" }), "minister-kgg");
    await user.click(screen.getByRole("tab", { name: "Blokken" }));
    expect(screen.queryByRole("combobox", { name: "Bewindspersoon" })).toBeNull();
    await user.click(tab);
    expect(screen.getByRole("combobox", { name: "Bewindspersoon" })).toHaveValue("minister-kgg");
  });

  it("shows what the text says when nothing is stored, and stores it with one click", async () => {
    const user = userEvent.setup();
    const port = renderTab(await memo());
    expect(await screen.findByText("Nog niet opgeslagen")).toBeInTheDocument();
    expect(within(await card(STAS)).getByText("Uit de tekst")).toBeInTheDocument();
    expect(within(await card(STAS)).getByText(/akkoord op de nota · medeondertekening Kamerbrief/)).toBeInTheDocument();
    expect(within(await step("RFL")).getByText("dinsdag 17 juni 2025")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: /Nog onduidelijk wie tekent/ })).toBeChecked();
    expect(port.snapshot.state.status).toBe("absent");

    await user.click(screen.getByRole("button", { name: "Opslaan in het document" }));
    await notice("De gegevens uit de tekst zijn opgeslagen in het document.");
    expect(cosignatory(port, "stas-ienw")).toMatchObject({ roles: ["akkoord", "medeondertekening"], status: "nog-vragen", date: null });
    expect(model(port).procedure.milestones.mr).toMatchObject({ date: "2025-06-20" });
    expect(model(port).procedure.milestones.verzending).toMatchObject({ from: "2025-06-23", to: "2025-06-27" });
    expect(model(port).procedure.unclearWhoSigns).toMatchObject({ value: true });
    expect(screen.queryByText("Nog niet opgeslagen")).not.toBeInTheDocument();
    expect(within(await card(STAS)).getByText("Nog vragen")).toBeInTheDocument();
  });

  it("moves a co-signatory one step on with today's date, and stores the inferred rest with it", async () => {
    const user = userEvent.setup();
    const port = renderTab(await memo());
    await user.click(within(await card(STAS)).getByRole("button", { name: `Zet op ‘Gevraagd’: ${STAS}` }));
    await notice(`De ${STAS} staat nu op ‘Gevraagd’.`);
    expect(cosignatory(port, "stas-ienw")).toMatchObject({ status: "gevraagd", date: "2025-06-18" });
    expect(model(port).procedure.milestones.acke).toMatchObject({ date: "2025-06-02" });
    const stored = await card(STAS);
    expect(within(stored).getByText("Gevraagd")).toBeInTheDocument();
    expect(within(stored).getByText(/sinds 18 juni 2025/)).toBeInTheDocument();
    await user.click(within(stored).getByRole("button", { name: /Zet op ‘Akkoord’/ }));
    await waitFor(() => expect(cosignatory(port, "stas-ienw").status).toBe("akkoord"));
    await user.click(within(await card(STAS)).getByRole("button", { name: /Zet op ‘Getekend’/ }));
    await waitFor(() => expect(cosignatory(port, "stas-ienw").status).toBe("getekend"));
    // After 'getekend' there is no next step.
    expect(within(await card(STAS)).queryByRole("button", { name: /Zet op/ })).not.toBeInTheDocument();
  });

  it("sets status, date typed the Dutch way and a note; refuses a date that does not exist", async () => {
    const user = userEvent.setup();
    const port = renderTab(await memo([], STORED));
    await user.click(within(await card(STAS)).getByRole("button", { name: /^Wijzigen: status, datum en notitie/ }));
    const form = screen.getByRole("form", { name: `Status van de ${STAS}` });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Status" }), "afgewezen");
    const date = within(form).getByRole("textbox", { name: "Datum" });
    await user.clear(date);
    await user.type(date, "31-6-2025");
    await user.type(within(form).getByRole("textbox", { name: "Notitie" }), "Eerst de RFL afwachten");
    await user.click(within(form).getByRole("button", { name: "Opslaan" }));
    expect(within(form).getByText("‘31-6-2025’ is geen bestaande datum. Typ bijvoorbeeld 17-6-2025.")).toBeInTheDocument();
    expect(cosignatory(port, "stas-ienw").status).toBe("gevraagd");

    await user.clear(date);
    await user.type(date, "16 juni");
    expect(within(form).getByText("In de tekst: maandag 16 juni 2025")).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Opslaan" }));
    await notice(`De ${STAS} staat nu op ‘Afgewezen’.`);
    expect(cosignatory(port, "stas-ienw")).toMatchObject({ status: "afgewezen", date: "2025-06-16", note: "Eerst de RFL afwachten" });
    const stored = await card(STAS);
    expect(within(stored).getByText("Afgewezen")).toBeInTheDocument();
    expect(within(stored).getByText("Eerst de RFL afwachten")).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: `Status van de ${STAS}` })).not.toBeInTheDocument();
  });

  it("says so when Word refuses the write, and shows nothing changed", async () => {
    const user = userEvent.setup();
    const port = renderTab(await memo([], STORED));
    port.failNext(new WordOperationError("state-write-failed", "setXml failed", { cause: Object.assign(new Error("denied"), { code: "AccessDenied" }) }));
    await user.click(within(await card(STAS)).getByRole("button", { name: /Zet op ‘Akkoord’/ }));
    await notice("Word heeft het opslaan geweigerd; er is niets gewijzigd");
    expect(within(await card(STAS)).getByText("Gevraagd")).toBeInTheDocument();
    expect(cosignatory(port, "stas-ienw").status).toBe("gevraagd");
    expect(screen.getByText("Technische details")).toBeInTheDocument();
  });

  it("refuses to write over an unreadable state part and says why", async () => {
    const user = userEvent.setup();
    const port = renderTab({ ...(await memo()), state: { status: "unreadable", xml: "<state/>", problem: "bad" } as DocumentSnapshot["state"] });
    expect(await screen.findByText("De opgeslagen gegevens van de Nota-assistent in dit document zijn onleesbaar")).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: /Nog onduidelijk wie tekent/ }));
    await notice("De opgeslagen gegevens van de Nota-assistent in dit document zijn onleesbaar; er is niets opgeslagen");
    expect(port.snapshot.state.status).toBe("unreadable");
    expect(screen.getByRole("checkbox", { name: /Nog onduidelijk wie tekent/ })).toBeChecked();
  });

  it("sets an unreadable state part aside on request and then stores again", async () => {
    const user = userEvent.setup();
    const port = renderTab({ ...(await memo()), state: { status: "unreadable", xml: "<state/>", problem: "bad" } as DocumentSnapshot["state"] });
    await user.click(await screen.findByRole("button", { name: "Apart zetten en opnieuw beginnen" }));
    await notice(/zijn apart gezet/);
    expect(port.setAside).toEqual(["<state/>"]);
    expect(port.snapshot.state.status).toBe("absent");
    expect(screen.queryByText("De opgeslagen gegevens van de Nota-assistent in dit document zijn onleesbaar")).toBeNull();
    expect(screen.queryByRole("button", { name: "Apart zetten en opnieuw beginnen" })).toBeNull();
  });

  it("adds a required co-signatory from the catalogue with its roles", async () => {
    const user = userEvent.setup();
    const port = renderTab(await memo([], STORED));
    await user.click(await screen.findByRole("button", { name: "Medeondertekenaar toevoegen…" }));
    const form = screen.getByRole("form", { name: "Medeondertekenaar toevoegen" });
    await user.click(within(form).getByRole("button", { name: "Toevoegen" }));
    expect(within(form).getByText("Kies eerst een bewindspersoon.")).toBeInTheDocument();
    await user.selectOptions(within(form).getByRole("combobox", { name: "Bewindspersoon" }), "minister-kgg");
    await user.click(within(form).getByRole("checkbox", { name: "akkoord op de nota" }));
    await user.click(within(form).getByRole("button", { name: "Toevoegen" }));
    await notice("De Minister van Klimaat en Groene Groei is toegevoegd met status ‘Nog vragen’.");
    expect(cosignatory(port, "minister-kgg")).toMatchObject({ roles: ["medeondertekening"], status: "nog-vragen", date: null, note: "" });
    expect(within(await card("Minister van Klimaat en Groene Groei")).getByText("medeondertekening Kamerbrief")).toBeInTheDocument();
    // The form closes; opened again, it no longer offers who is on the list.
    expect(screen.queryByRole("form", { name: "Medeondertekenaar toevoegen" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Medeondertekenaar toevoegen…" }));
    const again = screen.getByRole("form", { name: "Medeondertekenaar toevoegen" });
    expect(within(within(again).getByRole("combobox", { name: "Bewindspersoon" })).queryByRole("option", { name: "Minister van Klimaat en Groene Groei" })).toBeNull();
  });

  it("stores 'nog onduidelijk wie tekent'", async () => {
    const user = userEvent.setup();
    const port = renderTab(await memo([], STORED));
    const box = await screen.findByRole("checkbox", { name: /Nog onduidelijk wie tekent/ });
    expect(box).toBeChecked();
    await user.click(box);
    await notice("Opgeslagen: het is duidelijk wie tekent.");
    expect(model(port).procedure.unclearWhoSigns).toMatchObject({ value: false });
    expect(screen.getByRole("checkbox", { name: /Nog onduidelijk wie tekent/ })).not.toBeChecked();
  });

  it("shows the procedure as a timeline with the days to the next step, from the clock", async () => {
    renderTab(await memo([], STORED), "2025-06-18");
    expect(await screen.findByText("Volgende stap: MR, over 2 dagen.")).toBeInTheDocument();
    const steps = within(await screen.findByRole("list", { name: "Stappen van de procedure" })).getAllByRole("listitem");
    expect(steps.map((item) => within(item).getAllByText(/./)[0].textContent)).toEqual(["ACKE", "RFL", "MR", "Verzending"]);
    expect(within(await step("MR")).getByText("over 2 dagen")).toBeInTheDocument();
    expect(within(await step("ACKE")).getByText("Geweest")).toBeInTheDocument();
    expect(within(await step("Verzending")).getByText("week van maandag 23 juni t/m vrijdag 27 juni 2025")).toBeInTheDocument();
  });

  it("counts a week as under way until its last day", async () => {
    renderTab(await memo([], STORED), "2025-06-25");
    expect(await screen.findByText("Volgende stap: Verzending, vandaag.")).toBeInTheDocument();
  });

  it("says when every step is past", async () => {
    renderTab(await memo([], STORED), "2025-07-01");
    expect(await screen.findByText("Alle stappen van de procedure liggen achter u.")).toBeInTheDocument();
  });

  it("edits a step's date (typed the Dutch way) and a week", async () => {
    const user = userEvent.setup();
    const port = renderTab(await memo([], STORED));
    await user.click(within(await step("MR")).getByRole("button", { name: "Wijzigen: datum van MR" }));
    const form = screen.getByRole("form", { name: "Datum van MR" });
    const from = within(form).getByRole("textbox", { name: /^Datum/ });
    await user.clear(from);
    await user.type(from, "donderdag 20 juni");
    await user.click(within(form).getByRole("button", { name: "Opslaan" }));
    expect(within(form).getByText("20 juni 2025 valt op een vrijdag. Verbeter de dag of de datum.")).toBeInTheDocument();
    await user.clear(from);
    await user.type(from, "19-6");
    await user.click(within(form).getByRole("button", { name: "Opslaan" }));
    await notice("MR staat nu op donderdag 19 juni 2025.");
    expect(model(port).procedure.milestones.mr).toMatchObject({ label: "MR", date: "2025-06-19" });
    expect(await screen.findByText("Volgende stap: MR, morgen.")).toBeInTheDocument();
    // The checks follow the stored date at once: the text's "20 juni" and the Thursday are findings now.
    const findings = screen.getByRole("list", { name: "Controles van medeondertekening en procedure" });
    expect(within(findings).getAllByRole("listitem").map((item) => item.getAttribute("aria-label"))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^MR: in de tekst “20 juni”/), expect.stringMatching(/^De MR staat op donderdag 19 juni/)]),
    );

    await user.click(within(await step("Verzending")).getByRole("button", { name: "Wijzigen: datum van Verzending" }));
    const week = screen.getByRole("form", { name: "Datum van Verzending" });
    const to = within(week).getByRole("textbox", { name: /Tot en met/ });
    await user.clear(to);
    await user.type(to, "22-6-2025");
    await user.click(within(week).getByRole("button", { name: "Opslaan" }));
    expect(within(week).getByText("De laatste dag ligt vóór de eerste.")).toBeInTheDocument();
    await user.clear(to);
    await user.type(to, "4-7-2025");
    await user.click(within(week).getByRole("button", { name: "Opslaan" }));
    await waitFor(() => expect(model(port).procedure.milestones.verzending).toMatchObject({ from: "2025-06-23", to: "2025-07-04" }));
  });

  it("adds a free event to the procedure", async () => {
    const user = userEvent.setup();
    const port = renderTab(await memo([], STORED));
    await user.click(await screen.findByRole("button", { name: "Gebeurtenis toevoegen…" }));
    const form = screen.getByRole("form", { name: "Gebeurtenis toevoegen" });
    await user.type(within(form).getByRole("textbox", { name: /Omschrijving/ }), "JLoI-ondertekening Cosun");
    await user.click(within(form).getByRole("button", { name: "Toevoegen" }));
    expect(within(form).getByText("Vul een datum in.")).toBeInTheDocument();
    await user.type(within(form).getByRole("textbox", { name: /^Datum/ }), "23 juni");
    await user.click(within(form).getByRole("button", { name: "Toevoegen" }));
    await notice("‘JLoI-ondertekening Cosun’ is toegevoegd aan de procedure.");
    expect(model(port).procedure.events["jloi-ondertekening-cosun"]).toMatchObject({ label: "JLoI-ondertekening Cosun", date: "2025-06-23" });
    expect(within(await step("JLoI-ondertekening Cosun")).getByText("maandag 23 juni 2025")).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Gebeurtenis toevoegen" })).not.toBeInTheDocument();
  });

  it("lists the failing checks and goes to the paragraph of each", async () => {
    const user = userEvent.setup();
    const port = renderTab(await memo([["op maandag 2 juni in de ACKE", "op dinsdag 2 juni in de ACKE"]], STORED));
    const list = await screen.findByRole("list", { name: "Controles van medeondertekening en procedure" });
    const item = within(list).getByRole("listitem", { name: "“dinsdag 2 juni”: 2 juni 2025 is een maandag, geen dinsdag." });
    expect(within(item).getByText("Fout")).toBeInTheDocument();
    expect(screen.getByText("1 punt vraagt aandacht; 7 controles zijn in orde.")).toBeInTheDocument();
    await user.click(within(item).getByRole("button", { name: "Ga naar: dinsdag 2 juni" }));
    const paragraph = port.snapshot.paragraphs.findIndex((p) => p.text.includes("op dinsdag 2 juni in de ACKE"));
    await waitFor(() => expect(port.selectedLocations.map((location) => [location.paragraph.paragraph, location.match?.text])).toEqual([[paragraph, "dinsdag 2 juni"]]));
  });

  it("says so when the paragraph of a finding has changed, and reads the document again", async () => {
    const user = userEvent.setup();
    const port = renderTab(await memo([["op maandag 2 juni in de ACKE", "op dinsdag 2 juni in de ACKE"]], STORED));
    const list = await screen.findByRole("list", { name: "Controles van medeondertekening en procedure" });
    const paragraph = port.snapshot.paragraphs.findIndex((p) => p.text.includes("op dinsdag 2 juni in de ACKE"));
    port.snapshot.paragraphs[paragraph] = { ...port.snapshot.paragraphs[paragraph], text: port.snapshot.paragraphs[paragraph].text.replace("dinsdag", "maandag") };
    await user.click(within(list).getByRole("button", { name: "Ga naar: dinsdag 2 juni" }));
    await notice("Deze tekst staat niet meer op die plek in de nota.");
    expect(port.selectedLocations).toEqual([]);
    await waitFor(() => expect(screen.queryByRole("list", { name: "Controles van medeondertekening en procedure" })).not.toBeInTheDocument());
    expect(screen.getByText("Alle 8 controles zijn in orde.")).toBeInTheDocument();
  });

  it("inserts the akkoord line (naming the co-signatory) and the parafenroute as blocks when absent", async () => {
    const user = userEvent.setup();
    const paragraph = (index: number, text: string): ParagraphSnapshot => ({
      index, text, styleId: null, styleName: null, headingLevel: null, listLevel: null, inTable: false, bold: false, contentControlTags: [],
    });
    const state = emptyState();
    state.cosignatories["minister-kgg"] = { roles: ["akkoord"], status: "gevraagd", date: null, note: "", updatedAt: AT };
    const snapshot = { ...(await memo([], state)), paragraphs: [paragraph(0, "Aan de minister"), paragraph(1, "Iets over de procedure.")], contentControls: [], comments: [] };
    const port = renderTab(snapshot);
    await user.click(await screen.findByRole("button", { name: "Regel ‘Met akkoord van …’ invoegen" }));
    await notice("‘Met akkoord van …’ is ingevoegd.");
    expect(port.inserted[0].block.tag).toBe("nota:akkoord");
    expect(port.inserted[0].position.kind).toBe("nota-order");
    expect(port.snapshot.paragraphs.map((p) => p.text)).toContain("Met akkoord van de Minister van Klimaat en Groene Groei");
    expect(screen.queryByRole("button", { name: "Regel ‘Met akkoord van …’ invoegen" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Parafenroute invoegen" }));
    await notice("‘Parafenroute’ is ingevoegd.");
    expect(port.inserted[1].block.tag).toBe("nota:parafenroute");
    expect(screen.queryByRole("button", { name: "Parafenroute invoegen" })).not.toBeInTheDocument();
  });
});
