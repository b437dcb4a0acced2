// The Dutch texts of findings (src/domain/findings.ts), in one module that both the task pane and the
// CLI import, so `nota check` and the Checklist tab say the same thing about the same document. A text is
// a function of the message's data and returns plain text: the pane renders it with React (escaped), the
// CLI prints it.
import type { FindingMessageData, Message, MessageDataMap } from "../domain/findings";

/** One Dutch text per message code of `M`, made from that code's data. */
export type MessageTexts<M extends MessageDataMap> = { readonly [C in keyof M]: (data: M[C]) => string };

/**
 * The text of every code in `FindingMessageData`. The type requires an entry per code, so adding a code
 * in the domain without its text does not compile.
 */
export const findingMessages: MessageTexts<FindingMessageData> = {
  "akkoord-line-missing": ({ title, lineExists }) =>
    lineExists
      ? `De regel 'Met akkoord van …' noemt de ${title} niet.`
      : `De regel 'Met akkoord van de ${title}' ontbreekt.`,
  "medeondertekening-unmentioned": ({ title }) => `De nota vermeldt niet dat de Kamerbrief wordt medeondertekend door de ${title}.`,
  "signatory-misspelled": ({ written, title }) => `'${written}' is anders gespeld dan de titel: schrijf '${title}'.`,
  "unclear-who-signs-stale": ({ text }) => `Het is inmiddels duidelijk wie tekent, maar de tekst zegt nog '${text}'.`,
  "unclear-who-signs-unmentioned": ({ sectionFound }) =>
    sectionFound
      ? "Nog onduidelijk wie tekent, maar de paragraaf over de demissionaire status zegt dat niet."
      : "Nog onduidelijk wie tekent, maar de nota heeft geen paragraaf over de demissionaire status die dat zegt.",
  "step-date-differs-from-state": ({ step, written, expected }) => `${step}: in de tekst '${written}', maar de procedure zegt ${expected}.`,
  "step-dates-disagree": ({ step, written }) => `${step} staat met verschillende datums in de tekst: ${written.map((w) => `'${String(w)}'`).join(", ")}.`,
  "weekday-mismatch": ({ written, weekday, actual, date }) => `'${written}': ${date} is een ${actual}, geen ${weekday}.`,
  "steps-out-of-order": ({ earlier, earlierDate, later, laterDate }) =>
    `De volgorde klopt niet: ${earlier} (${earlierDate}) hoort vóór ${later} (${laterDate}).`,
  "mr-not-on-friday": ({ date }) => `De MR staat op ${date}; de ministerraad vergadert op vrijdag. Klopt dat?`,
};

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
