import fc from "fast-check";
import {
  detectSections,
  HEADER_MAX_LINES,
  innermostSection,
  sectionsByParagraph,
  type DetectedSection,
  type SectionDefinition,
} from "../../src/domain/sections";
import { sectionCatalogue } from "../../src/config/sections";
import {
  boldLine,
  bullet,
  buildSnapshot,
  cell,
  h,
  indexOf,
  numberedHeading,
  p,
  voorbeeldNota,
  type HeadingStyle,
  type ParagraphSpec,
} from "./snapshotBuilder";

const detect = (paragraphs: ParagraphSpec[], controls: Parameters<typeof buildSnapshot>[1] = []) =>
  detectSections(buildSnapshot(paragraphs, controls), sectionCatalogue);

/** id → [start, end, parent] for compact comparisons. */
const outline = (sections: DetectedSection[]) => sections.map((s) => [s.id, s.start, s.end, s.parent]);

/** A nota's header: enough evidence on its own that what follows is a nota's body. */
const NOTA_HEADER: ParagraphSpec[] = [h(1, "Parafenroute"), p("Met akkoord van de Minister van Financiën")];

/** The outline of the body sections of `body` written under a nota's header, indexes counted from the body. */
const bodyOutline = (body: ParagraphSpec[]) =>
  outline(detect([...NOTA_HEADER, ...body]).filter((s) => s.id !== "parafenroute" && s.id !== "akkoord")).map(([id, start, end, parent]) => [
    id,
    (start as number) - NOTA_HEADER.length,
    (end as number) - NOTA_HEADER.length,
    parent,
  ]);

describe("detectSections on the example memo", () => {
  it.each<HeadingStyle>(["styled", "bold", "plain", "numbered", "colon", "word-numbered"])("finds every section with %s headings", (style) => {
    const doc = voorbeeldNota(style);
    const at = (prefix: string) => indexOf(doc, prefix);
    const toelichting = doc.paragraphs.findIndex((para) => /Toelichting:?$/.test(para.text));
    const demissionair = at(style === "numbered" ? "4.3" : "Ontwikkelingen");
    const acke = at(style === "numbered" ? "4.4" : "Ambtelijke");
    const last = doc.paragraphs.length - 1;

    const sections = detectSections(doc, sectionCatalogue);

    expect(outline(sections)).toEqual([
      ["parafenroute", 0, 0, null],
      ["akkoord", 1, 1, null],
      ["aanleiding", 2, 3, null],
      ["geadviseerd-besluit", 4, 6, null],
      ["kernpunten", 7, toelichting - 1, null],
      ["toelichting", toelichting, last, null],
      ["demissionair", demissionair, acke - 1, "toelichting"],
      ["ambtelijke-afstemming", acke, last, "toelichting"],
    ]);
    expect(sections.find((s) => s.id === "akkoord")?.via).toBe("line");
    expect(sections.filter((s) => s.id !== "akkoord").every((s) => s.via === "heading" && s.headingParagraph === s.start)).toBe(true);
  });

  it("does not take the sub-heading 'Kernpunten van de brief' for the Kernpunten section", () => {
    const doc = voorbeeldNota("styled");
    const sections = detectSections(doc, sectionCatalogue);
    const subHeading = indexOf(doc, "Kernpunten van de brief");
    expect(sections.filter((s) => s.id === "kernpunten")).toHaveLength(1);
    expect(innermostSection(sections, subHeading)?.id).toBe("toelichting");
    expect(innermostSection(sections, subHeading + 1)?.id).toBe("toelichting");
  });

  it("puts a paragraph in its innermost section", () => {
    const doc = voorbeeldNota("styled");
    const sections = detectSections(doc, sectionCatalogue);
    expect(innermostSection(sections, indexOf(doc, "Het kabinet is per"))?.id).toBe("demissionair");
    expect(innermostSection(sections, indexOf(doc, "De brief schetst dat"))?.id).toBe("toelichting");
    expect(innermostSection(sections, indexOf(doc, "In overleg het ministerie"))?.id).toBe("ambtelijke-afstemming");
    expect(innermostSection(sections, indexOf(doc, "U kunt akkoord"))?.id).toBe("geadviseerd-besluit");
  });
});

