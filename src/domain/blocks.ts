// Standard blocks of a nota: a definition from the catalogue (src/config/blocks.ts) plus the
// drafter's parameter values become a RenderedBlock that the Word and .docx writers insert.
import { formatDutchDate, looksLikeIsoDate, parseIsoDate, type DutchDateStyle } from "./dutchDates";
import { blockTag, type RenderedBlock, type RenderedParagraph, type RenderedTable, type Segment } from "./rendered";

export type ParamType = "text" | "date" | "boolean" | "choice";

export interface BlockParam {
  /** Placeholder name in templates: `{name}`; also the key in parameter values and `nota:param:<name>`. */
  name: string;
  /** Dutch label for the form and for messages. */
  label: string;
  /** Values are strings: dates as ISO "2025-06-03", booleans as "true" / "false". */
  type: ParamType;
  required: boolean;
  default?: string;
  /** Allowed values of a "choice" parameter. */
  choices?: string[];
  /** How a date reads in the text; "long" ("3 juni 2025") unless set. */
  dateStyle?: DutchDateStyle;
  /** Dutch hint shown with the field. */
  help?: string;
  /** The weekday a date usually falls on (0 = zondag … 6 = zaterdag; the MR meets on Friday, 5): hints give an example on it. */
  usualWeekday?: number;
}

export interface TemplateItem {
  kind: "body" | "bullet";
  /** 0-based bullet nesting level. */
  level?: number;
  /** Text with `{paramName}` placeholders. */
  text: string;
  /** Name of a boolean parameter: the item is included only when it is "true". */
  when?: string;
}

/** A fixed table after a block's body (issue 10: the parafenroute's roles with paraaf and datum). */
export interface TableTemplate {
  /** Header row, one title per column. */
  columns: string[];
  /** Each row's leading cells (e.g. the role); the remaining cells stay empty for the drafter. */
  rows: string[][];
}

export interface BlockDefinition {
  /** Equals the section id of the section catalogue. */
  id: string;
  /** The section's title (the section catalogue defines it). */
  title: string;
  /** Heading level in the nota's outline (see src/config/blocks.ts for the scheme). */
  headingLevel: number;
  /** False for a block without a heading paragraph, such as the "Met akkoord van …" line. */
  heading: boolean;
  /** Place in the nota's order (ascending); equals the section's order. */
  order: number;
  params: BlockParam[];
  body: TemplateItem[];
  /** A table rendered after the body, inside the block's control. */
  table?: TableTemplate;
}

export interface ParamProblem {
  param: string;
  /** Dutch, says what is wrong and how to put it right. */
  message: string;
}

export type TemplatePart = { kind: "text"; text: string } | { kind: "param"; name: string };

/** Splits a template into text and `{name}` placeholders; braces around anything else stay text. */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    let end = i + 1;
    if (text[i] === "{" && isNameStart(text[end])) {
      while (isNameChar(text[end])) end++;
      if (text[end] === "}") {
        if (literal) parts.push({ kind: "text", text: literal });
        literal = "";
        parts.push({ kind: "param", name: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    // Not a placeholder: copy up to the next brace (the scan above never looks past it).
    end = text.indexOf("{", i + 1);
    if (end < 0) end = text.length;
    literal += text.slice(i, end);
    i = end;
  }
  if (literal) parts.push({ kind: "text", text: literal });
  return parts;
}

function isNameStart(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));
}

function isNameChar(ch: string | undefined): boolean {
  return isNameStart(ch) || (ch !== undefined && ((ch >= "0" && ch <= "9") || ch === "_"));
}

/** Names of the parameters a block's templates use (placeholders and `when`), in order of first use. */
export function templateParams(def: Pick<BlockDefinition, "body">): string[] {
  const names = new Set<string>();
  for (const item of def.body) {
    for (const part of parseTemplate(item.text)) if (part.kind === "param") names.add(part.name);
    if (item.when !== undefined) names.add(item.when);
  }
  return [...names];
}

