// Dutch texts of a company list's problems (src/config/companies.ts): the Bedrijven tab and
// `nota companies` say the same thing about the same file, each line what is wrong and what to do.
import type { MessageValue } from "../domain/findings";
import type { CompanyListPlace, CompanyListProblem, CompanyListProblemData } from "./companies";
import type { MessageTexts } from "./findingMessages";
import { JSON_TYPE_NAMES } from "./jsonValues";

const texts: MessageTexts<CompanyListProblemData> = {
  "not-json": ({ detail }) => `het bestand is geen geldige JSON (${detail}); sla de lijst op als JSON-bestand`,
  "unsupported-version": ({ found, supported }) =>
    found === null
      ? `"version" ontbreekt; zet bovenaan "version": ${supported}`
      : `versie ${value(found)} wordt niet ondersteund; deze versie van de add-in leest versie ${supported}`,
  missing: () => "ontbreekt; vul dit veld in",
  "wrong-type": ({ expected }) => `verkeerd soort waarde: verwacht ${JSON_TYPE_NAMES[expected] ?? expected}`,
  "unknown-field": ({ fields }) =>
    `onbekend ${fields.length === 1 ? "veld" : "velden"} ${fields.map((field) => `"${field}"`).join(", ")}; controleer de spelling of haal ${fields.length === 1 ? "het" : "ze"} weg`,
  empty: () => "mag niet leeg zijn",
  "invalid-id": ({ found }) => `${value(found)} is geen bruikbaar id; gebruik kleine letters, cijfers en '-', beginnend met een letter of cijfer`,
  "unknown-phase": ({ found, allowed }) => `onbekende fase ${value(found)}; kies uit ${allowed.join(", ")}`,
  "invalid-value": ({ found, allowed }) => `ongeldige waarde ${value(found)}; kies uit ${allowed.join(", ")}`,
  "too-small": ({ minimum, inclusive }) => (inclusive ? `moet minstens ${minimum} zijn` : `moet groter dan ${minimum} zijn`),
  "too-large": ({ maximum, inclusive }) => (inclusive ? `mag hoogstens ${maximum} zijn` : `moet kleiner dan ${maximum} zijn`),
  "bad-date": ({ found }) => `${value(found)} is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-06-16`,
  "bad-milestone-date": ({ found }) => `${value(found)} is geen datum; schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ, bijvoorbeeld 2025-06 voor juni 2025`,
  "milestone-not-reached": ({ phase }) => `een bedrijf in fase "${phase}" kan deze mijlpaal nog niet hebben; werk "phase" bij of haal de mijlpaal weg`,
  "province-twice": ({ province }) => `de provincie "${province}" staat er meer dan één keer in; noem elke provincie één keer`,
  "duplicate-id": ({ id, firstPosition }) => `het id "${id}" heeft bedrijf ${firstPosition} ook; geef elk bedrijf een eigen id`,
  invalid: ({ issue }) => `ongeldige waarde (${issue})`,
};

/** A found value as the file holds it: texts in quotes, other values bare. */
function value(found: MessageValue): string {
  return typeof found === "string" ? `"${found}"` : String(found);
}

/** Where a problem is, in Dutch: `bedrijf 3 ("cosun"), veld "updated"`, `bedrijf 2`, `veld "version"`; "" for the list as a whole. */
export function companyListPlaceText(place: CompanyListPlace): string {
  const entry = place.position === null ? null : `bedrijf ${place.position}${place.id === null ? "" : ` ("${place.id}")`}`;
  const field = place.field === null ? null : `veld "${place.field}"`;
  return [entry, field].filter((part) => part !== null).join(", ");
}

/** One problem as one Dutch line: where (when not the list as a whole), then what is wrong and what to do. */
export function companyListProblemText(problem: CompanyListProblem): string {
  const place = companyListPlaceText(problem);
  const what = (texts[problem.code] as (data: CompanyListProblem["data"]) => string)(problem.data);
  return place === "" ? what : `${place}: ${what}`;
}