describe("detectSections: heading rules", () => {
  it("accepts aliases, accents, numbering, a trailing colon and a parenthesised suffix", () => {
    const sections = detect([
      p("Lijnparaaf"),
      p("1 Aanleiding:"),
      p("Tekst."),
      p("2. ADVIES"),
      p("Tekst."),
      p("3) Kern"),
      p("4 Toelichting"),
      p("4.1 Financiele overwegingen"),
      p("4.2 Ambtelijke afstemming"),
      p("4.3 Juridische gevolgen (concept)"),
      p("5 Informatie die niet openbaar wordt gemaakt"),
    ]);
    expect(sections.map((s) => s.id)).toEqual([
      "parafenroute",
      "aanleiding",
      "geadviseerd-besluit",
      "kernpunten",
      "toelichting",
      "financieel",
      "ambtelijke-afstemming",
      "juridisch",
      "niet-openbaar",
    ]);
  });

  it("keeps text after an unknown numbered sub-heading ('4.1 Politieke context') in Toelichting", () => {
    const sections = detect([
      p("3. Kernpunten"),
      bullet("Punt."),
      p("4. Toelichting"),
      boldLine("4.1 Politieke context"),
      p("De Kamer heeft hier eerder naar gevraagd."),
      p("5. Informatie die niet openbaar gemaakt kan worden"),
      p("Niet van toepassing."),
    ]);
    expect(outline(sections)).toEqual([
      ["kernpunten", 0, 1, null],
      ["toelichting", 2, 4, null],
      ["niet-openbaar", 5, 6, null],
    ]);
  });

  it("ignores long paragraphs, bullets and table cells that merely contain a title", () => {
    const outlined = bodyOutline([
      p("Aanleiding"),
      p("Aanleiding voor deze nota is de toezegging aan de Kamer in het commissiedebat van oktober."),
      bullet("Communicatie"),
      cell("Toelichting"),
    ]);
    expect(outlined).toEqual([["aanleiding", 0, 3, null]]);
  });

  it("accepts a bold heading made with Word's list numbering", () => {
    expect(bodyOutline([numberedHeading("Aanleiding"), p("Tekst.")])).toEqual([["aanleiding", 0, 1, null]]);
  });

  it("ends a sub-section at a drafter's own bold heading, which is not a section", () => {
    const outlined = bodyOutline([
      boldLine("Toelichting"),
      boldLine("Ontwikkelingen demissionaire status kabinet"),
      bullet("Het kabinet is demissionair."),
      boldLine("Reactie van de provincies"),
      bullet("De provincies steunen de aanpak."),
    ]);
    expect(outlined).toEqual([
      ["toelichting", 0, 4, null],
      ["demissionair", 1, 2, "toelichting"],
    ]);
  });

  it("ends a sub-section at an unknown heading of the same level, not at a deeper one", () => {
    const outlined = bodyOutline([h(2, "Toelichting"), h(3, "Financiële gevolgen"), p("Geen."), h(4, "Dekking"), p("Uit de begroting."), h(3, "Planning"), p("Na de zomer.")]);
    expect(outlined).toEqual([
      ["toelichting", 0, 6, null],
      ["financieel", 1, 4, "toelichting"],
    ]);
  });

  it("treats a sub-section styled at its parent's level as a sibling", () => {
    expect(bodyOutline([h(2, "Toelichting"), p("Tekst."), h(2, "Financiële gevolgen"), p("Geen.")])).toEqual([
      ["toelichting", 0, 1, null],
      ["financieel", 2, 3, null],
    ]);
  });

  it("does not nest a sub-section under a section the catalogue does not put it in", () => {
    expect(bodyOutline([p("Kernpunten"), bullet("Punt."), p("Demissionaire status"), bullet("Demissionair per 3 juni.")])).toEqual([
      ["kernpunten", 0, 1, null],
      ["demissionair", 2, 3, null],
    ]);
  });

  it("detects the 'Met akkoord van' line only as a short line", () => {
    const sections = detect([
      p("Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat"),
      p("Aanleiding"),
      p(
        "Met akkoord van de minister is vorig jaar besloten de maatwerkaanpak voort te zetten, met aandacht voor de bedrijven die in de huidige fase niet mee konden doen.",
      ),
    ]);
    expect(outline(sections)).toEqual([
      ["akkoord", 0, 0, null],
      ["aanleiding", 1, 2, null],
    ]);
  });

  it("ignores empty paragraphs, even in a heading style", () => {
    expect(bodyOutline([h(2, "Toelichting"), h(3, "Communicatie"), p(""), h(3, " "), p("Persbericht.")])).toEqual([
      ["toelichting", 0, 4, null],
      ["communicatie", 1, 4, "toelichting"],
    ]);
  });
});

