import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadChecklist, loadChecklistText } from "../../src/config/checklist";
import { checklistProblemText } from "../../src/config/checklistMessages";
import { DEFAULT_CHECKLIST_DATA, defaultChecklist } from "../../src/config/defaultChecklist";
import { renderMessage } from "../../src/config/findingMessages";
import { sectionCatalogue } from "../../src/config/sections";
import { documentChecks, runChecks } from "../../src/domain/checks";
import { readDocx } from "../../src/docx/readDocx";

const valid = () => ({
  version: 1,
  name: "Voortgangsbrief maatwerk — ACKE/FIN",
  items: [
    {
      id: "FIN-1",
      source: "FIN",
      severity: "error",
      comment: "Maak expliciet dat uit de brief geen budgettaire consequenties voortvloeien.",
      rule: { type: "mentions", anyOf: ["geen budgettaire consequenties", "geen budgettaire gevolg*"], section: "ambtelijke-afstemming" },
      examples: { pass: ["Uit de brief vloeien geen budgettaire gevolgen voort."], fail: ["De brief kost geld."] },
    },
    { id: "FIN-2", source: "FIN", severity: "error", comment: "Geen toezeggingen over extra middelen.", rule: { type: "avoids", anyOf: ["extra middelen", "aanvullend budget"] } },
    { id: "ACKE-4", source: "ACKE", severity: "warning", comment: "Teksten voorgelegd aan de bedrijven?", rule: { type: "manual" } },
  ],
});

type Data = ReturnType<typeof valid> & Record<string, unknown>;

/** The problems of `data` as [item, position, field, code] rows. */
function problems(data: unknown): (string | number | null)[][] {
  const load = loadChecklist(data);
  if (load.ok) return [];
  return load.problems.map(({ item, position, field, code }) => [item, position, field, code]);
}

function changed(change: (data: Data) => void): Data {
  const data = valid() as Data;
  change(data);
  return data;
}

describe("loadChecklist", () => {
  it("accepts the issue's example file", () => {
    const load = loadChecklist(valid());
    expect(load.ok).toBe(true);
    if (load.ok) expect(load.checklist.checklist.items.map((item) => item.id)).toEqual(["FIN-1", "FIN-2", "ACKE-4"]);
  });

  it.each<[string, (data: Data) => void, (string | number | null)[][]]>([
    ["a wrong version, alone (the rest may mean something else)", (d) => Object.assign(d, { version: 2, items: 5 }), [[null, null, "version", "unsupported-version"]]],
    ["no version", (d) => delete (d as Partial<Data>).version, [[null, null, "version", "unsupported-version"]]],
    ["no name and an unknown field", (d) => Object.assign(d, { name: undefined, author: "x" }), [[null, null, "name", "missing"], [null, null, null, "unknown-field"]]],
    ["a missing id", (d) => delete (d.items[1] as { id?: string }).id, [[null, 2, "id", "missing"]]],
    ["an id that is not a name", (d) => (d.items[1].id = "FIN 2"), [["FIN 2", 2, "id", "invalid-id"]]],
    ["a duplicate id", (d) => (d.items[1].id = "FIN-1"), [["FIN-1", 2, "id", "duplicate-id"]]],
    ["an unknown rule type", (d) => (d.items[2].rule = { type: "regex" } as never), [["ACKE-4", 3, "rule.type", "unknown-rule-type"]]],
    ["a rule without a type", (d) => (d.items[2].rule = {} as never), [["ACKE-4", 3, "rule.type", "unknown-rule-type"]]],
    ["an unknown section id", (d) => (d.items[0].rule.section = "financien"), [["FIN-1", 1, "rule.section", "unknown-section"]]],
    ["an empty phrase", (d) => (d.items[1].rule.anyOf = ["extra middelen", "  "]), [["FIN-2", 2, "rule.anyOf[1]", "empty-phrase"]]],
    ["an empty phrase list", (d) => (d.items[1].rule.anyOf = []), [["FIN-2", 2, "rule.anyOf", "empty"]]],
    ["a phrase that is not text", (d) => (d.items[1].rule.anyOf = [3 as never]), [["FIN-2", 2, "rule.anyOf[0]", "wrong-type"]]],
    ["a field of another rule type", (d) => Object.assign(d.items[2].rule, { anyOf: ["x"] }), [["ACKE-4", 3, "rule", "unknown-field"]]],
    ["an unknown source and severity", (d) => Object.assign(d.items[2], { source: "BZK", severity: "fatal" }), [["ACKE-4", 3, "source", "invalid-value"], ["ACKE-4", 3, "severity", "invalid-value"]]],
    ["an empty comment", (d) => (d.items[2].comment = " "), [["ACKE-4", 3, "comment", "empty"]]],
    ["an example that does not pass", (d) => d.items[0].examples!.pass.push("Er zijn geen budgettaire problemen."), [["FIN-1", 1, "examples.pass[1]", "example-does-not-pass"]]],
    ["an example that does not fail", (d) => d.items[0].examples!.fail.push("Geen budgettaire gevolgtrekking."), [["FIN-1", 1, "examples.fail[1]", "example-does-not-fail"]]],
    ["items that are not a list", (d) => (d.items = {} as never), [[null, null, "items", "wrong-type"]]],
  ])("refuses %s, naming item and field", (_case, change, expected) => {
    expect(problems(changed(change))).toEqual(expected);
  });

  it("refuses the file as a whole with every problem, in every item", () => {
    const data = changed((d) => {
      d.items[0].rule.section = "onbekend";
      d.items[1].id = "FIN-1";
      d.items[2].rule = { type: "section" } as never;
    });
    expect(problems(data)).toEqual([
      ["FIN-1", 1, "rule.section", "unknown-section"],
      ["FIN-1", 2, "id", "duplicate-id"],
      ["ACKE-4", 3, "rule.section", "missing"],
    ]);
  });

  it("names an unknown section also in an item that is malformed otherwise", () => {
    const data = changed((d) => Object.assign(d.items[0], { source: "BZK", rule: { ...d.items[0].rule, section: "financien" } }));
    expect(problems(data)).toEqual([
      ["FIN-1", 1, "source", "invalid-value"],
      ["FIN-1", 1, "rule.section", "unknown-section"],
    ]);
  });

  it("refuses text that is not JSON, and reads a file with a byte-order mark", () => {
    const load = loadChecklistText("{ version: 1 }");
    expect(load.ok ? [] : load.problems.map((problem) => problem.code)).toEqual(["not-json"]);
    expect(loadChecklistText(`\ufeff${JSON.stringify(valid())}`).ok).toBe(true);
    expect(problems([])).toEqual([[null, null, null, "wrong-type"]]);
  });

  it("says every problem in Dutch, by item and field", () => {
    const load = loadChecklist(
      changed((d) => {
        d.items[1].rule.anyOf = ["extra*middelen"];
        d.items[0].examples!.fail.push("Geen budgettaire gevolgtrekking.");
      }),
    );
    expect(load.ok ? [] : load.problems.map(checklistProblemText)).toEqual([
      "item FIN-1, veld examples.fail[1]: het voorbeeld \"Geen budgettaire gevolgtrekking.\" hoort niet te voldoen, maar voldoet wel aan de regel",
      "item FIN-2, veld rule.anyOf[0]: in \"extra*middelen\" staat een '*' die niet aan het eind staat; '*' mag alleen als woordeinde achteraan",
    ]);
    const version = loadChecklist({ version: 3 });
    expect(version.ok ? [] : version.problems.map(checklistProblemText)).toEqual(["veld version: versie 3 wordt niet ondersteund; deze versie van de add-in leest versie 1"]);
  });
});

