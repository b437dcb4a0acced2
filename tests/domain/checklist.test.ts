import fc from "fast-check";
import { sectionCatalogue } from "../../src/config/sections";
import { type Checklist, type ChecklistItem, type ChecklistRule, checklistProblems, compileChecklist } from "../../src/domain/checklist";
import { checkContext, documentChecks, type ReviewedFinding, runChecks } from "../../src/domain/checks";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { emptyState } from "../../src/domain/stateModel";
import { compilePhrase } from "../../src/domain/phraseMatcher";
import { normaliseForMatching } from "../../src/domain/text";
import { buildSnapshot, h, p } from "./snapshotBuilder";

const SECTION_IDS = new Set(sectionCatalogue.map((section) => section.id));

function item(id: string, rule: ChecklistRule, extra: Partial<ChecklistItem> = {}): ChecklistItem {
  return { id, source: "FIN", severity: "error", comment: `Opmerking ${id}`, rule, ...extra };
}

function checklist(...items: ChecklistItem[]): Checklist {
  return { version: 1, name: "test", items };
}

function run(doc: DocumentSnapshot, ...items: ChecklistItem[]): ReviewedFinding[] {
  const list = checklist(...items);
  expect(checklistProblems(list, SECTION_IDS)).toEqual([]);
  return runChecks(doc, documentChecks(compileChecklist(list)), sectionCatalogue);
}

function one(doc: DocumentSnapshot, rule: ChecklistRule): ReviewedFinding {
  return run(doc, item("X-1", rule))[0];
}

// A nota: three body sections in order, with Toelichting's sub-sections.
const nota = buildSnapshot([
  p("Beslisnota"),
  h(1, "Aanleiding"),
  p("De Kamer vroeg om extra middelen voor de industrie."),
  h(1, "Geadviseerd besluit"),
  p("Akkoord gaan met de brief."),
  h(1, "Toelichting"),
  p("De brief beschrijft de voortgang."),
  h(2, "Ontwikkelingen demissionaire status kabinet"),
  p("Het kabinet is demissionair."),
  h(2, "Ambtelijke afstemming (ACKE)"),
  p("Met IRF is verduidelijkt dat uit de brief geen budgettaire\u00a0gevolgen voortvloeien."),
  p("De KEV volgt later dit jaar."),
  h(2, "Communicatie"),
  p(""),
]);
const at = (prefix: string) => nota.paragraphs.findIndex((paragraph) => paragraph.text.startsWith(prefix));