describe("detectSections: content controls", () => {
  const paragraphs = [
    h(1, "Parafenroute"),
    p("Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat", {}),
    h(2, "Achtergrond"), // a drafter renamed the Aanleiding heading inside the add-in's block
    p("Tekst met een [Datum onderraad]."),
    h(2, "Toelichting"),
    p("Tekst."),
    h(3, "Ontwikkelingen demissionaire status kabinet"),
    bullet("Het kabinet is per 3 juni 2025 demissionair."),
    p("Eigen tekst na het blok."),
    h(2, "Aanleiding"), // a stray copy of the heading: the tagged block wins, but it still ends Toelichting
  ];

  it("finds the add-in's blocks by their tags, first", () => {
    const sections = detect(paragraphs, [
      { tag: "nota:akkoord", start: 1, end: 1 },
      { tag: "nota:aanleiding", start: 2, end: 3 },
      { tag: "nota:param:datumOnderraad", start: 3, end: 3, kind: "inline" },
      { tag: "nota:toelichting", start: 4, end: 7 },
      { tag: "nota:demissionair", start: 6, end: 7 },
      { tag: "nota:onbekend", start: 8, end: 8 },
      { tag: "iets-anders", start: 9, end: 9 },
    ]);
    expect(sections.map((s) => [s.id, s.start, s.end, s.parent, s.via, s.headingParagraph])).toEqual([
      ["parafenroute", 0, 0, null, "heading", 0],
      ["akkoord", 1, 1, null, "content-control", null],
      ["aanleiding", 2, 3, null, "content-control", null],
      ["toelichting", 4, 8, null, "content-control", 4],
      ["demissionair", 6, 8, "toelichting", "content-control", 6],
    ]);
  });
});

describe("innermostSection and sectionsByParagraph", () => {
  it("return null outside every section", () => {
    const sections = detect([p("Inleidende tekst."), p("Aanleiding"), p("Tekst."), p("Kernpunten"), p("Toelichting")]);
    expect(innermostSection(sections, 0)).toBeNull();
    expect(sectionsByParagraph(sections, 5).map((s) => s?.id ?? null)).toEqual([null, "aanleiding", "aanleiding", "kernpunten", "toelichting"]);
  });
});

describe("detectSections on any document", () => {
  const titles = sectionCatalogue.flatMap((s) => (s.linePrefix ? [`${s.linePrefix} de minister`] : [s.title, ...s.aliases]));
  const paragraphArb: fc.Arbitrary<ParagraphSpec> = fc.oneof(
    fc.constantFrom(...titles).map((t) => p(t)),
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...titles, "Nieuwe fase", "Bijlagen")).map(([level, t]) => h(level, t)),
    fc.constantFrom("Kernpunten van de brief", "Politieke context").map(boldLine),
    fc.constant(p("Gewone tekst.")),
    fc.constant(bullet("Een punt.")),
  );

  it("returns nested, in-range sections whose owner map agrees with innermostSection", () => {
    fc.assert(
      fc.property(fc.array(paragraphArb, { maxLength: 40 }), (paragraphs) => {
        const sections = detect(paragraphs);
        const owners = sectionsByParagraph(sections, paragraphs.length);
        for (const s of sections) {
          expect(0 <= s.start && s.start <= s.end && s.end < paragraphs.length).toBe(true);
          if (s.parent !== null) {
            const parent = sections.filter((o) => o.id === s.parent && o.start < s.start && s.end <= o.end);
            expect(parent).not.toHaveLength(0);
          }
          for (const o of sections) {
            const disjoint = s.end < o.start || o.end < s.start;
            const nested = (s.start <= o.start && o.end <= s.end) || (o.start <= s.start && s.end <= o.end);
            expect(disjoint || nested).toBe(true);
          }
        }
        owners.forEach((owner, i) => expect(owner).toBe(innermostSection(sections, i)));
      }),
    );
  });
});

