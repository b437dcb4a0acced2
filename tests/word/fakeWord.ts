// A small, self-contained fake of the Word objects the adapter uses, for tests and the sync benchmark
// (plain node: no jest, no office-addin-mock). It behaves like office-js where the adapter depends on it:
//   - commands are queued and run at `sync()`, in order; a failing command rejects the sync and drops the
//     rest of the batch, while earlier commands stay applied (batches are not transactions);
//   - properties can be read only after `load` + `sync` (reading earlier throws);
//   - objects returned by methods exist only once their command has run.
// The document model: paragraphs in order, each with runs (text, deleted text, inline controls), the
// block controls containing it and the tables containing it (each outermost first; a table's and a
// control's `parent` fields say how the two chains interleave).

export interface FakeInlineSpec {
  tag: string;
  title?: string;
  text: string;
  plainText?: boolean;
}

/** A run of a paragraph: text (a tracked deletion when `deleted`), or an inline control. */
export type FakeRunSpec = { text: string; deleted?: boolean } | { inline: FakeInlineSpec };

export interface FakeParagraphSpec {
  text?: string;
  /** Runs in order, after `text` and before `inline` and `deleted`: for text split into runs, deletions and controls anywhere. */
  runs?: FakeRunSpec[];
  /** Tracked deletion at the end of the paragraph: in `text`, not in the reviewed text. */
  deleted?: string;
  /** Inline controls appended after `text`. */
  inline?: FakeInlineSpec[];
  style?: string;
  styleBuiltIn?: string;
  outlineLevel?: number;
  listLevel?: number | null;
  /**
   * Without `{ table }` entries in `controls`: that many tables of the paragraph's own around it, inside
   * its controls. With them, the paragraph's level is the number of those entries and this is ignored.
   */
  tableNestingLevel?: number;
  bold?: boolean;
  /**
   * What contains the paragraph, outermost first: block controls by tag, tables as `{ table: name }`;
   * equal tags (names) on adjacent paragraphs are one control (table).
   */
  controls?: (string | FakeTableRef)[];
}

/** A table in a paragraph's `controls` chain; the name only tells tables apart in the spec. */
export interface FakeTableRef {
  table: string;
}

export interface FakeCommentSpec {
  author: string;
  date: string;
  content: string;
  resolved?: boolean;
  paragraph: number;
  quoted: string;
}

export interface FakeDocumentSpec {
  paragraphs: FakeParagraphSpec[];
  comments?: FakeCommentSpec[];
  parts?: { namespace: string; xml: string }[];
  /** Titles of block controls by tag (default: the tag). */
  controlTitles?: Record<string, string>;
  /** Index of the paragraph holding the selection's end. */
  selection?: number;
}

export interface Run {
  text: string;
  deleted?: boolean;
  control?: Control;
}

export interface ListRef {
  id: number;
  level: number;
}

export interface Para {
  runs: Run[];
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  list: ListRef | null;
  /** Always `tables.length`. */
  tableNestingLevel: number;
  bold: boolean;
  blocks: Control[];
  /** The tables containing the paragraph, outermost first. */
  tables: Table[];
}

export interface Table {
  name: string;
  /** The nearest content control containing the table. */
  parent: Control | null;
  /** The table whose cell holds this one. */
  parentTable: Table | null;
}

export interface Control {
  id: number;
  tag: string;
  title: string;
  plainText: boolean;
  inline: boolean;
  parent: Control | null;
}

export interface Comment {
  author: string;
  date: Date;
  content: string;
  resolved: boolean;
  para: Para;
  quoted: string;
  /** Where in the paragraph a comment added through the API is anchored. */
  span?: TextSpan;
}

/**
 * A place in the model a range stands for: a whole paragraph, one run, characters [start, end) of a
 * paragraph's text (a search hit; it may span runs and controls), or a control.
 */
type Place = { para: Para; run?: Run; span?: TextSpan } | { control: Control };

/** Characters [start, end) of a paragraph's text (deleted runs included, as Word's search sees it). */
export interface TextSpan {
  start: number;
  end: number;
}

export class FakeWordError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

export class FakeDocument {
  paragraphs: Para[] = [];
  comments: Comment[] = [];
  parts: { namespace: string; xml: string }[] = [];
  /** Word accepts custom XML part writes but keeps nothing (as parts added on the web went missing, OfficeDev/office-js#1742). */
  dropPartWrites = false;
  selection: Para | null = null;
  selected: Control | null = null;
  /** Text selected through a range (a search hit): its paragraph and characters. */
  selectedText: { para: Para; span: TextSpan } | null = null;
  private nextId = 1;
  private nextList = 1;

