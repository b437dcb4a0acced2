// Untrusted text (file names, zip entry names, XML excerpts) inside a message that must stay one
// line (issue 8): a newline in it must not start a line of its own, and control characters must not
// reach a terminal, where they could rewrite what was printed before.

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional
// formatting characters that reorder how a line is displayed.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * `text` with every line-breaking or control character written as an escape: "\n", "\r", "\t",
 * else "\uXXXX" (e.g. U+001B → "\u001b"). Other characters, backslashes included (Windows paths),
 * are kept as they are.
 */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, (ch) => NAMED[ch] ?? "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0"));
}
