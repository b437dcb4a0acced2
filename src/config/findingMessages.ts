// The Dutch texts of findings (src/domain/findings.ts), in one module that both the task pane and the
// CLI import, so `nota check` and the Checklist tab say the same thing about the same document. A text is
// a function of the message's data and returns plain text: the pane renders it with React (escaped), the
// CLI prints it.
import type { FindingMessageData, Message, MessageDataMap } from "../domain/findings";
import { companyMessages } from "./companyMessages";

/** One Dutch text per message code of `M`, made from that code's data. */
export type MessageTexts<M extends MessageDataMap> = { readonly [C in keyof M]: (data: M[C]) => string };

/**
 * The text of every code in `FindingMessageData`. The type requires an entry per code, so adding a code
 * in the domain without its text does not compile.
 */
export const findingMessages: MessageTexts<FindingMessageData> = { ...companyMessages };

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
