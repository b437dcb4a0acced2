// Section detection on whole documents: beslisnota's written the ways ministries write them
// (after ../shared/domain/NOTA-STRUCTUUR.md: different headers, subsets of sections, numbering,
// with and without a Parafenroute) keep their sections; documents that merely use the same
// everyday words ("Besluit:", "Advies", "Toelichting", "Communicatie") give none (issue 8, item 4).
import { sectionCatalogue } from "../../src/config/sections";
import { detectSections, type DetectedSection } from "../../src/domain/sections";
import { boldLine, bullet, buildSnapshot, cell, h, numberedHeading, p, type ParagraphSpec } from "./snapshotBuilder";

const detect = (paragraphs: ParagraphSpec[]) => detectSections(buildSnapshot(paragraphs), sectionCatalogue);
const ids = (sections: DetectedSection[]) => sections.map((s) => (s.parent ? `${s.parent}/${s.id}` : s.id));

/** A numbered list item that is not bold: a decision point, not a heading. */
const item = (text: string) => p(text, { styleId: "ListParagraph", styleName: "List Paragraph", listLevel: 0 });
/** A heading in Word's heading style that Word also numbers (the number is not in the text). */
const numberedStyled = (level: number, text: string): ParagraphSpec => ({ ...h(level, text), listLevel: level - 2 });

const RUNNING_TEXT =
  "In het commissiedebat van 17 oktober heeft u toegezegd de Kamer voor de zomer te informeren over de voortgang, en deze brief doet dat.";

