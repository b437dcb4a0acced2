// Types for manifest-check.cjs, so the TypeScript tests can import it.
export interface CheckResult {
  errors: string[];
  warnings: string[];
}
export interface SchemaPlan {
  dir: string | null;
  notice?: string;
  error?: string;
}
export interface Layout {
  kind: "dev" | "dist";
  root: string;
}
export function validateManifestFile(
  file: string,
  options?: { label?: string; schemaDir?: string | null; layout?: Layout },
): Promise<CheckResult & { schemaChecked: boolean }>;
export function schemaErrors(xml: string, label: string, schemaDir: string): Promise<string[]>;
export function semanticCheck(xml: string, label: string, layout: Layout): CheckResult;
export function layoutFor(manifestFile: string): Layout;
export function readPngSize(file: string): { width: number; height: number } | null;
export function schemaPlan(env?: Record<string, string | undefined>, root?: string): SchemaPlan;
export function displayPath(file: string): string;