  constructor(spec: FakeDocumentSpec) {
    const open: (Control | Table)[] = [];
    const nameOf = (item: Control | Table) => (isControl(item) ? item.tag : { table: item.name });
    const same = (a: string | FakeTableRef, b: string | FakeTableRef) =>
      typeof a === "string" || typeof b === "string" ? a === b : a.table === b.table;
    let anonymous = 0;
    for (const p of spec.paragraphs) {
      const chain = [...(p.controls ?? [])];
      if (!chain.some((entry) => typeof entry !== "string")) {
        for (let level = 0; level < (p.tableNestingLevel ?? 0); level++) chain.push({ table: `\u0000anonymous ${++anonymous}` });
      }
      let depth = 0;
      while (depth < chain.length && depth < open.length && same(nameOf(open[depth]), chain[depth])) depth++;
      open.length = depth;
      for (const entry of chain.slice(depth)) {
        const control = lastOf(open, isControl);
        open.push(
          typeof entry === "string"
            ? this.newControl(entry, spec.controlTitles?.[entry] ?? entry, false, false, control)
            : { name: entry.table, parent: control, parentTable: lastOf(open, isTable) },
        );
      }
      const tables = open.filter(isTable);
      const para: Para = {
        runs: [],
        style: p.style ?? p.styleBuiltIn ?? "Normal",
        styleBuiltIn: p.styleBuiltIn ?? "Normal",
        outlineLevel: p.outlineLevel ?? 10,
        list: p.listLevel == null ? null : { id: 0, level: p.listLevel },
        tableNestingLevel: tables.length,
        bold: p.bold ?? false,
        blocks: open.filter(isControl),
        tables,
      };
      if (p.text) para.runs.push({ text: p.text });
      const inlineRun = (inline: FakeInlineSpec): Run => {
        const parent = lastOf(open, isControl);
        const control = this.newControl(inline.tag, inline.title ?? inline.tag, inline.plainText ?? false, true, parent);
        return { text: inline.text, control };
      };
      for (const run of p.runs ?? []) para.runs.push("inline" in run ? inlineRun(run.inline) : { ...run });
      for (const inline of p.inline ?? []) para.runs.push(inlineRun(inline));
      if (p.deleted) para.runs.push({ text: p.deleted, deleted: true });
      this.paragraphs.push(para);
    }
    this.comments = (spec.comments ?? []).map((c) => ({
      author: c.author,
      date: new Date(c.date),
      content: c.content,
      resolved: c.resolved ?? false,
      para: this.paragraphs[c.paragraph],
      quoted: c.quoted,
    }));
    this.parts = spec.parts ?? [];
    this.selection = this.paragraphs[spec.selection ?? this.paragraphs.length - 1] ?? null;
  }

  newControl(tag: string, title: string, plainText: boolean, inline: boolean, parent: Control | null): Control {
    return { id: this.nextId++, tag, title, plainText, inline, parent };
  }

  newList(): number {
    return this.nextList++;
  }

  text(para: Para, reviewed = false): string {
    return para.runs
      .filter((run) => !(reviewed && run.deleted))
      .map((run) => run.text)
      .join("");
  }

  /** All controls in document order. */
  controls(): Control[] {
    const seen = new Set<Control>();
    const order: Control[] = [];
    for (const para of this.paragraphs) {
      for (const control of [...para.blocks, ...para.runs.flatMap((run) => (run.control ? [run.control] : []))]) {
        if (!seen.has(control)) {
          seen.add(control);
          order.push(control);
        }
      }
    }
    return order;
  }

  paragraphsOf(control: Control): Para[] {
    return control.inline
      ? this.paragraphs.filter((para) => para.runs.some((run) => run.control === control))
      : this.paragraphs.filter((para) => para.blocks.includes(control));
  }

  controlText(control: Control): string {
    if (control.inline) {
      return this.paragraphsOf(control)[0]?.runs.find((run) => run.control === control)?.text ?? "";
    }
    return this.paragraphsOf(control)
      .map((para) => this.text(para))
      .join("\n");
  }

  /** A new paragraph in `blocks` and `tables` (by default the template's tables). */
  insertAt(index: number, template: Para | null, blocks: Control[], text: string, tables: Table[] = template?.tables ?? []): Para {
    const para: Para = {
      runs: text ? [{ text }] : [],
      style: template?.style ?? "Normal",
      styleBuiltIn: template?.styleBuiltIn ?? "Normal",
      outlineLevel: template?.outlineLevel ?? 10,
      // Like Word, a new paragraph continues the formatting, list membership included, of its template.
      list: template?.list ? { ...template.list } : null,
      tableNestingLevel: tables.length,
      bold: template?.bold ?? false,
      blocks: [...blocks],
      tables: [...tables],
    };
    this.paragraphs.splice(index, 0, para);
    return para;
  }

  removeControl(control: Control, keepContent: boolean): void {
    const nested = new Set(this.controls().filter((c) => this.isWithin(c, control)));
    if (control.inline) {
      for (const para of this.paragraphs) {
        para.runs = keepContent
          ? para.runs.map((run) => (run.control === control ? { text: run.text } : run))
          : para.runs.filter((run) => run.control !== control);
      }
      return;
    }
    if (keepContent) {
      for (const para of this.paragraphs) para.blocks = para.blocks.filter((c) => c !== control);
      return;
    }
    this.paragraphs = this.paragraphs.filter((para) => !para.blocks.includes(control));
    for (const para of this.paragraphs) para.runs = para.runs.filter((run) => !run.control || !nested.has(run.control));
  }

  isWithin(control: Control, ancestor: Control): boolean {
    for (let c: Control | null = control; c; c = c.parent) if (c === ancestor) return true;
    return false;
  }

  /** The controls of `para` that contain `table` (a prefix of `para.blocks`). */
  controlsAround(table: Table, para: Para): Control[] {
    return para.blocks.filter((control) => table.parent !== null && this.isWithin(table.parent, control));
  }

  /** The tables of `para` that contain `control`: those not inside it. */
  tablesAround(control: Control, para: Para): Table[] {
    return para.tables.filter((table) => table.parent === null || !this.isWithin(table.parent, control));
  }

