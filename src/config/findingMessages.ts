// The Dutch texts of findings (src/domain/findings.ts), in one module that both the task pane and the
// CLI import, so `nota check` and the Checklist tab say the same thing about the same document. A text is
// a function of the message's data and returns plain text: the pane renders it with React (escaped), the
// CLI prints it.
import type { FindingMessageData, Message, MessageDataMap } from "../domain/findings";
import { companyMessages } from "./companyMessages";
import type { ProcedureRule } from "../domain/procedureChecks";
import { sectionCatalogue } from "./sections";

/** One Dutch text per message code of `M`, made from that code's data. */
export type MessageTexts<M extends MessageDataMap> = { readonly [C in keyof M]: (data: M[C]) => string };

/**
 * The text of every code in `FindingMessageData`. The type requires an entry per code, so adding a code
 * in the domain without its text does not compile.
 */
export const findingMessages: MessageTexts<FindingMessageData> = {
  ...companyMessages,
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
  "comment-resolved": ({ author, date }) => `Opmerking van ${author}${dateText(date)}, opgelost in Word.`,
  "comment-open": ({ author, date }) => `Open opmerking van ${author}${dateText(date)}.`,
  "procedure-rule-passed": ({ rule }) => (Object.hasOwn(PROCEDURE_RULE_PASSED, rule) ? PROCEDURE_RULE_PASSED[rule as ProcedureRule] : `In orde: ${rule}.`),
  "akkoord-line-missing": ({ title, lineExists }) =>
    lineExists
      ? `De regel “Met akkoord van …” noemt de ${title} niet.`
      : `De regel “Met akkoord van de ${title}” ontbreekt.`,
  "medeondertekening-unmentioned": ({ title }) => `De nota vermeldt niet dat de Kamerbrief wordt medeondertekend door de ${title}.`,
  "signatory-misspelled": ({ written, title }) => `“${written}” is anders gespeld dan de titel: schrijf “${title}”.`,
  "unclear-who-signs-stale": ({ text }) => `Het is inmiddels duidelijk wie tekent, maar de tekst zegt nog “${text}”.`,
  "unclear-who-signs-unmentioned": ({ sectionFound }) =>
    sectionFound
      ? "Nog onduidelijk wie tekent, maar de paragraaf over de demissionaire status zegt dat niet."
      : "Nog onduidelijk wie tekent, maar de nota heeft geen paragraaf over de demissionaire status die dat zegt.",
  "step-date-differs-from-state": ({ step, written, expected }) => `${step}: in de tekst “${written}”, maar de procedure zegt ${expected}.`,
  "step-dates-disagree": ({ step, written }) => `${step} staat met verschillende datums in de tekst: ${written.map((w) => `“${String(w)}”`).join(", ")}.`,
  "weekday-mismatch": ({ written, weekday, actual, date }) => `“${written}”: ${date} is een ${actual}, geen ${weekday}.`,
  "steps-out-of-order": ({ earlier, earlierDate, later, laterDate }) =>
    `De volgorde klopt niet: ${earlier} (${earlierDate}) hoort vóór ${later} (${laterDate}).`,
  "mr-not-on-friday": ({ date }) => `De MR staat op ${date}; de ministerraad vergadert op vrijdag. Klopt dat?`,
};

/** What a passed rule of issue 10 means, by rule id (src/domain/procedureChecks.ts). */
const PROCEDURE_RULE_PASSED: Readonly<Record<ProcedureRule, string>> = {
  "medeondertekening-akkoordregel": "De regel “Met akkoord van …” noemt elke medeondertekenaar.",
  "medeondertekening-kamerbrief": "De nota vermeldt de medeondertekening van de Kamerbrief.",
  "medeondertekening-spelling": "De titels van de bewindspersonen zijn goed gespeld.",
  "medeondertekening-wie-tekent": "De tekst zegt over wie tekent wat de procedure zegt.",
  "procedure-datum": "Elke datum bij een stap van de procedure klopt met de andere.",
  "procedure-weekdag": "Elke weekdag past bij zijn datum.",
  "procedure-volgorde": "De stappen staan in de goede volgorde.",
  "procedure-mr-vrijdag": "De MR is op een vrijdag.",
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
