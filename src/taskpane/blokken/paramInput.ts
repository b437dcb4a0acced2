// Between what a drafter types in a parameter field and the value the domain works with:
// dates are typed the Dutch way ("3-6-2025", "3 juni 2025") and become ISO "2025-06-03".
import type { BlockParam } from "../../domain/blocks";
import { parseDateInput } from "../../domain/dateInput";
import { formatDutchDate, parseIsoDate } from "../../domain/dutchDates";
import { strings } from "../strings";

export type ParamInputs = Record<string, string>;

/**
 * The year a date without one ("17 juni", as the nota writes the MR date) belongs to: the year of a
 * full date in the document's parameters, else this year.
 */
export function referenceYear(documentDates: Iterable<string>, now: Date = new Date()): number {
  for (const text of documentDates) {
    const iso = parseDateInput(text);
    if (iso) return Number(iso.slice(0, 4));
  }
  return now.getFullYear();
}

/** What a field shows first: the value already in the document, else the catalogue's default. */
export function initialInput(param: BlockParam, documentText: string | undefined, year: number): string {
  if (documentText !== undefined && documentText.trim() !== "" && !documentText.startsWith("[")) {
    if (param.type !== "date" || parseDateInput(documentText, year) !== null) return documentText;
  }
  if (param.default === undefined) return "";
  return param.type === "date" && parseIsoDate(param.default) ? formatDutchDate(param.default, "long") : param.default;
}

export type DomainValue = { ok: true; value: string } | { ok: false; problem: string };

export function toDomainValue(param: BlockParam, input: string, year: number): DomainValue {
  const trimmed = input.trim();
  if (param.type !== "date" || trimmed === "") return { ok: true, value: trimmed };
  const iso = parseDateInput(trimmed, year);
  return iso ? { ok: true, value: iso } : { ok: false, problem: strings.blokken.dateInvalid(param.label, trimmed) };
}

/** Domain values for these parameters, and the Dutch problems of fields that can't be read. */
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