describe("beslisnota's as ministries write them keep their sections", () => {
  it("LNV: the header as a table of fields with a Parafenroute, bold headings", () => {
    const sections = detect([
      cell("Aan"),
      cell("de Minister van Landbouw, Visserij, Voedselzekerheid en Natuur"),
      cell("Van"),
      cell("DG Agro"),
      cell("Auteur"),
      cell("J. de Vries"),
      p("TER BESLISSING", { bold: true }),
      cell("Datum"),
      cell("12 maart 2024"),
      cell("Kenmerk"),
      cell("DGA / 24123456"),
      cell("Kopie aan"),
      cell("DG Natuur, directie Juridische Zaken"),
      cell("Bijlage(n)"),
      cell("2"),
      p("Beantwoording Kamervragen over het mestbeleid", { bold: true }),
      cell("Parafenroute"),
      cell("Directeur Mest"),
      cell("DG Agro"),
      cell("SG"),
      p(""),
      boldLine("Aanleiding"),
      p(RUNNING_TEXT),
      boldLine("Geadviseerd besluit"),
      bullet("U kunt akkoord gaan met de beantwoording en verzending naar de Tweede Kamer."),
      boldLine("Kernpunten"),
      bullet("Deze beantwoording bevat geen nieuwe toezeggingen."),
      boldLine("Toelichting"),
      p("Het instemmen met bijgevoegde Kamerbrief kent geen financiële consequenties."),
    ]);
    expect(ids(sections)).toEqual(["parafenroute", "aanleiding", "geadviseerd-besluit", "kernpunten", "toelichting"]);
    expect(sections[0]).toMatchObject({ start: 16, end: 20 });
  });

  it("Defensie: header lines without a Parafenroute, sub-sections under Toelichting", () => {
    const sections = detect([
      p("Aan: Minister van Defensie"),
      p("Van: Directeur-Generaal Beleid"),
      p("TER BESLISSING"),
      p("Afgestemd met: DMO, CDS"),
      p("In afschrift aan: SG"),
      p("Opgesteld door: kapitein A. Jansen"),
      p("Aantal bijlagen: 1"),
      h(2, "Aanleiding"),
      p(RUNNING_TEXT),
      h(2, "Geadviseerd besluit"),
      bullet("Akkoord gaan met de beantwoording en verzending naar de Tweede Kamer."),
      h(2, "Kernpunten"),
      bullet("De brief beschrijft de stand van de investeringen."),
      h(2, "Toelichting"),
      h(3, "Financiële overwegingen"),
      p("Er zijn geen financiële gevolgen."),
      h(3, "Juridische overwegingen"),
      p("Geen."),
      h(3, "Communicatie"),
      p("De brief wordt op de website geplaatst."),
      h(2, "Informatie die niet openbaar wordt gemaakt"),
      p("Niet van toepassing."),
    ]);
    expect(ids(sections)).toEqual([
      "aanleiding",
      "geadviseerd-besluit",
      "kernpunten",
      "toelichting",
      "toelichting/financieel",
      "toelichting/juridisch",
      "toelichting/communicatie",
      "niet-openbaar",
    ]);
  });

  it("JenV: numbers typed in the headings, an unknown numbered sub-heading", () => {
    const sections = detect([
      p("1 Aanleiding"),
      p(RUNNING_TEXT),
      p("2 Geadviseerd besluit"),
      p("Instemmen met de brief."),
      p("3 Kernpunten"),
      bullet("De brief reageert op de motie."),
      p("4 Toelichting"),
      p("4.1 Politieke context"),
      p("De Kamer heeft hier eerder naar gevraagd."),
      p("5 Informatie die niet openbaar gemaakt kan worden"),
      p("Niet van toepassing."),
    ]);
    expect(ids(sections)).toEqual(["aanleiding", "geadviseerd-besluit", "kernpunten", "toelichting", "niet-openbaar"]);
  });

  it("BZK: 'Kern', numbered decision points, a Bijlagen table after the last section", () => {
    const paragraphs = [
      p("TER BESLUITVORMING"),
      p("Nota actief openbaar: Ja"),
      p("Samengewerkt met: FIN, AZ"),
      boldLine("Aanleiding"),
      p(RUNNING_TEXT),
      boldLine("Geadviseerd besluit"),
      item("Akkoord gaan met de brief."),
      item("De brief ondertekenen."),
      boldLine("Kern"),
      bullet("De brief beschrijft de voortgang."),
      boldLine("Informatie die niet openbaar gemaakt kan worden"),
      boldLine("Motivering"),
      p("Persoonsgegevens zijn weggelaten."),
      boldLine("Bijlagen"),
      cell("Volgnummer"),
      cell("Naam"),
      cell("Informatie"),
      cell("1"),
      cell("Kamerbrief"),
      cell("Openbaar"),
    ];
    const sections = detect(paragraphs);
    expect(ids(sections)).toEqual(["aanleiding", "geadviseerd-besluit", "kernpunten", "niet-openbaar"]);
    expect(sections[3]).toMatchObject({ start: 10, end: 12 });
  });

  it("AZ: Lijnparaaf and Medeparaaf side by side in the header: one Parafenroute", () => {
    const sections = detect([
      cell("Lijnparaaf"),
      cell("Medeparaaf"),
      cell("Directeur"),
      cell("DG"),
      p("Nota over het bezoek aan Brussel", { bold: true }),
      h(2, "Aanleiding"),
      p(RUNNING_TEXT),
      h(2, "Geadviseerd besluit"),
      bullet("Kennisnemen van het programma."),
      h(2, "Toelichting"),
      p("Het programma staat in de bijlage."),
    ]);
    expect(ids(sections)).toEqual(["parafenroute", "aanleiding", "geadviseerd-besluit", "toelichting"]);
  });

  it("OCW: headings in Word's heading style, numbered by Word", () => {
    const sections = detect([
      p("Extern afgestemd: ja"),
      p("Intern OCW afgestemd: DUO, directie Financiën"),
      numberedStyled(2, "Aanleiding"),
      p(RUNNING_TEXT),
      numberedStyled(2, "Geadviseerd besluit"),
      bullet("Akkoord gaan met de brief."),
      numberedStyled(2, "Kernpunten"),
      bullet("De brief bevat geen nieuwe toezeggingen."),
      numberedStyled(2, "Toelichting"),
      numberedStyled(3, "Communicatie"),
      p("Woordvoering is op de hoogte."),
      numberedStyled(2, "Informatie die niet openbaar gemaakt kan worden"),
      p("Niet van toepassing."),
    ]);
    expect(ids(sections)).toEqual(["aanleiding", "geadviseerd-besluit", "kernpunten", "toelichting", "toelichting/communicatie", "niet-openbaar"]);
  });

  it("bold headings numbered by Word's list numbering, without a header", () => {
    const sections = detect([
      numberedHeading("Aanleiding"),
      p(RUNNING_TEXT),
      numberedHeading("Geadviseerd besluit"),
      bullet("Akkoord gaan met de brief."),
      numberedHeading("Toelichting"),
      numberedHeading("Financiële gevolgen", 1),
      p("Geen."),
    ]);
    expect(ids(sections)).toEqual(["aanleiding", "geadviseerd-besluit", "toelichting", "toelichting/financieel"]);
  });

  it("headings with a colon, and pros and cons labelled once inside Toelichting", () => {
    const sections = detect([
      p("Aanleiding:"),
      p(RUNNING_TEXT),
      p("Geadviseerd besluit:"),
      p("Akkoord gaan met optie 1."),
      p("Kernpunten:"),
      bullet("Er zijn twee opties."),
      p("Toelichting:"),
      p("Voordelen:"),
      bullet("Snel uit te voeren."),
      p("Nadelen:"),
      bullet("Duurder."),
    ]);
    expect(ids(sections)).toEqual(["aanleiding", "geadviseerd-besluit", "kernpunten", "toelichting"]);
  });

  it("the header in a table at the top, the akkoord line in a cell of it", () => {
    const sections = detect([
      cell("Aan"),
      cell("de Minister van Klimaat en Groene Groei"),
      cell("Parafenroute"),
      cell("DGKE"),
      cell("Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat"),
      h(2, "Aanleiding"),
      p(RUNNING_TEXT),
      h(2, "Geadviseerd besluit"),
      bullet("U kunt akkoord gaan met de Kamerbrief."),
    ]);
    expect(sections.map((s) => [s.id, s.start, s.end])).toEqual([
      ["parafenroute", 2, 3],
      ["akkoord", 4, 4],
      ["aanleiding", 5, 6],
      ["geadviseerd-besluit", 7, 8],
    ]);
  });

  it("a nota just begun: the Parafenroute and its first section", () => {
    expect(ids(detect([h(1, "Parafenroute"), p(""), h(2, "Aanleiding"), p("[Beschrijf de aanleiding.]")]))).toEqual(["parafenroute", "aanleiding"]);
  });
});