describe("checklist engine: mentions", () => {
  it("passes with every matched text as evidence: paragraph as the snapshot saw it, section, offsets into its own text", () => {
    const finding = one(nota, { type: "mentions", anyOf: ["geen budgettaire gevolg*", "geen budgettaire consequenties"] });
    expect(finding).toMatchObject({ ruleId: "X-1", source: "FIN", severity: "error", status: "pass", comment: "Opmerking X-1", disposition: null });
    expect(finding.message).toEqual({ code: "checklist-found", data: { found: ["geen budgettaire gevolg*"] } });
    const paragraph = at("Met IRF");
    const text = nota.paragraphs[paragraph].text;
    expect(finding.locations).toEqual([
      {
        paragraph: { paragraph, text, paragraphCount: nota.paragraphs.length },
        match: { start: text.indexOf("geen"), end: text.indexOf(" voortvloeien"), text: "geen budgettaire\u00a0gevolgen", occurrence: 0 },
        section: "ambtelijke-afstemming",
      },
    ]);
  });

  it("looks only in the section and its sub-sections when the rule names one", () => {
    expect(one(nota, { type: "mentions", anyOf: ["KEV"], section: "toelichting" }).status).toBe("pass");
    expect(one(nota, { type: "mentions", anyOf: ["KEV"], section: "ambtelijke-afstemming" }).status).toBe("pass");
    const elsewhere = one(nota, { type: "mentions", anyOf: ["extra middelen"], section: "toelichting" });
    expect(elsewhere.status).toBe("fail");
    expect(elsewhere.locations).toEqual([]);
    // Where it was expected: the section, with its heading.
    expect(elsewhere.expected).toEqual({
      section: "toelichting",
      heading: { paragraph: { paragraph: at("Toelichting"), text: "Toelichting", paragraphCount: nota.paragraphs.length }, match: null, section: "toelichting" },
    });
    expect(elsewhere.message).toEqual({ code: "checklist-not-found", data: { missingAnyOf: ["extra middelen"], missingAllOf: [], section: "toelichting", sectionPresent: true } });
  });

  it("does not count the section's own heading as its text", () => {
    expect(one(nota, { type: "mentions", anyOf: ["ambtelijke afstemming"], section: "ambtelijke-afstemming" }).status).toBe("fail");
  });

  it("fails with a null heading when the section is missing", () => {
    const finding = one(nota, { type: "mentions", anyOf: ["geen budgettaire gevolgen"], section: "financieel" });
    expect(finding.status).toBe("fail");
    expect(finding.expected).toEqual({ section: "financieel", heading: null });
    expect(finding.message.data).toMatchObject({ sectionPresent: false });
  });

  it("needs one of anyOf and all of allOf, and names what is missing", () => {
    expect(one(nota, { type: "mentions", allOf: ["KEV", "demissionair"] }).status).toBe("pass");
    const partly = one(nota, { type: "mentions", allOf: ["KEV", "provincies", "clusterregisseur*"], anyOf: ["demissionair", "ACKE"] });
    expect(partly.status).toBe("fail");
    expect(partly.message.data).toEqual({ missingAnyOf: [], missingAllOf: ["provincies", "clusterregisseur*"], section: null, sectionPresent: true });
    expect(partly.expected).toEqual({ section: null, heading: null });
    const neither = one(nota, { type: "mentions", allOf: ["KEV"], anyOf: ["provincies", "Rijksbegroting"] });
    expect(neither.message.data).toMatchObject({ missingAnyOf: ["provincies", "Rijksbegroting"], missingAllOf: [] });
  });
});

describe("checklist engine: avoids", () => {
  it("fails with every occurrence as evidence, and passes in a section without them", () => {
    const anywhere = one(nota, { type: "avoids", anyOf: ["extra middelen", "aanvullend budget"] });
    expect(anywhere.status).toBe("fail");
    expect(anywhere.message).toEqual({ code: "checklist-used", data: { found: ["extra middelen"] } });
    expect(anywhere.locations.map((location) => [location.paragraph.paragraph, location.section, location.match?.text])).toEqual([
      [at("De Kamer"), "aanleiding", "extra middelen"],
    ]);
    const inToelichting = one(nota, { type: "avoids", anyOf: ["extra middelen"], section: "toelichting" });
    expect(inToelichting).toMatchObject({ status: "pass", locations: [], message: { code: "checklist-avoided", data: { section: "toelichting" } } });
  });
});

describe("checklist engine: section and manual", () => {
  it("passes a section that is present with text, pointing at its heading", () => {
    const finding = one(nota, { type: "section", section: "demissionair" });
    expect(finding.status).toBe("pass");
    expect(finding.locations.map((location) => [location.paragraph.paragraph, location.section])).toEqual([[at("Ontwikkelingen"), "demissionair"]]);
  });

  it("fails an empty section (heading only) and a missing one", () => {
    const empty = one(nota, { type: "section", section: "communicatie" });
    expect(empty).toMatchObject({ status: "fail", message: { code: "checklist-section-empty" } });
    expect(empty.expected?.heading?.paragraph.paragraph).toBe(at("Communicatie"));
    const missing = one(nota, { type: "section", section: "juridisch" });
    expect(missing).toMatchObject({ status: "fail", locations: [], message: { code: "checklist-section-missing" }, expected: { section: "juridisch", heading: null } });
  });

  it("does not find sections in a document that is no nota", () => {
    const letter = buildSnapshot([p("Beste Jan,"), p("Toelichting"), p("Het kabinet is demissionair.")]);
    expect(one(letter, { type: "section", section: "toelichting" }).status).toBe("fail");
  });

  it("leaves a manual item to a reviewer", () => {
    expect(one(nota, { type: "manual" })).toMatchObject({ status: "review", locations: [], message: { code: "checklist-manual", data: {} } });
  });

  it("gives one result per item in checklist order, each with its own source and severity", () => {
    const results = run(
      nota,
      item("FIN-1", { type: "manual" }),
      item("ACKE-1", { type: "section", section: "demissionair" }, { source: "ACKE", severity: "warning" }),
      item("IRF-1", { type: "avoids", anyOf: ["x"] }, { source: "IRF", severity: "info" }),
    );
    expect(results.map(({ ruleId, source, severity, status }) => [ruleId, source, severity, status])).toEqual([
      ["FIN-1", "FIN", "error", "review"],
      ["ACKE-1", "ACKE", "warning", "pass"],
      ["IRF-1", "IRF", "info", "pass"],
    ]);
  });
});

