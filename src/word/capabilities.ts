// Which Word API requirement sets the host offers. The manifest asks for WordApi 1.3 (Office 2019/2021
// perpetual stop there); newer features are detected at run time and the snapshot says what is missing.
/** What the adapter needs to know of the host. */
export interface WordFeatures {
  /** WordApi 1.4: comments. */
  comments: boolean;
  /** WordApi 1.4: custom XML parts (the add-in's stored state). */
  customXmlParts: boolean;
  /** WordApi 1.4: `getReviewedText("Current")`, the text with tracked changes accepted. */
  reviewedText: boolean;
  /**
   * WordApi 1.5: plain-text content controls can be created, and found only through
   * `getContentControls({ types })`: the `contentControls` collections list rich-text controls only.
   */
  plainTextControls: boolean;
}

export type RequirementCheck = (name: string, version: string) => boolean;

export function detectFeatures(isSetSupported: RequirementCheck): WordFeatures {
  const api14 = isSetSupported("WordApi", "1.4");
  const api15 = isSetSupported("WordApi", "1.5");
  return { comments: api14, customXmlParts: api14, reviewedText: api14, plainTextControls: api15 };
}

/** The host's own check; false outside Office (e.g. when the pane is opened in a plain browser). */
export function officeRequirementCheck(): RequirementCheck {
  return (name, version) =>
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true;
}