  /** A readable dump for assertions: one line per paragraph; tables show as `[table:<name>]` in the chain. */
  describe(): string[] {
    return this.paragraphs.map((para) => {
      const chain: string[] = para.blocks.map((c) => `[${c.tag}]`);
      // Insert from the innermost table out, so earlier positions stay valid.
      for (const table of [...para.tables].reverse()) {
        chain.splice(this.controlsAround(table, para).length, 0, `[table:${table.name.startsWith("\u0000") ? "" : table.name}]`);
      }
      const blocks = chain.join("");
      const runs = para.runs
        .map((run) => (run.control ? `{${run.control.tag}${run.control.plainText ? " plain" : ""}:${run.text}}` : run.deleted ? `<del ${run.text}>` : run.text))
        .join("");
      const list = para.list ? ` (list ${para.list.id}, level ${para.list.level})` : "";
      return `${blocks}${blocks ? " " : ""}${para.styleBuiltIn}${list}: ${runs}`;
    });
  }
}

function isControl(item: Control | Table): item is Control {
  return "tag" in item;
}

function isTable(item: Control | Table): item is Table {
  return !isControl(item);
}

function lastOf<T extends Control | Table>(items: readonly (Control | Table)[], is: (item: Control | Table) => item is T): T | null {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (is(item)) return item;
  }
  return null;
}

type Command = () => void;

/** Counts syncs and lets a test make one command fail. */
export class FakeContext {
  readonly document: FakeDocumentProxy;
  syncs = 0;
  /** Names of the commands run, in order, e.g. "FakeParagraph.insertParagraph(After)", "FakeParagraphs.load($none)". */
  readonly log: string[] = [];
  private queue: Command[] = [];
  private failures: { command: string; remaining: number }[] = [];
  private readonly afterSyncs = new Map<number, () => void>();

  constructor(readonly model: FakeDocument) {
    this.document = new FakeDocumentProxy(this);
  }

  /** Makes the `occurrence`-th run (1-based) of a command whose name starts with `command` fail. */
  failOn(command: string, occurrence = 1): void {
    this.failures.push({ command, remaining: occurrence });
  }

  /** Runs `change` right after the `count`-th sync (1-based): another writer acting between two batches. */
  afterSync(count: number, change: () => void): void {
    this.afterSyncs.set(count, change);
  }

  enqueue(name: string, command: Command): void {
    this.queue.push(() => {
      const failure = this.failures.find((f) => name.startsWith(f.command));
      if (failure && --failure.remaining === 0) {
        this.failures = this.failures.filter((f) => f !== failure);
        throw new FakeWordError("GeneralException", `${name} was rejected`);
      }
      this.log.push(name);
      command();
    });
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const batch = this.queue;
    this.queue = [];
    for (const command of batch) command();
    this.afterSyncs.get(this.syncs)?.();
  }
}

class ClientResult<T> {
  private known = false;
  private result: T | undefined;

  set(value: T): void {
    this.result = value;
    this.known = true;
  }

  get value(): T {
    if (!this.known) throw new FakeWordError("PropertyNotLoaded", "value read before sync");
    return this.result as T;
  }
}

type TargetOf<P> = P extends { bind(target: infer U): unknown } ? U : never;

/** A proxy bound to a model object that is known when its first command runs. */
abstract class Proxy<T> {
  private target: T | undefined;
  private bound = false;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolve?: () => T,
  ) {}

  bind(target: T): this {
    this.target = target;
    this.bound = true;
    return this;
  }

  protected get model(): T {
    if (!this.bound) {
      if (!this.resolve) throw new FakeWordError("InvalidObjectPath", `${this.constructor.name} was never created`);
      this.bind(this.resolve());
    }
    return this.target as T;
  }

  protected abstract capture(target: T, property: string): unknown;

  load(properties = ""): this {
    const names = properties.split(",").map((name) => name.trim().replace(/^items\//, "")).filter(Boolean);
    this.ctx.enqueue(`${this.constructor.name}.load(${properties})`, () => {
      for (const name of names) this.loaded.set(name, this.capture(this.model, name));
    });
    return this;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) {
      throw new FakeWordError("PropertyNotLoaded", `${this.constructor.name}.${property} read before load and sync`);
    }
    return this.loaded.get(property) as V;
  }

  protected run(name: string, command: (target: T) => void): void {
    this.ctx.enqueue(`${this.constructor.name}.${name}`, () => command(this.model));
  }

  protected create<P extends Proxy<unknown>>(proxy: P, name: string, make: (target: T) => TargetOf<P>): P {
    this.ctx.enqueue(`${this.constructor.name}.${name}`, () => proxy.bind(make(this.model)));
    return proxy;
  }
}

abstract class CollectionProxy<T, P> extends Proxy<T[]> {
  private itemProxies: P[] | null = null;

  protected abstract item(target: T): P & { loadNow(names: string[]): void };