describe("documents that are no nota give no sections", () => {
  it.each<[string, ParagraphSpec[]]>([
    [
      "a meeting report with 'Besluit:' lines",
      [
        boldLine("Verslag werkoverleg Team Industrie"),
        p("Datum: 12 mei 2025"),
        p("Aanwezig: Marieke, Jan, Piet"),
        boldLine("1. Opening en mededelingen"),
        p("Marieke opent de vergadering."),
        p("Besluit:"),
        p("Het verslag van 28 april wordt vastgesteld."),
        boldLine("2. Voortgang maatwerkaanpak"),
        p("Jan licht de stand van zaken toe."),
        p("Besluit:"),
        p("De brief gaat in juni naar de Kamer."),
        boldLine("3. Communicatie"),
        p("Besluit: woordvoering stemt de timing af."),
        boldLine("4. Rondvraag"),
        p("Geen."),
      ],
    ],
    [
      "an English report",
      [
        h(1, "Executive summary"),
        p("The programme is on track."),
        h(1, "Background"),
        p("Industry agreed to reduce emissions."),
        h(1, "Communication"),
        p("A press release follows."),
        h(1, "Glossary"),
        cell("Term"),
        cell("Toelichting"),
        cell("JLoI"),
        cell("Joint Letter of Intent"),
        h(1, "Annex"),
        p("Figures per company."),
      ],
    ],
    [
      "a letter with an 'Advies' heading",
      [
        p("Aan de voorzitter van de Tweede Kamer der Staten-Generaal"),
        p("Datum 4 juni 2025"),
        p("Betreft Advies over de maatwerkaanpak"),
        p("Geachte voorzitter,"),
        p(RUNNING_TEXT),
        boldLine("Aanleiding"),
        p("De Kamer vroeg om een advies over de voortgang van de afspraken met de grootste uitstoters."),
        boldLine("Advies"),
        p("Wij adviseren de aanpak voort te zetten en de afspraken halfjaarlijks te rapporteren."),
        p("Met vriendelijke groet,"),
        p("De voorzitter van de adviescommissie"),
      ],
    ],
    [
      "a manual with 'Toelichting' in every chapter",
      [
        h(1, "Aanleiding"),
        p("Deze handleiding beschrijft de nota-assistent."),
        h(1, "Installeren"),
        h(2, "Toelichting"),
        p("De beheerder installeert de invoegtoepassing centraal."),
        h(2, "Stappen"),
        bullet("Open Word."),
        h(1, "Blokken invoegen"),
        h(2, "Toelichting"),
        p("Een blok is een vaste tekst met invulvelden."),
        h(1, "Communicatie"),
        h(2, "Toelichting"),
        p("Vragen gaan naar de servicedesk."),
      ],
    ],
    [
      "a project plan with two everyday headings in nota order",
      [h(1, "Aanleiding"), p(RUNNING_TEXT), h(1, "Doel"), p("Sneller vergunnen."), h(1, "Communicatie"), p("Nieuwsbrief."), h(1, "Planning")],
    ],
  ])("%s", (_name, paragraphs) => {
    expect(detect(paragraphs)).toEqual([]);
  });
});
