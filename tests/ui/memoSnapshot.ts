// The users' example memo as the fake Word shows it, read from its .docx. jsdom has no TextDecoder,
// which the .docx reader needs; Node's is the same standard API.
import { TextDecoder as NodeTextDecoder } from "node:util";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import type { StoredState } from "../../src/domain/stateModel";
import { voorbeeldVariant } from "../fixtures/voorbeeldVariant";

globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

/** The example memo with each `[from, to]` edit and `state` as its state part, as a Word snapshot. */
export async function memoSnapshot(edits: readonly (readonly [string, string])[] = [], state?: StoredState): Promise<Partial<DocumentSnapshot>> {
  const { readDocx } = await import("../../src/docx/readDocx");
  return { ...readDocx(voorbeeldVariant(edits, state)), source: "word" };
}
