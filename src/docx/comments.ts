// comments.xml (author, date, text), commentsExtended.xml (resolved or not, reply to which
// comment) and the anchors the body reader found (paragraph and quoted text).
import type { CommentSnapshot, ParagraphSnapshot } from "../domain/snapshot";
import { CommentAnchor, Formatting, TextPosition, readStories } from "./body";
import { W15_NS, W_NS } from "./namespaces";
import { XmlElement, attr, parseXml } from "./xml";

export interface StoredComment {
  id: string;
  author: string;
  date: string | null;
  text: string;
  /** w14:paraId of the comment's last paragraph: its key in commentsExtended.xml. */
  paraId: string | undefined;
}

interface CommentState {
  done: boolean;
  parentParaId: string | undefined;
}

/** The comments of comments.xml (`part` is its name in the package), in the order stored. */
export function parseComments(xml: string, part: string, formatting: Formatting): StoredComment[] {
  const comments: StoredComment[] = [];
  readStories(xml, part, formatting, "comment", (element, story) => {
    comments.push({
      id: attr(element, W_NS, "id") ?? "",
      author: attr(element, W_NS, "author") ?? "",
      date: isoDate(attr(element, W_NS, "date")),
      text: story.paragraphs.map((paragraph) => paragraph.text).join("\n"),
      paraId: story.lastParagraphId,
    });
  });
  return comments;
}

/** commentsExtended.xml (`part` is its name in the package): done and parent, by w15:paraId. */
export function parseCommentsExtended(xml: string, part: string): Map<string, CommentState> {
  const states = new Map<string, CommentState>();
  parseXml(xml, part, {
    open(element: XmlElement) {
      if (element.uri !== W15_NS || element.local !== "commentEx") return;
      const paraId = attr(element, W15_NS, "paraId");
      if (paraId === undefined) return;
      const done = attr(element, W15_NS, "done");
      states.set(paraId, {
        done: done === "1" || done === "true",
        parentParaId: attr(element, W15_NS, "paraIdParent"),
      });
    },
    close() {},
    text() {},
  });
  return states;
}

/**
 * Joins the three sources into the comments Word's body.getComments() lists: the top-level ones.
 * A reply (a comment whose commentsExtended entry names a parent in w15:paraIdParent) is part of
 * its thread, not a comment of its own; a thread is resolved when its root is.
 */
export function buildComments(
  stored: StoredComment[],
  states: Map<string, CommentState>,
  anchors: Map<string, CommentAnchor>,
  paragraphs: ParagraphSnapshot[],
): CommentSnapshot[] {
  const paraIds = new Set<string>();
  for (const comment of stored) if (comment.paraId !== undefined) paraIds.add(comment.paraId);
  const result: CommentSnapshot[] = [];
  for (const comment of stored) {
    const state = comment.paraId === undefined ? undefined : states.get(comment.paraId);
    // A parent that is not among the comments cannot hold the reply: it is shown as a comment.
    if (state?.parentParaId !== undefined && paraIds.has(state.parentParaId)) continue;
    const anchor = anchors.get(comment.id) ?? {};
    const at = anchor.start ?? anchor.reference;
    result.push({
      author: comment.author,
      date: comment.date,
      text: comment.text,
      resolved: state?.done ?? false,
      paragraph: at === undefined || at.paragraph >= paragraphs.length ? null : at.paragraph,
      quotedText: anchor.start && anchor.end ? quote(anchor.start, anchor.end, paragraphs) : "",
    });
  }
  return result;
}

/** The text between two positions; paragraphs in between are joined with "\n". */
function quote(start: TextPosition, end: TextPosition, paragraphs: ParagraphSnapshot[]): string {
  const last = Math.min(end.paragraph, paragraphs.length - 1);
  if (start.paragraph > last) return "";
  if (start.paragraph === last) {
    return end.paragraph === last ? paragraphs[last].text.slice(start.offset, end.offset) : paragraphs[last].text.slice(start.offset);
  }
  const parts = [paragraphs[start.paragraph].text.slice(start.offset)];
  for (let i = start.paragraph + 1; i < last; i++) parts.push(paragraphs[i].text);
  parts.push(end.paragraph === last ? paragraphs[last].text.slice(0, end.offset) : paragraphs[last].text);
  return parts.join("\n");
}

/**
 * Word writes local time, usually without a zone designator (and sometimes with a "Z" it does
 * not mean). A date without a zone is read as UTC so the result does not depend on the machine.
 */
export function isoDate(value: string | undefined): string | null {
  if (value === undefined || value === "") return null;
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/i.test(value);
  const date = new Date(hasZone || !value.includes("T") ? value : value + "Z");
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
