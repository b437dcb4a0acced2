// Between what a drafter types in a field and the value the domain works with: dates are typed the
// Dutch way ("3-6-2025", "3 juni 2025") and become ISO "2025-06-03"; a required field is required
// even when it has a default (issue 7).
import { displayValue, renderBlock, type BlockDefinition, type BlockParam } from "../../domain/blocks";
import { exampleDate, notaYear, parseDateInput, readDateInput } from "../../domain/dateInput";
import { formatDutchDate, parseIsoDate } from "../../domain/dutchDates";
import { strings } from "../strings";

export type ParamInputs = Record<string, string>;

/**
 * The year a date without one ("20 juni", as the nota writes the MR date) belongs to: the year of the
 * first full date in the nota's text ("Datum 4 juni 2025"), else of the first date stored as data in
 * the nota (`storedValues`: parameter values, ISO dates among them), else the clock's (issue 7).
 */
export function referenceYear(paragraphTexts: Iterable<string>, storedValues: Iterable<string> = [], now: Date = new Date()): number {
  const fromText = notaYear(paragraphTexts);
  if (fromText !== null) return fromText;
  for (const value of storedValues) if (parseIsoDate(value)) return Number(value.slice(0, 4));
  return now.getFullYear();
}

/**
 * What a field shows first: the value already in the document — for a date, the ISO date stored as
 * data when it still holds (`stored`, see currentParameterData), so "20 juni" keeps its year —, else
 * the catalogue's default.
 */
export function initialInput(param: BlockParam, documentText: string | undefined, year: number, stored?: string): string {
  if (param.type === "date" && stored !== undefined && parseIsoDate(stored)) return formatDutchDate(stored, "long");
  if (documentText !== undefined && documentText.trim() !== "" && !documentText.startsWith("[")) {
    if (param.type !== "date" || parseDateInput(documentText, year) !== null) return documentText;
  }
  if (param.default === undefined) return "";
  return param.type === "date" && parseIsoDate(param.default) ? formatDutchDate(param.default, "long") : param.default;
}

/** A true example for a date field, typed and written: on the parameter's usual weekday when it has one. */
export function dateExample(param: BlockParam, year: number): { numeric: string; written: string } {
  const iso = exampleDate(year, param.usualWeekday);
  const [y, m, d] = iso.split("-").map(Number);
  return { numeric: `${d}-${m}-${y}`, written: formatDutchDate(iso, param.usualWeekday === undefined ? "long" : "weekday-long") };
}

export type DomainValue = { ok: true; value: string } | { ok: false; problem: string };

/** The domain value of one field, or the Dutch problem to show under it. */
export function toDomainValue(param: BlockParam, input: string, year: number): DomainValue {
  const trimmed = input.trim();
  if (trimmed === "") return param.required && param.type !== "boolean" ? { ok: false, problem: strings.blokken.required(param.label) } : { ok: true, value: "" };
  if (param.type !== "date") return { ok: true, value: trimmed };
  const read = readDateInput(trimmed, year);
  if (read.ok) return { ok: true, value: read.iso };
  if (read.problem === "wrong-weekday") {
    return { ok: false, problem: strings.blokken.dateWeekday(param.label, formatDutchDate(read.iso, "long"), read.weekday) };
  }
  return { ok: false, problem: strings.blokken.dateInvalid(param.label, trimmed, dateExample(param, year).numeric) };
}

/** Domain values for these parameters, and the Dutch problems of fields that are empty or can't be read. */
export function domainValues(
  params: readonly BlockParam[],
  inputs: ParamInputs,
  year: number,
): { values: Record<string, string>; problems: Map<string, string> } {
  const values: Record<string, string> = {};
  const problems = new Map<string, string>();
  for (const param of params) {
    const result = toDomainValue(param, inputs[param.name] ?? "", year);
    if (result.ok) values[param.name] = result.value;
    else problems.set(param.name, result.problem);
  }
  return { values, problems };
}

/**
 * Labels of the empty fields that would leave a placeholder such as "[Datum onderraad]" in the nota:
 * optional, without a default, and used by the text the block inserts with these inputs. A required
 * field is never listed: empty, it is refused, not left as a placeholder (issue 7).
 */
export function placeholderLabels(def: BlockDefinition, inputs: ParamInputs): string[] {
  const values: Record<string, string> = {};
  for (const param of def.params) {
    const input = (inputs[param.name] ?? "").trim();
    // Any non-empty stand-in: only emptiness matters here, and the rendering must not fail on a typed date.
    if (input !== "") values[param.name] = param.type === "date" ? "2000-01-01" : input;
  }
  const rendered = renderBlock(def, values);
  const labels: string[] = [];
  for (const param of def.params) {
    if (param.required) continue;
    const placeholder = displayValue(param, "");
    const used = rendered.paragraphs.some((p) => p.segments.some((s) => s.kind === "param" && s.name === param.name && s.text === placeholder));
    if (used) labels.push(param.label);
  }
  return labels;
}