  override load(properties = ""): this {
    const names = properties.split(",").map((name) => name.trim().replace(/^items\//, "")).filter(Boolean);
    this.ctx.enqueue(`${this.constructor.name}.load(${properties})`, () => {
      this.itemProxies = this.model.map((target) => {
        const proxy = this.item(target);
        proxy.loadNow(names.filter((name) => name !== "$none"));
        return proxy;
      });
    });
    return this;
  }

  get items(): P[] {
    if (this.itemProxies === null) throw new FakeWordError("PropertyNotLoaded", `${this.constructor.name}.items read before load and sync`);
    return this.itemProxies;
  }

  protected capture(): unknown {
    return undefined;
  }
}

/** Mixin-free helper: loads captured immediately (used when a collection loads its items). */
function loadNow<T>(proxy: Proxy<T>, names: string[]): void {
  const self = proxy as unknown as { loaded: Map<string, unknown>; capture(t: T, n: string): unknown; model: T };
  for (const name of names) self.loaded.set(name, self.capture(self.model, name));
}

class FakeDocumentProxy {
  readonly body: FakeBody;
  readonly customXmlParts: FakeCustomXmlParts;

  constructor(private readonly ctx: FakeContext) {
    this.body = new FakeBody(ctx);
    this.customXmlParts = new FakeCustomXmlParts(ctx);
  }

  getSelection(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const para = this.ctx.model.selection;
      if (!para) throw new FakeWordError("ItemNotFound", "no selection");
      return { para };
    });
  }
}

class FakeBody {
  constructor(private readonly ctx: FakeContext) {}

  get paragraphs(): FakeParagraphs {
    return new FakeParagraphs(this.ctx, () => this.ctx.model.paragraphs);
  }

  get contentControls(): FakeControls {
    return new FakeControls(this.ctx, () => this.ctx.model.controls().filter((c) => !c.plainText));
  }

  getContentControls(options: { types: string[] }): FakeControls {
    const types = options.types;
    return new FakeControls(this.ctx, () =>
      this.ctx.model.controls().filter((c) => types.includes(c.plainText ? "PlainText" : "RichText")),
    );
  }

  getComments(): FakeComments {
    return new FakeComments(this.ctx, () => this.ctx.model.comments);
  }

  insertParagraph(text: string, location: "Start" | "End"): FakeParagraph {
    const proxy = new FakeParagraph(this.ctx);
    this.ctx.enqueue(`Body.insertParagraph(${location})`, () => {
      const model = this.ctx.model;
      const index = location === "Start" ? 0 : model.paragraphs.length;
      proxy.bind(model.insertAt(index, null, [], text));
    });
    return proxy;
  }

  search(text: string): FakeRanges {
    return new FakeRanges(this.ctx, () =>
      this.ctx.model.paragraphs.filter((para) => this.ctx.model.text(para).includes(text)).map((para) => ({ para })),
    );
  }
}

class FakeParagraphs extends CollectionProxy<Para, FakeParagraph> {
  protected item(target: Para): FakeParagraph {
    return new FakeParagraph(this.ctx).bind(target);
  }

  getFirst(): FakeParagraph {
    return new FakeParagraph(this.ctx, () => this.first(this.model));
  }

  getLast(): FakeParagraph {
    return new FakeParagraph(this.ctx, () => this.first([...this.model].reverse()));
  }

  private first(list: Para[]): Para {
    if (list.length === 0) throw new FakeWordError("ItemNotFound", "empty paragraph collection");
    return list[0];
  }
}

class FakeParagraph extends Proxy<Para> {
  loadNow(names: string[]): void {
    loadNow(this, names);
  }

  protected capture(para: Para, property: string): unknown {
    const doc = this.ctx.model;
    switch (property) {
      case "text":
        return doc.text(para);
      case "style":
        return para.style;
      case "styleBuiltIn":
        return para.styleBuiltIn;
      case "outlineLevel":
        return para.outlineLevel;
      case "isListItem":
        return para.list !== null;
      case "tableNestingLevel":
        return para.tableNestingLevel;
      case "font/bold":
        return para.bold;
      default:
        throw new FakeWordError("InvalidArgument", `Paragraph has no property ${property}`);
    }
  }

  get text(): string {
    return this.read("text");
  }
  get style(): string {
    return this.read("style");
  }
  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  set styleBuiltIn(value: string) {
    this.run(`set styleBuiltIn=${value}`, (para) => {
      para.styleBuiltIn = value;
      para.style = value;
    });
  }
  get outlineLevel(): number {
    return this.read("outlineLevel");
  }
  get isListItem(): boolean {
    return this.read("isListItem");
  }
  get tableNestingLevel(): number {
    return this.read("tableNestingLevel");
  }
  get font(): { bold: boolean } {
    return { bold: this.read("font/bold") };
  }

  get parentContentControlOrNullObject(): FakeControl {
    return new FakeControl(this.ctx, () => this.model.blocks[this.model.blocks.length - 1] ?? null);
  }

  get parentTable(): FakeTable {
    return new FakeTable(this.ctx, () => existing(this.model.tables[this.model.tables.length - 1], "paragraph is not in a table"));
  }

  get parentTableOrNullObject(): FakeTable {
    return new FakeTable(this.ctx, () => this.model.tables[this.model.tables.length - 1] ?? null);
  }

  get listItemOrNullObject(): FakeListItem {
    return new FakeListItem(this.ctx, () => (this.model.list ? this.model : null));
  }

  get listItem(): FakeListItem {
    return new FakeListItem(this.ctx, () => {
      if (!this.model.list) throw new FakeWordError("ItemNotFound", "paragraph is not a list item");
      return this.model;
    });
  }

  getReviewedText(version: "Current" | "Original"): ClientResult<string> {
    const result = new ClientResult<string>();
    this.run("getReviewedText", (para) => result.set(this.ctx.model.text(para, version === "Current")));
    return result;
  }

