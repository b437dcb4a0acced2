// Error messages for invalid catalogue data that name the bad entry (by id, else by position), so
// whoever edits the configuration knows where to look.
import * as z from "zod/mini";

/**
 * Parse options giving zod's English issue messages. zod/mini registers no locale, so without them
 * every message is a bare "Invalid input"; per parse (rather than z.config) to leave global state alone.
 * Messages set on a schema, such as a regex's hint, still win.
 */
export const englishIssues: z.core.ParseContext<z.core.$ZodIssue> = { error: z.locales.en().localeError };

/** "block 'demissionair'" or, when the entry has no usable id, "block #3". */
export function entryLabel(kind: string, data: unknown, index: number): string {
  const entry = Array.isArray(data) ? (data[index] as unknown) : undefined;
  const id = typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.length > 0 ? `${kind} '${id}'` : `${kind} #${index + 1}`;
}

export function schemaProblems(kind: string, data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const [index, ...field] = issue.path;
    const where = typeof index === "number" ? entryLabel(kind, data, index) : `${kind} catalogue`;
    const fieldText = field.length > 0 ? ` field '${field.map(String).join(".")}'` : "";
    return `${where}${fieldText}: ${issue.message}`;
  });
}

export function catalogueError(kind: string, problems: readonly string[]): Error {
  return new Error(`Invalid ${kind} catalogue:\n- ${problems.join("\n- ")}`);
}
