// The Dutch texts of findings (src/domain/findings.ts), in one module that both the task pane and the
// CLI import, so `nota check` and the Checklist tab say the same thing about the same document. A text is
// a function of the message's data and returns plain text: the pane renders it with React (escaped), the
// CLI prints it.
import type { FindingMessageData, Message, MessageDataMap } from "../domain/findings";
import { sectionCatalogue } from "./sections";

/** One Dutch text per message code of `M`, made from that code's data. */
export type MessageTexts<M extends MessageDataMap> = { readonly [C in keyof M]: (data: M[C]) => string };

/**
 * The text of every code in `FindingMessageData`. The type requires an entry per code, so adding a code
 * in the domain without its text does not compile.
 */
export const findingMessages: MessageTexts<FindingMessageData> = {
  "checklist-found": ({ found }) => `Gevonden: ${quoted(found, "en")}.`,
  "checklist-not-found": ({ missingAnyOf, missingAllOf, section, sectionPresent }) => {
    const missing = [quoted(missingAnyOf, "of"), quoted(missingAllOf, "en")].filter((part) => part !== "").join(", en ook niet ");
    if (section === null) return `Niet gevonden: ${missing}.`;
    return sectionPresent ? `Niet gevonden in ${sectionName(section)}: ${missing}.` : `De paragraaf ${sectionName(section)} ontbreekt; daarin werd verwacht: ${missing}.`;
  },
  "checklist-avoided": ({ section }) => (section === null ? "Geen van de te vermijden formuleringen gevonden." : `Geen van de te vermijden formuleringen gevonden in ${sectionName(section)}.`),
  "checklist-used": ({ found }) => `Te vermijden formulering gevonden: ${quoted(found, "en")}.`,
  "checklist-section-present": ({ section }) => `De paragraaf ${sectionName(section)} is aanwezig.`,
  "checklist-section-missing": ({ section }) => `De paragraaf ${sectionName(section)} ontbreekt.`,
  "checklist-section-empty": ({ section }) => `De paragraaf ${sectionName(section)} is leeg.`,
  "checklist-manual": () => "Een reviewer beoordeelt dit punt.",
  "comment-resolved": ({ author, date }) => `Opmerking van ${author}${dateText(date)}, afgehandeld in Word.`,
  "comment-open": ({ author, date }) => `Open opmerking van ${author}${dateText(date)}.`,
};

/** “a”, “b” of “c” (or: en). */
function quoted(phrases: readonly string[], conjunction: "of" | "en"): string {
  const all = phrases.map((phrase) => `“${phrase}”`);
  return all.length <= 1 ? all.join("") : `${all.slice(0, -1).join(", ")} ${conjunction} ${all[all.length - 1]}`;
}

/** A section's Dutch title from the catalogue, as ‘title’; the id itself for a section the catalogue lacks. */
export function sectionName(id: string): string {
  return `‘${sectionCatalogue.find((section) => section.id === id)?.title ?? id}’`;
}

function dateText(date: string | null): string {
  return date === null ? "" : ` (${date.slice(0, 10)})`;
}

/**
 * A renderer for the codes of `texts`. Throws an Error for a code `texts` does not know: findings are
 * made in this program with typed codes, so that is a programming error, never a document's fault.
 */
export function messageRenderer<M extends MessageDataMap>(texts: MessageTexts<M>): (message: Message<M>) => string {
  return (message) => {
    const text = Object.prototype.hasOwnProperty.call(texts, message.code) ? texts[message.code] : undefined;
    if (typeof text !== "function") throw new Error(`No text for message code '${message.code}'`);
    return (text as (data: M[keyof M]) => string)(message.data);
  };
}

/** The Dutch text of a finding's message. */
export const renderMessage = messageRenderer(findingMessages);