  getRange(location: string): FakeRange {
    if (location === "Content") return new FakeRange(this.ctx, () => ({ para: this.model, span: { start: 0, end: this.ctx.model.text(this.model).length } }));
    if (location !== "Whole") throw new FakeWordError("NotImplemented", `getRange(${location})`);
    return new FakeRange(this.ctx, () => ({ para: this.model }));
  }

  /** Word moves the selection (the cursor) to the paragraph. */
  select(): void {
    this.run("select", (para) => {
      this.ctx.model.selection = para;
      this.ctx.model.selected = null;
      this.ctx.model.selectedText = null;
    });
  }

  /**
   * Word's search within the paragraph: hits left to right, not overlapping, across runs and inline
   * controls. Like Word on the desktop, a text longer than 255 characters finds nothing (without error).
   */
  search(text: string, options?: { matchCase?: boolean }): FakeRanges {
    return new FakeRanges(this.ctx, () => {
      const para = this.model;
      if (text.length > 255 || text === "") return [];
      const fold = (value: string) => (options?.matchCase ? value : value.toLowerCase());
      const haystack = fold(this.ctx.model.text(para));
      const needle = fold(text);
      const hits: Place[] = [];
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
        hits.push({ para, span: { start: at, end: at + needle.length } });
      }
      return hits;
    });
  }

  insertParagraph(text: string, location: "Before" | "After"): FakeParagraph {
    return this.create(new FakeParagraph(this.ctx), `insertParagraph(${location})`, (para) => {
      const doc = this.ctx.model;
      const index = doc.paragraphs.indexOf(para) + (location === "After" ? 1 : 0);
      return doc.insertAt(index, para, para.blocks, text);
    });
  }

  insertText(text: string, location: "Replace" | "Start" | "End"): FakeRange {
    return this.create(new FakeRange(this.ctx), `insertText(${location})`, (para) => {
      const run: Run = { text };
      if (location === "Replace") para.runs = [run];
      else if (location === "Start") para.runs.unshift(run);
      else para.runs.push(run);
      return { para, run };
    });
  }

  insertContentControl(): FakeControl {
    return this.create(new FakeControl(this.ctx), "insertContentControl", (para) => {
      const control = this.ctx.model.newControl("", "", false, false, para.blocks[para.blocks.length - 1] ?? null);
      para.blocks.push(control);
      return control;
    });
  }

  detachFromList(): void {
    this.run("detachFromList", (para) => {
      para.list = null;
    });
  }

  startNewList(): FakeList {
    return this.create(new FakeList(this.ctx), "startNewList", (para) => {
      if (para.list) throw new FakeWordError("InvalidArgument", "paragraph is already a list item");
      para.list = { id: this.ctx.model.newList(), level: 0 };
      return para;
    });
  }

  delete(): void {
    this.run("delete", (para) => {
      const doc = this.ctx.model;
      doc.paragraphs = doc.paragraphs.filter((p) => p !== para);
    });
  }
}

class FakeListItem extends Proxy<Para | null> {
  protected capture(para: Para | null, property: string): unknown {
    if (property !== "level") throw new FakeWordError("InvalidArgument", `ListItem has no property ${property}`);
    return para?.list?.level;
  }

  get isNullObject(): boolean {
    return this.read<unknown>("level") === undefined;
  }
  get level(): number {
    return this.read("level");
  }
  set level(value: number) {
    this.run(`set level=${value}`, (para) => {
      if (!para?.list) throw new FakeWordError("ItemNotFound", "not a list item");
      para.list.level = value;
    });
  }
}

/** A list, represented by its first paragraph. */
class FakeList extends Proxy<Para> {
  protected capture(): unknown {
    return undefined;
  }

  setLevelBullet(level: number, bullet: string): void {
    this.run(`setLevelBullet(${level},${bullet})`, () => undefined);
  }

  insertParagraph(text: string, location: "End"): FakeParagraph {
    return this.create(new FakeParagraph(this.ctx), `insertParagraph(${location})`, (first) => {
      const doc = this.ctx.model;
      const id = first.list?.id;
      if (id === undefined) throw new FakeWordError("ItemNotFound", "the list no longer exists");
      const members = doc.paragraphs.filter((p) => p.list?.id === id);
      const last = members[members.length - 1];
      return doc.insertAt(doc.paragraphs.indexOf(last) + 1, last, last.blocks, text);
    });
  }
}

class FakeControls extends CollectionProxy<Control, FakeControl> {
  protected item(target: Control): FakeControl {
    return new FakeControl(this.ctx).bind(target);
  }

  getByTag(tag: string): FakeControls {
    return new FakeControls(this.ctx, () => this.model.filter((c) => c.tag === tag));
  }

  getFirstOrNullObject(): FakeControl {
    return new FakeControl(this.ctx, () => this.model[0] ?? null);
  }
}

class FakeControl extends Proxy<Control | null> {
  loadNow(names: string[]): void {
    loadNow(this, names);
  }

  private get control(): Control {
    const control = this.model;
    if (!control) throw new FakeWordError("ItemNotFound", "null object");
    return control;
  }

  protected capture(control: Control | null, property: string): unknown {
    if (control === null) return undefined;
    const doc = this.ctx.model;
    switch (property) {
      case "id":
        return control.id;
      case "tag":
        return control.tag;
      case "title":
        return control.title;
      case "text":
        return doc.controlText(control);
      case "subtype":
        return `${control.plainText ? "PlainText" : "RichText"}${control.inline ? "Inline" : control.plainText ? "Paragraph" : "Paragraphs"}`;
      default:
        throw new FakeWordError("InvalidArgument", `ContentControl has no property ${property}`);
    }
  }

