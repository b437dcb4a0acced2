// The checklist file (issue 9): JSON, versioned, validated with zod here and by the domain's checks
// (phrases, sections, examples). An invalid file is refused as a whole, with every problem as a code
// and data (src/domain/checklist.ts), named by item and field; src/config/checklistMessages.ts gives
// their Dutch texts for the pane and the CLI.
import * as z from "zod/mini";
import {
  CHECKLIST_SOURCES,
  CHECKLIST_VERSION,
  type Checklist,
  type ChecklistItem,
  type ChecklistProblem,
  checklistProblems,
  type CompiledChecklist,
  compileChecklist,
  phraseProblemCode,
  type ProblemPlace,
  RULE_TYPES,
} from "../domain/checklist";
import { sectionCatalogue } from "./sections";
import { valueAt } from "./jsonValues";

const text = z.string().check(z.trim(), z.minLength(1));
const phrases = z.array(z.string()).check(z.minLength(1));
const sectionId = z.string();

const ruleSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("mentions"), anyOf: z.optional(phrases), allOf: z.optional(phrases), section: z.optional(sectionId) }),
  z.strictObject({ type: z.literal("avoids"), anyOf: phrases, section: z.optional(sectionId) }),
  z.strictObject({ type: z.literal("section"), section: sectionId }),
  z.strictObject({ type: z.literal("manual") }),
]);

const itemSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/)),
  source: z.enum(CHECKLIST_SOURCES),
  severity: z.enum(["error", "warning", "info"]),
  comment: text,
  rule: ruleSchema,
  examples: z.optional(z.strictObject({ pass: z.optional(z.array(z.string())), fail: z.optional(z.array(z.string())) })),
});

const checklistSchema = z.strictObject({
  version: z.literal(CHECKLIST_VERSION),
  name: text,
  items: z.array(itemSchema),
});

export type ChecklistLoad = { ok: true; checklist: CompiledChecklist } | { ok: false; problems: ChecklistProblem[] };

/**
 * A checklist from parsed JSON: compiled when valid, else every problem (schema, ids, sections,
 * phrases, examples) by item and field. A file of another `version` is refused with that one problem:
 * its other fields may mean something else.
 */
export function loadChecklist(data: unknown): ChecklistLoad {
  const version = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as { version?: unknown }).version : undefined;
  if (typeof data === "object" && data !== null && !Array.isArray(data) && version !== CHECKLIST_VERSION) {
    const found = version === undefined ? null : typeof version === "number" || typeof version === "string" ? version : String(version);
    return { ok: false, problems: [{ item: null, position: null, field: "version", code: "unsupported-version", data: { found, supported: CHECKLIST_VERSION } }] };
  }
  const sectionIds = new Set(sectionCatalogue.map((section) => section.id));
  const parsed = checklistSchema.safeParse(data);
  if (!parsed.success) {
    // The items that are well-formed still get the domain's checks, so one pass names every problem.
    const items = (data as { items?: unknown }).items;
    const wellFormed = Array.isArray(items)
      ? items.flatMap((item: unknown, index) => {
          const one = itemSchema.safeParse(item);
          return one.success ? [{ item: one.data as ChecklistItem, position: index + 1 }] : [];
        })
      : [];
    const partial: Checklist = { version: CHECKLIST_VERSION, name: "", items: wellFormed.map((entry) => entry.item) };
    // Duplicate ids are judged over every item that has one, well-formed or not.
    const more = checklistProblems(partial, sectionIds, wellFormed.map((entry) => entry.position)).filter((problem) => problem.code !== "duplicate-id");
    const problems = [...parsed.error.issues.map((issue) => schemaProblem(data, issue)), ...more, ...duplicateIds(items), ...unknownSections(items, wellFormed, sectionIds), ...unusablePhrases(items, wellFormed)];
    return { ok: false, problems: problems.sort((a, b) => (a.position ?? 0) - (b.position ?? 0)) };
  }
  const checklist = parsed.data as Checklist;
  const problems = checklistProblems(checklist, sectionIds);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, checklist: compileChecklist(checklist) };
}

/** `loadChecklist` of a file's text; text that is not JSON is one `not-json` problem. */
export function loadChecklistText(source: string): ChecklistLoad {
  let data: unknown;
  try {
    data = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (error) {
    return { ok: false, problems: [{ item: null, position: null, field: null, code: "not-json", data: { detail: (error as Error).message } }] };
  }
  return loadChecklist(data);
}

/** A problem for every item whose string id an earlier item already has. */
function duplicateIds(items: unknown): ChecklistProblem[] {
  if (!Array.isArray(items)) return [];
  const seen = new Set<string>();
  const problems: ChecklistProblem[] = [];
  items.forEach((item: unknown, index) => {
    const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== "string") return;
    if (seen.has(id)) problems.push({ item: id, position: index + 1, field: "id", code: "duplicate-id", data: { id } });
    seen.add(id);
  });
  return problems;
}