describe("detectSections on a long document", () => {
  it("handles 10,000 paragraphs", () => {
    const paragraphs: ParagraphSpec[] = [h(1, "Parafenroute"), p("Met akkoord van de Minister van Financiën"), h(2, "Aanleiding")];
    for (let i = 0; i < 2000; i++) paragraphs.push(p(`Aanleiding, alinea ${i}.`));
    paragraphs.push(h(2, "Toelichting"));
    for (let i = 0; i < 5000; i++) paragraphs.push(i % 500 === 0 ? h(3, `Onderwerp ${i}`) : bullet(`Punt ${i}.`));
    paragraphs.push(h(3, "Financiële gevolgen"));
    while (paragraphs.length < 10_000) paragraphs.push(bullet("Geen budgettaire consequenties."));

    const sections = detect(paragraphs);

    expect(outline(sections)).toEqual([
      ["parafenroute", 0, 0, null],
      ["akkoord", 1, 1, null],
      ["aanleiding", 2, 2002, null],
      ["toelichting", 2003, 9999, null],
      ["financieel", 7004, 9999, "toelichting"],
    ]);
    const owners = sectionsByParagraph(sections, paragraphs.length);
    expect(owners[5000]?.id).toBe("toelichting");
    expect(owners[9999]?.id).toBe("financieel");
  });
});

describe("detectSections with another catalogue", () => {
  it("uses only the configured names, and keeps a suffix that is part of an alias", () => {
    const catalogue: SectionDefinition[] = [
      { id: "overleg", title: "Overleg (IRF)", aliases: [], parent: null, order: 1 },
      { id: "overleg-acke", title: "Overleg (ACKE)", aliases: [], parent: null, order: 2 },
      { id: "besluit", title: "Besluit", aliases: [], parent: null, order: 3 },
    ];
    const sections = detectSections(buildSnapshot([p("Overleg (IRF)"), p("Overleg (ACKE)"), p("Aanleiding"), p("Besluit")]), catalogue);
    expect(outline(sections)).toEqual([
      ["overleg", 0, 0, null],
      ["overleg-acke", 1, 2, null],
      ["besluit", 3, 3, null],
    ]);
  });
});

describe("detectSections: the nota's header", () => {
  it("finds a Parafenroute label in the header table, and the akkoord line after it", () => {
    const sections = detect([
      cell("Parafenroute"),
      cell("DG Klimaat en Energie"),
      p("Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat"),
      h(2, "Aanleiding"),
      p("Tekst."),
    ]);
    expect(sections.map((s) => [s.id, s.start])).toEqual([
      ["parafenroute", 0],
      ["akkoord", 2],
      ["aanleiding", 3],
    ]);
  });

  it("reads 'Met akkoord van …' in the body as a sentence, not as the akkoord line", () => {
    const sections = detect([
      h(2, "Aanleiding"),
      p("Met akkoord van de minister is eerder besloten de brief te sturen."),
      p("Meer tekst."),
      h(2, "Kernpunten"),
      h(2, "Toelichting"),
    ]);
    expect(outline(sections)).toEqual([
      ["aanleiding", 0, 2, null],
      ["kernpunten", 3, 3, null],
      ["toelichting", 4, 4, null],
    ]);
  });
});

