// Between what a drafter types in a parameter field and the value the domain works with:
// dates are typed the Dutch way ("3-6-2025", "3 juni 2025") and become ISO "2025-06-03".
import type { BlockParam } from "../../domain/blocks";
import { parseDateInput } from "../../domain/dateInput";
import { formatDutchDate, parseIsoDate } from "../../domain/dutchDates";
import { strings } from "../strings";

export type ParamInputs = Record<string, string>;

/** What a field shows first: the value already in the document, else the catalogue's default. */
export function initialInput(param: BlockParam, documentText: string | undefined): string {
  if (documentText !== undefined && documentText.trim() !== "" && !documentText.startsWith("[")) {
    if (param.type !== "date" || parseDateInput(documentText) !== null) return documentText;
  }
  if (param.default === undefined) return "";
  return param.type === "date" && parseIsoDate(param.default) ? formatDutchDate(param.default, "long") : param.default;
}

export type DomainValue = { ok: true; value: string } | { ok: false; problem: string };

export function toDomainValue(param: BlockParam, input: string): DomainValue {
  const trimmed = input.trim();
  if (param.type !== "date" || trimmed === "") return { ok: true, value: trimmed };
  const iso = parseDateInput(trimmed);
  return iso ? { ok: true, value: iso } : { ok: false, problem: strings.blokken.dateInvalid(param.label, trimmed) };
}

/** Domain values for these parameters, and the Dutch problems of fields that can't be read. */
export function domainValues(
  params: readonly BlockParam[],
  inputs: ParamInputs,
): { values: Record<string, string>; problems: Map<string, string> } {
  const values: Record<string, string> = {};
  const problems = new Map<string, string>();
  for (const param of params) {
    const result = toDomainValue(param, inputs[param.name] ?? "");
    if (result.ok) values[param.name] = result.value;
    else problems.set(param.name, result.problem);
  }
  return { values, problems };
}
