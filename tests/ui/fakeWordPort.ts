// An in-memory Word for UI tests: keeps a snapshot, applies inserts and parameter updates to it,
// keeps the state part as the real adapter does (merge, refuse an unreadable part), and can be told to
// fail the next call like Word would.
import type { DocumentSnapshot, ParagraphSnapshot } from "../../src/domain/snapshot";
import type { RenderedBlock } from "../../src/domain/rendered";
import { paramNameFromTag } from "../../src/domain/rendered";
import { blockParameterChange, mergeState, parameterChange, type StoredState } from "../../src/domain/stateModel";
import { statePartXml, writeBase } from "../../src/domain/storedState";
import { WordOperationError } from "../../src/word/errors";
import { normaliseCompanyText } from "../../src/domain/companies";
import type { InsertPosition, LeadingHeading, LocationOutcome, WordPort } from "../../src/word/port";
import { locationHolds, type FindingLocation } from "../../src/domain/findings";
import { paragraphRef } from "../../src/domain/placement";

export interface FakeWordPort extends WordPort {
  snapshot: DocumentSnapshot;
  inserted: { block: RenderedBlock; position: InsertPosition }[];
  /** Company insertions: the blocks, where, and the heading added before them. */
  companiesInserted: { blocks: RenderedBlock[]; position: InsertPosition; heading: LeadingHeading | null }[];
  selected: string[];
  /** Paragraph indexes the pane selected. */
  selectedParagraphs: number[];
  /** Finding locations the pane selected. */
  selectedLocations: FindingLocation[];
  /** Comments the pane added: location and full text. */
  addedComments: { location: FindingLocation; text: string }[];
  /** Whether the host offers comments (WordApi 1.4); true by default. */
  canComment: boolean;
  /** The XML of the state parts set aside ("Apart zetten"), in order. */
  setAside: string[];
  /** How often the pane read the document. */
  reads: number;
  failNext(error: Error): void;
  /** The clock for state time stamps. */
  now: () => string;
}