describe("detectSections: where the nota's header ends (issue 8, item 3)", () => {
  it("finds no section in a table that is not the header's (table-cell-toelichting.docx)", () => {
    const sections = detect([
      p("Begrippenlijst"),
      cell("Term"),
      cell("Toelichting"),
      cell("API"),
      cell("application programming interface"),
      p("Slot."),
    ]);
    expect(sections).toEqual([]);
  });

  it("takes a table cell in the header for a header part only, never for a body section", () => {
    const sections = detect([
      cell("Parafenroute"),
      cell("Toelichting"),
      cell("Directeur Industrie"),
      p("Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat"),
      h(2, "Aanleiding"),
      p("Tekst."),
      h(2, "Kernpunten"),
    ]);
    expect(outline(sections)).toEqual([
      ["parafenroute", 0, 2, null],
      ["akkoord", 3, 3, null],
      ["aanleiding", 4, 5, null],
      ["kernpunten", 6, 6, null],
    ]);
  });

  const body = [h(2, "Aanleiding"), p("Tekst."), h(2, "Geadviseerd besluit"), bullet("U kunt akkoord gaan."), h(2, "Kernpunten"), bullet("Punt.")];

  it("ends the header at the first paragraph of running text", () => {
    const sections = detect([
      p("Nota aan de Minister van Klimaat en Groene Groei"),
      p(
        "Deze nota gaat over de voortgang van de maatwerkaanpak verduurzaming industrie en de brief die u daarover aan de Kamer stuurt, met de bijlagen die daarbij horen.",
      ),
      p("Met akkoord van de Staatssecretaris van Infrastructuur en Waterstaat"),
      cell("Parafenroute"),
      ...body,
    ]);
    expect(sections.map((s) => s.id)).toEqual(["aanleiding", "geadviseerd-besluit", "kernpunten"]);
  });

  it("ends the header after its first HEADER_MAX_LINES non-empty paragraphs", () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => [cell(`Veld ${i}`), p("")]).flat();
    const header = [cell("Parafenroute"), p("Met akkoord van de Minister van Financiën")];

    const within = detect([...fields(HEADER_MAX_LINES - 2), ...header, ...body]);
    expect(within.map((s) => s.id)).toEqual(["parafenroute", "akkoord", "aanleiding", "geadviseerd-besluit", "kernpunten"]);

    const beyond = detect([...fields(HEADER_MAX_LINES - 1), ...header, ...body]);
    expect(beyond.map((s) => s.id)).toEqual(["parafenroute", "aanleiding", "geadviseerd-besluit", "kernpunten"]);
  });

  it("ends the header at the first body section: a Parafenroute after it is not the header's", () => {
    const sections = detect([...body, cell("Parafenroute"), h(1, "Parafenroute"), p("Met akkoord van de Minister van Financiën")]);
    expect(sections.map((s) => s.id)).toEqual(["aanleiding", "geadviseerd-besluit", "kernpunten"]);
  });
});