describe("the default checklist", () => {
  it("has the issue's items, and every mentions/avoids item has examples that pass and fail", () => {
    const items = defaultChecklist.checklist.items;
    expect(items.map(({ id, source, severity, rule }) => [id, source, severity, rule.type])).toEqual([
      ["FIN-1", "FIN", "error", "mentions"],
      ["FIN-2", "FIN", "error", "avoids"],
      ["ACKE-1", "ACKE", "warning", "mentions"],
      ["ACKE-2", "ACKE", "warning", "mentions"],
      ["ACKE-3", "ACKE", "warning", "manual"],
      ["ACKE-4", "ACKE", "warning", "section"],
    ]);
    expect(items[0].rule).toMatchObject({ section: "ambtelijke-afstemming" });
    expect(items[1].rule).toEqual({ type: "avoids", anyOf: ["extra middelen", "aanvullend budget", "extra budget"] });
    expect(items[5].rule).toEqual({ type: "section", section: "demissionair" });
    for (const item of items.filter((candidate) => candidate.rule.type === "mentions" || candidate.rule.type === "avoids")) {
      expect(item.examples?.pass?.length).toBeGreaterThan(0);
      expect(item.examples?.fail?.length).toBeGreaterThan(0);
    }
    expect(loadChecklist(DEFAULT_CHECKLIST_DATA).ok).toBe(true);
  });

  it("gives the example memo what its review round says: FIN-1, ACKE-1, ACKE-2 and ACKE-4 met where the memo says so, FIN-2 clear, ACKE-3 for a reviewer", () => {
    const snapshot = readDocx(readFileSync(join(__dirname, "..", "fixtures", "voorbeeld-nota.docx")));
    const findings = runChecks(snapshot, documentChecks(defaultChecklist), sectionCatalogue);
    const row = (id: string) => {
      const finding = findings.find((candidate) => candidate.ruleId === id)!;
      return [finding.status, finding.locations.map((location) => `${location.section}: ${location.match?.text ?? location.paragraph.text}`)];
    };
    expect(findings.map((finding) => finding.ruleId)).toEqual(["FIN-1", "FIN-2", "ACKE-1", "ACKE-2", "ACKE-3", "ACKE-4"]);
    expect(row("FIN-1")).toEqual(["pass", ["ambtelijke-afstemming: geen budgettaire consequenties"]]);
    expect(row("FIN-2")).toEqual(["pass", []]);
    const [acke1, acke1Where] = row("ACKE-1");
    expect(acke1).toBe("pass");
    expect(acke1Where).toEqual(
      expect.arrayContaining([
        "ambtelijke-afstemming: reductiedoelstellingen",
        "ambtelijke-afstemming: maatwerkbedrijven",
        "ambtelijke-afstemming: Klimaat en Energieverkenning",
        "ambtelijke-afstemming: KEV",
      ]),
    );
    expect(row("ACKE-2")).toEqual(["pass", ["ambtelijke-afstemming: provincies", "ambtelijke-afstemming: clusterregisseurs"]]);
    expect(row("ACKE-3")).toEqual(["review", []]);
    expect(row("ACKE-4")).toEqual(["pass", ["demissionair: Ontwikkelingen demissionaire status kabinet"]]);
    expect(renderMessage(findings[0].message)).toBe("Gevonden: “geen budgettaire consequenties”.");
  });
});
