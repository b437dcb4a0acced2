// Removes the temporary folder of the bundled Word host (see globalSetup.ts).
import { rm } from "node:fs/promises";
import path from "node:path";
import { WORD_HOST_BUNDLE_ENV } from "./hostTypes";

export default async function globalTeardown(): Promise<void> {
  const bundle = process.env[WORD_HOST_BUNDLE_ENV];
  if (bundle) await rm(path.dirname(bundle), { recursive: true, force: true });
}
