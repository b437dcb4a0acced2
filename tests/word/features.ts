import type { WordFeatures } from "../../src/word/capabilities";

/** Office 2019/2021: WordApi 1.3 only. */
export const WORD_13: WordFeatures = { comments: false, customXmlParts: false, reviewedText: false, plainTextControls: false };
export const WORD_14: WordFeatures = { comments: true, customXmlParts: true, reviewedText: true, plainTextControls: false };
export const WORD_15: WordFeatures = { comments: true, customXmlParts: true, reviewedText: true, plainTextControls: true };