describe("review comments", () => {
  const withComments: DocumentSnapshot = {
    ...nota,
    comments: [
      { author: "A. de Vries", date: "2025-06-01T09:00:00Z", text: "FIN: noem de budgettaire gevolgen", resolved: true, paragraph: at("Met IRF"), quotedText: "budgettaire" },
      { author: "B. Bakker", date: null, text: "Mooie zin.", resolved: false, paragraph: 2, quotedText: "" },
      { author: "C. Claes", date: null, text: "  acke : graag de KEV noemen", resolved: false, paragraph: at("De KEV"), quotedText: "weg" },
      { author: "D. Dijk", date: null, text: "IRF: algemeen", resolved: false, paragraph: null, quotedText: "" },
    ],
  };

  it("are items when they start with ACKE:, FIN: or IRF: — pass when resolved, review when open", () => {
    const findings = runChecks(withComments, documentChecks(compileChecklist(checklist())), sectionCatalogue);
    expect(findings.map(({ ruleId, source, status, comment }) => [ruleId, source, status, comment])).toEqual([
      ["comment-1", "FIN", "pass", "FIN: noem de budgettaire gevolgen"],
      ["comment-3", "ACKE", "review", "  acke : graag de KEV noemen"],
      ["comment-4", "IRF", "review", "IRF: algemeen"],
    ]);
    expect(findings[0].message).toEqual({ code: "comment-resolved", data: { author: "A. de Vries", date: "2025-06-01T09:00:00Z" } });
    expect(findings[0].locations[0]).toMatchObject({ section: "ambtelijke-afstemming", match: { text: "budgettaire" } });
    // Anchored text that is not in the paragraph (any more): the paragraph as a whole.
    expect(findings[1].locations[0]).toMatchObject({ paragraph: { paragraph: at("De KEV") }, match: null });
    expect(findings[2].locations).toEqual([]);
  });

  it("are none when the host cannot read comments", () => {
    expect(runChecks({ ...withComments, comments: null }, documentChecks(compileChecklist(checklist())), sectionCatalogue)).toEqual([]);
  });
});

describe("dispositions", () => {
  it("are attached by rule id without changing the measured status; a removed one counts as none", () => {
    const state = emptyState();
    state.dispositions["X-1"] = { state: "niet-van-toepassing", by: "R. Reviewer", at: "2025-06-02T10:00:00Z", note: "Geen geld in het spel", updatedAt: "2025-06-02T10:00:00Z" };
    state.dispositions["X-2"] = { removed: true, updatedAt: "2025-06-02T11:00:00Z" };
    state.dispositions["comment-1"] = { state: "afgehandeld", by: "R. Reviewer", at: "2025-06-02T12:00:00Z", note: "", updatedAt: "2025-06-02T12:00:00Z" };
    const doc: DocumentSnapshot = {
      ...nota,
      comments: [{ author: "A", date: null, text: "FIN: x", resolved: false, paragraph: 0, quotedText: "" }],
      state: { status: "ok", version: 2, xml: "", model: state },
    };
    const findings = run(doc, item("X-1", { type: "mentions", anyOf: ["Rijksbegroting"] }), item("X-2", { type: "manual" }));
    expect(findings.map(({ ruleId, status, disposition }) => [ruleId, status, disposition])).toEqual([
      ["X-1", "fail", { state: "niet-van-toepassing", by: "R. Reviewer", at: "2025-06-02T10:00:00Z", note: "Geen geld in het spel" }],
      ["X-2", "review", null],
      ["comment-1", "review", { state: "afgehandeld", by: "R. Reviewer", at: "2025-06-02T12:00:00Z", note: "" }],
    ]);
  });
});

