// Dutch texts of a checklist file's problems (src/domain/checklist.ts), next to the findings' texts:
// the Checklist tab and `nota checklist validate` say the same thing about the same file.
import type { ChecklistProblem, ChecklistProblemData, ProblemPlace } from "../domain/checklist";
import type { MessageTexts } from "./findingMessages";
import { JSON_TYPE_NAMES } from "./jsonValues";

const texts: MessageTexts<ChecklistProblemData> = {
  "not-json": ({ detail }) => `het bestand is geen geldige JSON (${detail})`,
  "unsupported-version": ({ found, supported }) =>
    found === null ? `"version" ontbreekt; deze versie van de add-in leest versie ${supported}` : `versie ${String(found)} wordt niet ondersteund; deze versie van de add-in leest versie ${supported}`,
  missing: () => "ontbreekt",
  "wrong-type": ({ expected }) => `verkeerd soort waarde: verwacht ${JSON_TYPE_NAMES[expected] ?? expected}`,
  "unknown-field": ({ fields }) => `onbekend veld ${fields.map((field) => `"${field}"`).join(", ")}`,
  "invalid-value": ({ allowed }) => `ongeldige waarde; kies uit ${allowed.join(", ")}`,
  "unknown-rule-type": ({ found, allowed }) => `onbekend regeltype ${found === null ? "(geen)" : `"${String(found)}"`}; kies uit ${allowed.join(", ")}`,
  "invalid-id": () => "een id bestaat uit letters, cijfers en '-' en begint met een letter of cijfer",
  empty: () => "mag niet leeg zijn",
  "duplicate-id": ({ id }) => `het id "${id}" komt al eerder voor`,
  "unknown-section": ({ section, known }) => `onbekende paragraaf "${section}"; bekend zijn ${known.join(", ")}`,
  "no-phrases": () => `een regel "mentions" heeft "anyOf" of "allOf" (of beide) nodig`,
  "empty-phrase": ({ phrase }) => `de formulering "${phrase}" is leeg (alleen spaties, tekens of '*')`,
  "star-inside": ({ phrase }) => `in "${phrase}" staat een '*' die niet aan het eind staat; '*' mag alleen als woordeinde achteraan`,
  "star-not-after-word": ({ phrase }) => `in "${phrase}" volgt de '*' niet direct op een woord`,
  "example-does-not-pass": ({ example }) => `het voorbeeld "${example}" hoort te voldoen, maar voldoet niet aan de regel`,
  "example-does-not-fail": ({ example }) => `het voorbeeld "${example}" hoort niet te voldoen, maar voldoet wel aan de regel`,
  "examples-not-applicable": ({ type }) => `een regel "${type}" kan geen voorbeeldzinnen hebben`,
  invalid: ({ issue }) => `ongeldige waarde (${issue})`,
};

/** Where a problem is, in Dutch: "item FIN-1, veld rule.anyOf[1]", "item 3", "veld version"; "" for the file as a whole. */
export function problemPlaceText(place: ProblemPlace): string {
  const item = place.item !== null ? `item ${place.item}` : place.position !== null ? `item ${place.position}` : null;
  const field = place.field !== null ? `veld ${place.field}` : null;
  return [item, field].filter((part) => part !== null).join(", ");
}

/** What is wrong, in Dutch, without the place. */
export function problemText(problem: ChecklistProblem): string {
  return (texts[problem.code] as (data: ChecklistProblem["data"]) => string)(problem.data);
}

/** One problem as one Dutch line: where (when not the file as a whole), then what. */
export function checklistProblemText(problem: ChecklistProblem): string {
  const place = problemPlaceText(problem);
  return place === "" ? problemText(problem) : `${place}: ${problemText(problem)}`;
}
