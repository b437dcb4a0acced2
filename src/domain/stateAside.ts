// Setting an unreadable or conflicting state part aside (issue 9): its XML is kept, as text, in a part
// of another namespace, so that the add-in can start afresh while nothing is lost — a person or the
// service desk can take the text out again. Readers ignore this namespace (it is not ours, see
// classifyStatePart in storedState.ts):
//   <aside xmlns="urn:nota-assistent:state-aside" at="ISO 8601" reason="…"><part>XML as text</part>…</aside>

/** Namespace of a part holding state parts set aside; never read as the add-in's state. */
export const STATE_ASIDE_NAMESPACE = "urn:nota-assistent:state-aside";

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The aside part for the XML of our unreadable part(s), in document order; `at` is an ISO 8601 time,
 * `reason` why they could not be read (the reader's problem text). No `<?xml?>` declaration, as for
 * the state part (OfficeDev/office-js#1643).
 */
export function asidePartXml(xmls: readonly string[], at: string, reason: string): string {
  const parts = xmls.map((xml) => `<part>${escapeText(xml)}</part>`).join("");
  return `<aside xmlns="${STATE_ASIDE_NAMESPACE}" at="${escapeAttribute(at)}" reason="${escapeAttribute(reason)}">${parts}</aside>`;
}

/**
 * Whether the XML Word gives back for an aside part still holds every original part's text. Checked
 * on the escaped text, which a serializer leaves as it is (only `&`, `<` and `>` are escaped in it).
 */
export function asideHolds(readBack: string | null, xmls: readonly string[]): boolean {
  return readBack !== null && readBack.includes(STATE_ASIDE_NAMESPACE) && xmls.every((xml) => readBack.includes(escapeText(xml)));
}