describe("detectSections: only where the document is a nota (issue 8, item 4)", () => {
  it("finds no section in label lines before every item (label-lines-toelichting.docx)", () => {
    const sections = detect([
      p("Activiteit A"),
      p("Toelichting:"),
      p("De activiteiten van A worden hier beschreven."),
      p("Activiteit B"),
      p("Toelichting:"),
      p("De activiteiten van B worden hier beschreven."),
    ]);
    expect(sections).toEqual([]);
  });

  it.each<[string, ParagraphSpec[], string[]]>([
    ["Parafenroute alone", [h(1, "Parafenroute"), p("Tekst.")], []],
    ["the akkoord line alone", [p("Met akkoord van de Minister van Financiën"), p("Tekst.")], []],
    ["two body sections", [p("Aanleiding"), p("Tekst."), p("Toelichting"), p("Tekst.")], []],
    ["three body sections out of order", [p("Toelichting"), p("Tekst."), p("Kernpunten"), p("Aanleiding")], []],
    ["Parafenroute and one body section", [h(1, "Parafenroute"), h(2, "Aanleiding")], ["parafenroute", "aanleiding"]],
    ["the akkoord line and one body section", [p("Met akkoord van de Minister van Financiën"), p("Aanleiding")], ["akkoord", "aanleiding"]],
    ["the whole header", [cell("Parafenroute"), p("Met akkoord van de Minister van Financiën")], ["parafenroute", "akkoord"]],
    ["three body sections in order", [p("Aanleiding"), p("Tekst."), p("Advies"), p("Tekst."), p("Toelichting")], ["aanleiding", "geadviseerd-besluit", "toelichting"]],
  ])("weighs the evidence: %s", (_case, paragraphs, ids) => {
    expect(detect(paragraphs).map((s) => s.id)).toEqual(ids);
  });

  it("drops a section id found several times, keeping the others", () => {
    const outlined = bodyOutline([
      h(2, "Aanleiding"),
      p("Tekst."),
      h(2, "Toelichting"),
      p("Over de brief."),
      h(3, "Financiële gevolgen"),
      p("Geen."),
      h(2, "Toelichting"),
      p("Over de bijlage."),
    ]);
    // Each "Toelichting" is still a heading: it ends the section before it.
    expect(outlined).toEqual([
      ["aanleiding", 0, 1, null],
      ["financieel", 4, 5, null],
    ]);
  });

  it("does not take label lines for headings where the document repeats them", () => {
    const labelled = (label: (text: string) => string) => [
      p("Project A"),
      p(label("Aanleiding")),
      p("De gemeente vroeg om hulp."),
      p(label("Omschrijving")),
      p("Een nieuwe fietsbrug."),
      p(label("Advies")),
      p("Uitvoeren."),
      p("Project B"),
      p(label("Omschrijving")),
      p("Een nieuwe rotonde."),
      p(label("Toelichting")),
      p("Nog geen budget."),
    ];
    expect(detect(labelled((text) => `${text}:`))).toEqual([]);
    // The same words without colons are headings (of a rather odd nota).
    expect(detect(labelled((text) => text)).map((s) => s.id)).toEqual(["aanleiding", "geadviseerd-besluit", "toelichting"]);
  });

  it("keeps only the longest run in nota order; a heading out of order still ends a sub-section", () => {
    const outlined = bodyOutline([
      h(2, "Aanleiding"),
      p("Tekst."),
      h(2, "Toelichting"),
      h(3, "Communicatie"),
      p("Persbericht."),
      h(3, "Kern"),
      p("De kern van de zaak."),
    ]);
    expect(outlined).toEqual([
      ["aanleiding", 0, 1, null],
      ["toelichting", 2, 6, null],
      ["communicatie", 3, 4, "toelichting"],
    ]);
  });

  it("keeps every tagged section, whatever the text says, in a document that is no nota", () => {
    const paragraphs = [
      h(1, "Hoofdstuk 1"),
      h(2, "Toelichting"),
      p("Installeren."),
      h(1, "Hoofdstuk 2"),
      h(2, "Toelichting"),
      p("Gebruiken."),
      p("Achtergrond"),
      p("Eigen tekst in het blok."),
    ];
    const sections = detect(paragraphs, [{ tag: "nota:aanleiding", start: 6, end: 7 }]);
    expect(sections.map((s) => [s.id, s.start, s.end, s.via])).toEqual([["aanleiding", 6, 7, "content-control"]]);
  });

  it("sets the bijlagen aside: the nota ends at a bijlage heading after its body", () => {
    const sections = detect([
      h(1, "Parafenroute"),
      p("Bijlagen: 2"),
      h(2, "Aanleiding"),
      p("Tekst."),
      h(2, "Toelichting"),
      p("Tekst."),
      h(1, "Bijlage 1: Kamerbrief"),
      h(2, "Aanleiding"),
      p("In het commissiedebat heb ik toegezegd …"),
      h(2, "Toelichting"),
      p("Tekst van de brief."),
    ]);
    expect(outline(sections)).toEqual([
      ["parafenroute", 0, 1, null],
      ["aanleiding", 2, 3, null],
      ["toelichting", 4, 5, null],
    ]);
  });
});
