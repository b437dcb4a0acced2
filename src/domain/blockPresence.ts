// Which standard blocks a document already has, and the parameter values it already holds:
// what the "Blokken" tab shows before the drafter inserts or updates anything.
import type { BlockDefinition, BlockParam } from "./blocks";
import { blockIdFromTag, paramNameFromTag } from "./rendered";
import type { DetectedSection } from "./sections";
import type { DocumentSnapshot } from "./snapshot";

export type BlockPresence =
  /** Inserted by the add-in: a content control tagged `nota:<id>` (can be selected by tag). */
  | { state: "block"; paragraph: number }
  /** Written by hand: a heading or line the section detection recognises, without a control. */
  | { state: "heading"; paragraph: number }
  | { state: "absent" };

export function blockPresence(
  snapshot: Pick<DocumentSnapshot, "contentControls">,
  sections: readonly DetectedSection[],
  catalogue: readonly BlockDefinition[],
): Map<string, BlockPresence> {
  const controls = new Map<string, number>();
  for (const control of snapshot.contentControls) {
    const id = blockIdFromTag(control.tag);
    if (id !== null && !controls.has(id)) controls.set(id, control.start);
  }
  const headings = new Map<string, number>();
  for (const section of sections) {
    if (!headings.has(section.id)) headings.set(section.id, section.start);
  }
  const presence = new Map<string, BlockPresence>();
  for (const def of catalogue) {
    const control = controls.get(def.id);
    const heading = headings.get(def.id);
    presence.set(
      def.id,
      control !== undefined
        ? { state: "block", paragraph: control }
        : heading !== undefined
          ? { state: "heading", paragraph: heading }
          : { state: "absent" },
    );
  }
  return presence;
}

/** The text of each `nota:param:<name>` control, first occurrence in document order. */
export function documentParamTexts(snapshot: Pick<DocumentSnapshot, "contentControls">): Map<string, string> {
  const texts = new Map<string, string>();
  for (const control of snapshot.contentControls) {
    const name = paramNameFromTag(control.tag);
    if (name !== null && !texts.has(name)) texts.set(name, control.text);
  }
  return texts;
}

/** Every parameter of the catalogue by name; the catalogue guarantees one definition per name. */
export function paramsByName(catalogue: readonly BlockDefinition[]): Map<string, BlockParam> {
  const params = new Map<string, BlockParam>();
  for (const def of catalogue) for (const param of def.params) if (!params.has(param.name)) params.set(param.name, param);
  return params;
}
