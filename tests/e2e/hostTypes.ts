// What the browser tests and the injected Word host (wordHost.ts, bundled by globalSetup.ts) agree on:
// the options a test passes and what the host shows of its document afterwards.
import type { FakeDocumentSpec } from "../word/fakeWord";

/** Where globalSetup.ts leaves the path of the bundled host for the test files. */
export const WORD_HOST_BUNDLE_ENV = "NOTA_E2E_WORD_HOST_BUNDLE";

/** Options of the injected office.js, set as `window.__FAKE_OFFICE_OPTIONS__` before it runs. */
export interface FakeOfficeOptions {
  /** "Word" (default), or null for "office.js loaded in a plain browser". */
  host?: "Word" | null;
  /** Office's `officeTheme`. */
  theme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor?: string; controlForegroundColor?: string };
  /** Requirement sets the host supports, e.g. { WordApi: "1.5" }; default { WordApi: "1.3" }. */
  requirementSets?: Record<string, string>;
  /** The open document, as for the adapter's tests (tests/word/fakeWord.ts); default: empty. */
  document?: FakeDocumentSpec;
  /**
   * Word commands to reject, named as in the fake's log (e.g. "FakeParagraph.startNewList"; a prefix
   * matches): the first run of each fails its sync like Word's GeneralException.
   */
  failOn?: string[];
}

export interface HostParagraph {
  text: string;
  styleBuiltIn: string;
  /** List membership, null outside a list. */
  list: { id: number; level: number } | null;
  /** Tags of the block controls around the paragraph, outermost first. */
  controls: string[];
}

export interface HostControl {
  id: number;
  tag: string;
  title: string;
  text: string;
  plainText: boolean;
  inline: boolean;
  parentTag: string | null;
}

/** The host's document as plain data, read back with `page.evaluate(() => window.fakeWord.read())`. */
export interface HostDocument {
  paragraphs: HostParagraph[];
  /** All content controls in document order. */
  controls: HostControl[];
  /** One readable line per paragraph (FakeDocument.describe). */
  lines: string[];
  /** Tag of the content control the add-in last selected. */
  selectedTag: string | null;
  /** Text the add-in last selected through a range (a finding's matched text): its paragraph and the text. */
  selectedText: { paragraph: number; text: string } | null;
  /** Index of the paragraph holding the selection. */
  selectedParagraph: number | null;
  /** Word comments: text, paragraph index, the text they are anchored on. */
  comments: { content: string; paragraph: number; quoted: string }[];
  /** Word.run calls and context.sync round trips (including Word.run's closing sync) so far. */
  runCount: number;
  syncCount: number;
  /** Commands the host rejected because of `failOn`. */
  rejected: string[];
}

/** `window.fakeWord` in the page. */
export interface FakeWordHost {
  /** The live model (tests/word/fakeWord.ts), for debugging in the page. */
  readonly model: unknown;
  read(): HostDocument;
  /** Rejects the next run of a command, like the `failOn` option. */
  failOn(command: string): void;
}

declare global {
  interface Window {
    fakeWord: FakeWordHost;
    __FAKE_OFFICE_OPTIONS__?: FakeOfficeOptions;
  }
}