export function createFakeWordPort(initial?: Partial<DocumentSnapshot>): FakeWordPort {
  let pendingError: Error | null = null;
  const takeError = () => {
    const error = pendingError;
    pendingError = null;
    if (error) throw error;
  };
  const port: FakeWordPort = {
    snapshot: {
      source: "word",
      paragraphs: [],
      contentControls: [],
      comments: [],
      state: { status: "absent" },
      warnings: [],
      ...initial,
    },
    inserted: [],
    companiesInserted: [],
    selected: [],
    selectedParagraphs: [],
    selectedLocations: [],
    addedComments: [],
    canComment: true,
    reads: 0,
    setAside: [],
    async setStateAside() {
      takeError();
      const state = port.snapshot.state;
      if (state.status !== "unreadable") return 0;
      port.setAside.push(state.xml);
      port.snapshot.state = { status: "absent" };
      return 1;
    },
    failNext(error) {
      pendingError = error;
    },
    now: () => new Date().toISOString(),
    async readSnapshot() {
      takeError();
      port.reads++;
      return JSON.parse(JSON.stringify(port.snapshot)) as DocumentSnapshot;
    },
    async insertBlock(block, position) {
      takeError();
      port.inserted.push({ block, position });
      appendBlock(port.snapshot, block);
      recordQuietly(blockParameterChange(block, port.now()));
    },
    async insertCompanies(blocks, position, heading, change) {
      takeError();
      port.companiesInserted.push({ blocks, position, heading });
      if (heading) appendHeading(port.snapshot, heading);
      blocks.forEach((block) => appendBlock(port.snapshot, block));
      writeState(change);
    },
    async refreshCompanies(refreshes, change) {
      takeError();
      const controls = refreshes.map((refresh) => {
        const control = port.snapshot.contentControls.find((candidate) => candidate.tag === refresh.tag);
        const text = control ? port.snapshot.paragraphs.slice(control.start, control.end + 1).map((p) => p.text).join(" ") : null;
        if (!control || text === null || normaliseCompanyText(text) !== normaliseCompanyText(refresh.expectedText)) {
          throw new WordOperationError("document-changed", `${refresh.tag} changed`);
        }
        return control;
      });
      controls.forEach((control, i) => {
        control.text = refreshes[i].text;
        port.snapshot.paragraphs[control.start].text = refreshes[i].text;
      });
      writeState(change);
      return controls.length;
    },
    async detachCompany(tag, change) {
      takeError();
      const index = port.snapshot.contentControls.findIndex((control) => control.tag === tag);
      if (index < 0) return false;
      port.snapshot.contentControls.splice(index, 1);
      for (const paragraph of port.snapshot.paragraphs) paragraph.contentControlTags = paragraph.contentControlTags.filter((candidate) => candidate !== tag);
      writeState(change);
      return true;
    },
    async updateState(change) {
      takeError();
      return writeState(change);
    },
    async updateParameters(values, data) {
      takeError();
      let changed = 0;
      for (const control of port.snapshot.contentControls) {
        const name = paramNameFromTag(control.tag);
        if (name !== null && name in values) {
          control.text = values[name];
          changed++;
        }
      }
      if (data) {
        const recorded = Object.keys(values).filter((name) => data[name] !== undefined);
        recordQuietly(parameterChange(Object.fromEntries(recorded.map((name) => [name, { value: data[name], text: values[name] }])), port.now()));
      }
      return changed;
    },
    async selectParagraph(ref) {
      takeError();
      const paragraph = port.snapshot.paragraphs[ref.paragraph];
      if (port.snapshot.paragraphs.length !== ref.paragraphCount || paragraph?.text !== ref.text) return false;
      port.selectedParagraphs.push(ref.paragraph);
      return true;
    },
    async selectLocation(location) {
      takeError();
      const outcome = reachable(location);
      if (outcome !== "changed") port.selectedLocations.push(location);
      return outcome;
    },
    commentsAvailable: () => port.canComment,
    async addComment(location, comment) {
      if (!port.canComment) throw new WordOperationError("comments-unavailable", "WordApi 1.3");
      takeError();
      const outcome = reachable(location);
      if (outcome === "changed") return outcome;
      const text = `${comment.ruleId}: ${comment.text}`;
      port.addedComments.push({ location, text });
      port.snapshot.comments?.push({
        author: "Ingelogde gebruiker",
        date: port.now(),
        text,
        resolved: false,
        paragraph: location.paragraph.paragraph,
        quotedText: location.match?.text ?? location.paragraph.text,
      });
      return outcome;
    },
    async selectByTag(tag) {
      takeError();
      const found = port.snapshot.contentControls.some((control) => control.tag === tag);
      if (found) port.selected.push(tag);
      return found;
    },
  };
  /** As the real adapter: refused when the paragraph changed, else the match or the paragraph. */
  function reachable(location: FindingLocation): LocationOutcome {
    const index = location.paragraph.paragraph;
    if (port.snapshot.paragraphs[index] === undefined) return "changed";
    if (!locationHolds(location, paragraphRef(port.snapshot, index))) return "changed";
    return location.match ? "text" : "paragraph";
  }
  function writeState(change: StoredState): StoredState {
    const base = writeBase(port.snapshot.state);
    if ("refused" in base) throw new WordOperationError(base.refused.reason === "unavailable" ? "state-unavailable" : "state-unreadable", base.refused.reason);
    const model = mergeState(base.base, change);
    port.snapshot.state = { status: "ok", version: 2, xml: statePartXml(model), model };
    return model;
  }
  // As the real adapter: recording parameter data never fails the drafter's operation.
  function recordQuietly(change: StoredState): void {
    if ("base" in writeBase(port.snapshot.state)) writeState(change);
  }
  return port;
}

function appendHeading(snapshot: DocumentSnapshot, heading: LeadingHeading): void {
  snapshot.paragraphs.push({
    index: snapshot.paragraphs.length,
    text: heading.text,
    styleId: `Heading${heading.level}`,
    styleName: `heading ${heading.level}`,
    headingLevel: heading.level,
    listLevel: null,
    inTable: false,
    bold: false,
    contentControlTags: [],
  });
}

function appendBlock(snapshot: DocumentSnapshot, block: RenderedBlock): void {
  const start = snapshot.paragraphs.length;
  snapshot.contentControls.push({
    tag: block.tag,
    title: block.title,
    start,
    end: start + block.paragraphs.length - 1,
    parentTag: null,
    text: block.paragraphs.map((p) => p.segments.map((s) => s.text).join("")).join("\n"),
    kind: "block",
  });
  block.paragraphs.forEach((paragraph, offset) => {
    const text = paragraph.segments.map((segment) => segment.text).join("");
    const snapshotParagraph: ParagraphSnapshot = {
      index: start + offset,
      text,
      styleId: paragraph.kind === "heading" ? `Heading${block.headingLevel}` : null,
      styleName: paragraph.kind === "heading" ? `heading ${block.headingLevel}` : null,
      headingLevel: paragraph.kind === "heading" ? block.headingLevel : null,
      listLevel: paragraph.kind === "bullet" ? paragraph.listLevel : null,
      inTable: false,
      bold: false,
      contentControlTags: [block.tag],
    };
    snapshot.paragraphs.push(snapshotParagraph);
    for (const segment of paragraph.segments) {
      if (segment.kind === "param") {
        snapshot.contentControls.push({
          tag: `nota:param:${segment.name}`,
          title: segment.name,
          start: start + offset,
          end: start + offset,
          parentTag: block.tag,
          text: segment.text,
          kind: "inline",
        });
      }
    }
  });
}