/** The value a parameter takes: the drafter's, else the default, else "". */
function effectiveValue(param: BlockParam | undefined, values: Readonly<Record<string, string>>, name: string): string {
  const given = values[name];
  if (given !== undefined && given.trim() !== "") return given.trim();
  return param?.default ?? "";
}

/** How a value reads in the nota; an empty value shows the label in brackets for the drafter to fill in. */
export function displayValue(param: BlockParam, value: string): string {
  if (value === "") return `[${param.label}]`;
  if (param.type === "date") {
    const date = parseIsoDate(value);
    return date ? formatDutchDate(date, param.dateStyle ?? "long") : value;
  }
  return value;
}

export function renderBlock(def: BlockDefinition, values: Readonly<Record<string, string>>): RenderedBlock {
  const params = new Map(def.params.map((param) => [param.name, param]));
  const paragraphs: RenderedParagraph[] = [];
  const data: Record<string, string> = {};
  if (def.heading) paragraphs.push({ kind: "heading", listLevel: 0, segments: [{ kind: "text", text: def.title }] });
  for (const item of def.body) {
    if (item.when !== undefined && effectiveValue(params.get(item.when), values, item.when) !== "true") continue;
    const segments: Segment[] = parseTemplate(item.text).map((part) => {
      if (part.kind === "text") return part;
      const param = params.get(part.name);
      // The catalogue's validation rules out undeclared placeholders; keep the text visible if one slips through.
      if (!param) return { kind: "text", text: `{${part.name}}` };
      const value = effectiveValue(param, values, part.name);
      data[part.name] = value;
      return { kind: "param", name: part.name, text: displayValue(param, value) };
    });
    paragraphs.push({ kind: item.kind, listLevel: item.kind === "bullet" ? (item.level ?? 0) : 0, segments });
  }
  const table = def.table ? renderTable(def.table) : undefined;
  return { blockId: def.id, tag: blockTag(def.id), title: def.title, headingLevel: def.headingLevel, paragraphs, ...(table ? { table } : {}), values: data };
}

/** The header row, then each row padded with empty cells to the number of columns (extra cells are cut). */
function renderTable(template: TableTemplate): RenderedTable {
  const width = template.columns.length;
  const pad = (cells: readonly string[]): string[] => Array.from({ length: width }, (_, i) => cells[i] ?? "");
  return { rows: [pad(template.columns), ...template.rows.map(pad)] };
}

/** Problems with the drafter's values for this block, in Dutch; empty when the block can be inserted. */
export function validateParams(def: BlockDefinition, values: Readonly<Record<string, string>>): ParamProblem[] {
  const problems: ParamProblem[] = [];
  const params = new Map(def.params.map((param) => [param.name, param]));
  for (const name of Object.keys(values)) {
    if (!params.has(name)) {
      const known = def.params.map((param) => param.name).join(", ");
      problems.push({
        param: name,
        message: `Onbekende parameter '${name}' voor blok '${def.title}'${known ? ` (bekend: ${known})` : ""}.`,
      });
    }
  }
  for (const param of def.params) {
    const value = effectiveValue(param, values, param.name);
    if (value === "") {
      if (param.required) problems.push({ param: param.name, message: `${param.label} is verplicht: vul een waarde in.` });
      continue;
    }
    const problem = paramValueProblem(param, value);
    if (problem) problems.push({ param: param.name, message: `${param.label}: ${problem}` });
  }
  return problems;
}

/** What is wrong with a non-empty value for this parameter (Dutch, without the label), or null. */
export function paramValueProblem(param: BlockParam, value: string): string | null {
  switch (param.type) {
    case "date":
      if (parseIsoDate(value)) return null;
      return looksLikeIsoDate(value)
        ? `'${value}' is geen bestaande datum`
        : `'${value}' is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2025-06-03`;
    case "boolean":
      return value === "true" || value === "false" ? null : `'${value}' moet 'true' of 'false' zijn`;
    case "choice":
      return param.choices?.includes(value) ? null : `'${value}' is geen toegestane keuze (kies uit: ${(param.choices ?? []).join(", ")})`;
    case "text":
      return null;
  }
}