  get isNullObject(): boolean {
    return this.read<unknown>("id") === undefined;
  }
  get id(): number {
    return this.read("id");
  }
  get tag(): string {
    return this.read("tag");
  }
  set tag(value: string) {
    this.run(`set tag=${value}`, () => {
      this.control.tag = value;
    });
  }
  get title(): string {
    return this.read("title");
  }
  set title(value: string) {
    this.run(`set title=${value}`, () => {
      this.control.title = value;
    });
  }
  get text(): string {
    return this.read("text");
  }
  get subtype(): string {
    return this.read("subtype");
  }

  get parentContentControlOrNullObject(): FakeControl {
    return new FakeControl(this.ctx, () => this.control.parent);
  }

  getRange(location: string): FakeRange {
    if (location !== "Whole") throw new FakeWordError("NotImplemented", `getRange(${location})`);
    return new FakeRange(this.ctx, () => ({ control: this.control }));
  }

  getReviewedText(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.run("getReviewedText", () => result.set(this.ctx.model.controlText(this.control)));
    return result;
  }

  insertParagraph(text: string, location: "Before" | "After" | "Start" | "End"): FakeParagraph {
    return this.create(new FakeParagraph(this.ctx), `insertParagraph(${location})`, () => {
      const control = this.control;
      const doc = this.ctx.model;
      const members = doc.paragraphsOf(control);
      if (control.inline || members.length === 0) throw new FakeWordError("InvalidArgument", "not a block control");
      const first = members[0];
      const last = members[members.length - 1];
      const outside = first.blocks.slice(0, first.blocks.indexOf(control));
      const inside = [...outside, control];
      const tables = doc.tablesAround(control, first);
      switch (location) {
        case "Before":
          return doc.insertAt(doc.paragraphs.indexOf(first), first, outside, text, tables);
        case "Start":
          return doc.insertAt(doc.paragraphs.indexOf(first), first, inside, text, tables);
        case "End":
          return doc.insertAt(doc.paragraphs.indexOf(last) + 1, last, inside, text, tables);
        case "After":
          return doc.insertAt(doc.paragraphs.indexOf(last) + 1, last, outside, text, tables);
      }
    });
  }

  /** A table at the control's end (WordApi 1.3): one new paragraph per cell, row by row, holding `values`. */
  insertTable(rowCount: number, columnCount: number, location: "End", values: string[][]): FakeTable {
    return this.create(new FakeTable(this.ctx), `insertTable(${location})`, () => {
      const control = this.control;
      const doc = this.ctx.model;
      const members = doc.paragraphsOf(control);
      if (control.inline || members.length === 0) throw new FakeWordError("InvalidArgument", "not a block control");
      const last = members[members.length - 1];
      const around = doc.tablesAround(control, last);
      const table: Table = { name: "\u0000inserted", parent: control, parentTable: around[around.length - 1] ?? null };
      const inside = [...last.blocks.slice(0, last.blocks.indexOf(control)), control];
      let index = doc.paragraphs.indexOf(last) + 1;
      for (let row = 0; row < rowCount; row++) {
        for (let column = 0; column < columnCount; column++) {
          doc.insertAt(index++, null, inside, values[row]?.[column] ?? "", [...around, table]);
        }
      }
      return table;
    });
  }

  insertText(text: string, location: "Replace"): void {
    this.run(`insertText(${location})`, () => {
      const control = this.control;
      const doc = this.ctx.model;
      if (!control.inline) {
        // A block control's content becomes one paragraph (the first, with its formatting) holding the text.
        const [first, ...rest] = doc.paragraphsOf(control);
        if (first === undefined) throw new FakeWordError("ItemNotFound", "empty control");
        first.runs = [{ text }];
        doc.paragraphs = doc.paragraphs.filter((para) => !rest.includes(para));
        return;
      }
      for (const para of doc.paragraphs) {
        for (const run of para.runs) if (run.control === control) run.text = text;
      }
    });
  }

  delete(keepContent: boolean): void {
    this.run(`delete(${keepContent})`, () => this.ctx.model.removeControl(this.control, keepContent));
  }

  select(): void {
    this.run("select", () => {
      this.ctx.model.selected = this.control;
    });
  }
}

function existing<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new FakeWordError("ItemNotFound", message);
  return value;
}

/** A table (WordApi 1.3): its nesting, what contains it, and a paragraph before or after it. */
class FakeTable extends Proxy<Table | null> {
  private get table(): Table {
    const table = this.model;
    if (!table) throw new FakeWordError("ItemNotFound", "null object");
    return table;
  }

  protected capture(table: Table | null, property: string): unknown {
    if (property !== "nestingLevel") throw new FakeWordError("InvalidArgument", `Table has no property ${property}`);
    let level = 0;
    for (let t = table; t; t = t.parentTable) level++;
    return table === null ? undefined : level;
  }

  get isNullObject(): boolean {
    return this.read<unknown>("nestingLevel") === undefined;
  }
  get nestingLevel(): number {
    return this.read("nestingLevel");
  }

  get parentTable(): FakeTable {
    return new FakeTable(this.ctx, () => existing(this.table.parentTable ?? undefined, "table is not in a table"));
  }

  get parentTableOrNullObject(): FakeTable {
    return new FakeTable(this.ctx, () => this.table.parentTable);
  }