describe("checklistProblems", () => {
  it("names duplicate ids, unknown sections, rules without phrases, unusable phrases and misbehaving examples by item and field", () => {
    const list = checklist(
      item("A", { type: "mentions", anyOf: ["geen budget*"], section: "ambtelijke-afstemming" }, { examples: { pass: ["geen budgetten"], fail: ["budget", "geen budget"] } }),
      item("A", { type: "section", section: "bijlagen" }),
      item("B", { type: "mentions" }),
      item("C", { type: "avoids", anyOf: ["ok", " ", "x*y"] }),
      item("D", { type: "manual" }, { examples: { pass: ["x"] } }),
      item("E", { type: "avoids", anyOf: ["extra middelen"] }, { examples: { pass: ["extra middelen"], fail: ["middelen"] } }),
    );
    expect(checklistProblems(list, SECTION_IDS).map(({ item: id, position, field, code }) => [id, position, field, code])).toEqual([
      ["A", 1, "examples.fail[1]", "example-does-not-fail"],
      ["A", 2, "id", "duplicate-id"],
      ["A", 2, "rule.section", "unknown-section"],
      ["B", 3, "rule", "no-phrases"],
      ["C", 4, "rule.anyOf[1]", "empty-phrase"],
      ["C", 4, "rule.anyOf[2]", "star-inside"],
      ["D", 5, "examples", "examples-not-applicable"],
      ["E", 6, "examples.pass[0]", "example-does-not-pass"],
      ["E", 6, "examples.fail[0]", "example-does-not-fail"],
    ]);
  });

  it("checks examples against the rule's phrases without the section: an example is text in that section", () => {
    const list = checklist(item("A", { type: "avoids", anyOf: ["extra budget"], section: "financieel" }, { examples: { pass: ["geen extra's"], fail: ["Er komt extra budget."] } }));
    expect(checklistProblems(list, SECTION_IDS)).toEqual([]);
  });

  it("the context finds sections once and knows each paragraph's innermost section", () => {
    const context = checkContext(nota, sectionCatalogue);
    expect(context.sectionOf[at("De KEV")]).toBe("ambtelijke-afstemming");
    expect(context.sectionOf[at("De brief beschrijft")]).toBe("toelichting");
    expect(context.sectionOf[0]).toBeNull();
  });
});

describe("checklist engine (property)", () => {
  it("never throws, and every piece of evidence is text of its paragraph that normalises to a hit of the phrase", () => {
    const unit = fc.oneof(fc.constantFrom("a", "B", "é", "ĳ", " ", "\u00a0", "-", "\n", "\u0005", "\u00ad", "e\u0301", "*", "."), fc.string({ maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 25 }), { minLength: 1, maxLength: 6 }), fc.array(fc.string({ unit, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), (texts, phrases) => {
        const usable = phrases.filter((candidate) => !("problem" in compilePhrase(candidate)));
        if (usable.length === 0) return;
        const doc = buildSnapshot(texts.map((text) => p(text)));
        const [finding] = runChecks(doc, documentChecks(compileChecklist(checklist(item("P-1", { type: "avoids", anyOf: usable })))), sectionCatalogue);
        for (const location of finding.locations) {
          const match = location.match!;
          expect(doc.paragraphs[location.paragraph.paragraph].text.slice(match.start, match.end)).toBe(match.text);
          const folded = normaliseForMatching(match.text).text;
          const keys = usable.map((candidate) => compilePhrase(candidate)).map((compiled) => ("problem" in compiled ? "" : compiled.key));
          expect(keys.some((key) => key !== "" && folded.startsWith(key))).toBe(true);
        }
      }),
    );
  });
});