/** A problem for every malformed item whose rule names a section id the catalogue lacks (well-formed ones were checked already). */
function unknownSections(items: unknown, wellFormed: readonly { position: number }[], sectionIds: ReadonlySet<string>): ChecklistProblem[] {
  if (!Array.isArray(items)) return [];
  const checked = new Set(wellFormed.map((entry) => entry.position));
  return items.flatMap((item: unknown, index): ChecklistProblem[] => {
    const section = valueAt(item, ["rule", "section"]);
    if (checked.has(index + 1) || typeof section !== "string" || sectionIds.has(section)) return [];
    const id = valueAt(item, ["id"]);
    const place = { item: typeof id === "string" && id.trim() !== "" ? id : null, position: index + 1, field: "rule.section" };
    return [{ ...place, code: "unknown-section", data: { section, known: [...sectionIds] } }];
  });
}

/**
 * A problem for every unusable phrase (empty, a misplaced star) of a malformed item, so one pass names
 * it beside the item's other errors (well-formed items were checked already).
 */
function unusablePhrases(items: unknown, wellFormed: readonly { position: number }[]): ChecklistProblem[] {
  if (!Array.isArray(items)) return [];
  const checked = new Set(wellFormed.map((entry) => entry.position));
  return items.flatMap((item: unknown, index): ChecklistProblem[] => {
    if (checked.has(index + 1)) return [];
    const id = valueAt(item, ["id"]);
    const itemName = typeof id === "string" && id.trim() !== "" ? id : null;
    return (["anyOf", "allOf"] as const).flatMap((list) => {
      const phrases = valueAt(item, ["rule", list]);
      if (!Array.isArray(phrases)) return [];
      return phrases.flatMap((phrase: unknown, k): ChecklistProblem[] => {
        const code = typeof phrase === "string" ? phraseProblemCode(phrase) : null;
        return code === null ? [] : [{ item: itemName, position: index + 1, field: `rule.${list}[${k}]`, code, data: { phrase: phrase as string } }];
      });
    });
  });
}

/** One zod issue as a problem placed by item (id, else position) and field. */
function schemaProblem(data: unknown, issue: z.core.$ZodIssue): ChecklistProblem {
  const path = [...issue.path];
  let place: ProblemPlace = { item: null, position: null, field: fieldPath(path) };
  if (path[0] === "items" && typeof path[1] === "number") {
    const position = path[1];
    const entry = (data as { items: unknown[] }).items[position];
    const id = typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
    place = { item: typeof id === "string" && id.trim() !== "" ? id : null, position: position + 1, field: fieldPath(path.slice(2)) };
  }
  switch (issue.code) {
    case "invalid_type":
      return valueAt(data, path) === undefined ? { ...place, code: "missing", data: {} } : { ...place, code: "wrong-type", data: { expected: issue.expected } };
    case "unrecognized_keys":
      return { ...place, code: "unknown-field", data: { fields: issue.keys } };
    case "invalid_union":
      // A rule whose `type` names no rule type: zod reports it at the discriminator.
      if (path[path.length - 1] === "type") {
        const found = valueAt(data, path);
        const shown = found === undefined ? null : typeof found === "string" || typeof found === "number" ? found : JSON.stringify(found);
        return { ...place, code: "unknown-rule-type", data: { found: shown, allowed: [...RULE_TYPES] } };
      }
      return { ...place, code: "invalid", data: { issue: issue.code } };
    case "invalid_value":
      return { ...place, code: "invalid-value", data: { allowed: issue.values.map(String) } };
    case "invalid_format":
      return { ...place, code: "invalid-id", data: {} };
    case "too_small":
      return { ...place, code: "empty", data: {} };
    default:
      return { ...place, code: "invalid", data: { issue: issue.code } };
  }
}

/** "rule.anyOf[1]" from ["rule", "anyOf", 1]; null for the empty path. */
function fieldPath(path: readonly PropertyKey[]): string | null {
  let field = "";
  for (const key of path) field += typeof key === "number" ? `[${key}]` : `${field === "" ? "" : "."}${String(key)}`;
  return field === "" ? null : field;
}