  get parentContentControlOrNullObject(): FakeControl {
    return new FakeControl(this.ctx, () => this.table.parent);
  }

  insertParagraph(text: string, location: "Before" | "After"): FakeParagraph {
    return this.create(new FakeParagraph(this.ctx), `insertParagraph(${location})`, () => {
      const table = this.table;
      const doc = this.ctx.model;
      const members = doc.paragraphs.filter((para) => para.tables.includes(table));
      if (members.length === 0) throw new FakeWordError("ItemNotFound", "the table no longer exists");
      const edge = location === "Before" ? members[0] : members[members.length - 1];
      const outside = edge.tables.slice(0, edge.tables.indexOf(table));
      const index = doc.paragraphs.indexOf(edge) + (location === "After" ? 1 : 0);
      return doc.insertAt(index, edge, doc.controlsAround(table, edge), text, outside);
    });
  }
}

class FakeRanges extends CollectionProxy<Place, FakeRange> {
  protected item(target: Place): FakeRange {
    return new FakeRange(this.ctx).bind(target);
  }
}

class FakeRange extends Proxy<Place> {
  loadNow(names: string[]): void {
    loadNow(this, names);
  }

  protected capture(place: Place, property: string): unknown {
    if (property !== "text") throw new FakeWordError("InvalidArgument", `Range has no property ${property}`);
    return this.textOf(place, false);
  }

  private textOf(place: Place, reviewed: boolean): string {
    const doc = this.ctx.model;
    if ("control" in place) return doc.controlText(place.control);
    if (place.run) return place.run.text;
    if (place.span) return doc.text(place.para).slice(place.span.start, place.span.end);
    return doc.text(place.para, reviewed);
  }

  private paragraphsOf(place: Place): Para[] {
    return "control" in place ? this.ctx.model.paragraphsOf(place.control) : [place.para];
  }

  get text(): string {
    return this.read("text");
  }

  get paragraphs(): FakeParagraphs {
    return new FakeParagraphs(this.ctx, () => this.paragraphsOf(this.model));
  }

  getReviewedText(version: "Current" | "Original"): ClientResult<string> {
    const result = new ClientResult<string>();
    this.run("getReviewedText", (place) => result.set(this.textOf(place, version === "Current")));
    return result;
  }

  compareLocationWith(other: FakeRange): ClientResult<string> {
    const result = new ClientResult<string>();
    this.run("compareLocationWith", (place) => {
      const doc = this.ctx.model;
      const mine = doc.paragraphs.indexOf(this.paragraphsOf(place)[0]);
      const theirs = doc.paragraphs.indexOf(other.paragraphsOf(other.model)[0]);
      result.set(mine === theirs ? "Equal" : mine < theirs ? "Before" : "After");
    });
    return result;
  }

  /** A new range from the start of the earlier of the two to the end of the later (same paragraph only). */
  expandTo(other: FakeRange): FakeRange {
    return this.create(new FakeRange(this.ctx), "expandTo", (place) => {
      const theirs = other.model;
      if ("control" in place || "control" in theirs || !place.span || !theirs.span || place.para !== theirs.para) {
        throw new FakeWordError("NotImplemented", "expandTo between spans of one paragraph only");
      }
      return { para: place.para, span: { start: Math.min(place.span.start, theirs.span.start), end: Math.max(place.span.end, theirs.span.end) } };
    });
  }

  select(): void {
    this.run("select", (place) => {
      if ("control" in place || !place.span) throw new FakeWordError("NotImplemented", "select a span only");
      const doc = this.ctx.model;
      doc.selection = place.para;
      doc.selected = null;
      doc.selectedText = { para: place.para, span: place.span };
    });
  }

  /** WordApi 1.4. Word sets the author itself: the fake's signed-in user is "Ingelogde gebruiker". */
  insertComment(text: string): FakeComment {
    return this.create(new FakeComment(this.ctx), "insertComment", (place) => {
      if ("control" in place) throw new FakeWordError("NotImplemented", "comment on a control");
      const comment: Comment = {
        author: "Ingelogde gebruiker",
        date: new Date("2025-06-05T12:00:00Z"),
        content: text,
        resolved: false,
        para: place.para,
        quoted: this.textOf(place, false),
        span: place.span,
      };
      this.ctx.model.comments.push(comment);
      return comment;
    });
  }

  insertContentControl(type?: "PlainText"): FakeControl {
    return this.create(new FakeControl(this.ctx), `insertContentControl(${type ?? "RichText"})`, (place) => {
      if ("control" in place || !place.run) throw new FakeWordError("NotImplemented", "controls around runs only");
      const parent = place.para.blocks[place.para.blocks.length - 1] ?? null;
      const control = this.ctx.model.newControl("", "", type === "PlainText", true, parent);
      place.run.control = control;
      return control;
    });
  }
}

class FakeComments extends CollectionProxy<Comment, FakeComment> {
  protected item(target: Comment): FakeComment {
    return new FakeComment(this.ctx).bind(target);
  }
}

class FakeComment extends Proxy<Comment> {
  loadNow(names: string[]): void {
    loadNow(this, names);
  }

  protected capture(comment: Comment, property: string): unknown {
    switch (property) {
      case "authorName":
        return comment.author;
      case "creationDate":
        return comment.date;
      case "content":
        return comment.content;
      case "resolved":
        return comment.resolved;
      default:
        throw new FakeWordError("InvalidArgument", `Comment has no property ${property}`);
    }
  }

