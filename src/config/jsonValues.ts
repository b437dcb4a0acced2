// What the user-edited JSON files (checklist, company list) share when a problem is reported: the
// value at a zod issue's path, and the Dutch name of the JSON type that was expected.

/** The value at `path` inside parsed JSON `data`, or undefined when the path does not exist. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Dutch names of the kinds of value zod expects ("string" → "tekst"); unknown kinds stay as given. */
export const JSON_TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "tekst",
  array: "een lijst",
  object: "een object",
  number: "een getal",
  int: "een geheel getal",
  boolean: "true of false",
};
