// Content-control collections that include the kinds of control the add-in creates.
import type { WordFeatures } from "./capabilities";

// String values rather than the global `Word` enum, so that this module also runs outside Office.
const EDITABLE_TYPES = ["RichText", "PlainText"] as Word.ContentControlType[];

/**
 * All rich-text and (WordApi 1.5+) plain-text content controls in `scope`. `scope.contentControls`
 * lists rich-text controls only (by design, OfficeDev/office-js#2160 and #6144), so plain-text
 * parameter controls need `getContentControls({ types })`.
 */
export function contentControlsIn(scope: Word.Body, features: WordFeatures): Word.ContentControlCollection {
  return features.plainTextControls
    ? scope.getContentControls({ types: EDITABLE_TYPES })
    : scope.contentControls;
}