  get authorName(): string {
    return this.read("authorName");
  }
  get creationDate(): Date {
    return this.read("creationDate");
  }
  get content(): string {
    return this.read("content");
  }
  get resolved(): boolean {
    return this.read("resolved");
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const para = this.model.para;
      return { para, run: { text: this.model.quoted } };
    });
  }
}

/** The namespace of a part's root element, as Word files a part (a sketch: the root's default xmlns). */
export function rootNamespace(xml: string): string {
  return /^\s*<[^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
}

const partIds = new WeakMap<object, string>();
let partCount = 0;

/** A part's id, made up once per part object (Word's are GUIDs). */
function partId(part: object): string {
  let id = partIds.get(part);
  if (id === undefined) {
    id = `{part-${++partCount}}`;
    partIds.set(part, id);
  }
  return id;
}

class FakeCustomXmlParts {
  constructor(private readonly ctx: FakeContext) {}

  getByNamespace(namespace: string): FakeParts {
    return new FakeParts(this.ctx, () => this.ctx.model.parts.filter((part) => part.namespace === namespace));
  }

  add(xml: string): FakePart {
    const proxy = new FakePart(this.ctx);
    this.ctx.enqueue("FakeCustomXmlParts.add", () => {
      const part = { namespace: rootNamespace(xml), xml };
      if (!this.ctx.model.dropPartWrites) this.ctx.model.parts.push(part);
      proxy.bind(part);
    });
    return proxy;
  }
}

class FakeParts extends CollectionProxy<{ namespace: string; xml: string }, FakePart> {
  protected item(target: { namespace: string; xml: string }): FakePart {
    return new FakePart(this.ctx).bind(target);
  }
}

class FakePart extends Proxy<{ namespace: string; xml: string }> {
  loadNow(names: string[]): void {
    loadNow(this, names);
  }

  protected capture(part: { namespace: string }, property: string): unknown {
    if (property !== "id") throw new FakeWordError("InvalidArgument", `CustomXmlPart has no property ${property}`);
    return partId(part);
  }

  get id(): string {
    return this.read("id");
  }

  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.run("getXml", (part) => result.set(part.xml));
    return result;
  }

  setXml(xml: string): void {
    this.run("setXml", (part) => {
      if (this.ctx.model.dropPartWrites) return;
      part.xml = xml;
      part.namespace = rootNamespace(xml);
    });
  }

  delete(): void {
    this.run("delete", (part) => {
      this.ctx.model.parts = this.ctx.model.parts.filter((other) => other !== part);
    });
  }
}

/**
 * The common API's `Office.context.document.customXmlParts` (WordApi 1.3 hosts) on the same document:
 * every call answers through its callback, later, like Office; `calls` counts the round trips.
 */
export class FakeCommonParts {
  calls = 0;
  private failures = new Set<string>();
  private readonly afterCalls = new Map<number, () => void>();

  constructor(readonly model: FakeDocument) {}

  /** Makes the next call of this method ("getByNamespaceAsync", "addAsync", "getXmlAsync", "deleteAsync") fail. */
  failOn(method: string): void {
    this.failures.add(method);
  }

  /** Runs `change` right after the `count`-th call (1-based) has answered. */
  afterCall(count: number, change: () => void): void {
    this.afterCalls.set(count, change);
  }

  getByNamespaceAsync(namespace: string, callback: (result: Office.AsyncResult<FakeCommonPart[]>) => void): void {
    this.answer("getByNamespaceAsync", callback, () =>
      this.model.parts.filter((part) => part.namespace === namespace).map((part) => new FakeCommonPart(this, part)),
    );
  }

  addAsync(xml: string, callback: (result: Office.AsyncResult<FakeCommonPart>) => void): void {
    this.answer("addAsync", callback, () => {
      const part = { namespace: rootNamespace(xml), xml };
      this.model.parts.push(part);
      return new FakeCommonPart(this, part);
    });
  }

  answer<T>(method: string, callback: (result: Office.AsyncResult<T>) => void, act: () => T): void {
    const count = ++this.calls;
    setTimeout(() => {
      if (this.failures.delete(method)) {
        callback({ status: "failed", error: { name: "GenericError", message: `${method} failed`, code: 5001 } } as unknown as Office.AsyncResult<T>);
      } else {
        callback({ status: "succeeded", value: act() } as unknown as Office.AsyncResult<T>);
      }
      this.afterCalls.get(count)?.();
    }, 0);
  }
}

export class FakeCommonPart {
  constructor(
    private readonly parts: FakeCommonParts,
    private readonly part: { namespace: string; xml: string },
  ) {}

  getXmlAsync(callback: (result: Office.AsyncResult<string>) => void): void {
    this.parts.answer("getXmlAsync", callback, () => this.part.xml);
  }

  deleteAsync(callback: (result: Office.AsyncResult<void>) => void): void {
    this.parts.answer("deleteAsync", callback, () => {
      this.parts.model.parts = this.parts.model.parts.filter((other) => other !== this.part);
    });
  }
}

/** The fake as the adapter's functions expect it. */
export function fakeWord(spec: FakeDocumentSpec): { context: Word.RequestContext; fake: FakeContext; doc: FakeDocument } {
  const doc = new FakeDocument(spec);
  const fake = new FakeContext(doc);
  return { context: fake as unknown as Word.RequestContext, fake, doc };
}
