// The document of a FakeDocumentSpec as office-addin-mock objects, with a sync counter and a record of
// what the code did. office-addin-mock mocks single objects; what it cannot express is filled in here,
// close to office-js:
//   - collections: `load("items/x")` loads `x` on every item and `items` itself (the mock's own load
//     only understands properties of one object); `load("$none")` loads the items only;
//   - *OrNullObject objects: any load also loads `isNullObject`;
//   - method results (ranges, ClientResults) are plain values computed from the document model;
//   - `insertText` on a content control changes the text a later load reads;
//   - tables: only what insertion needs to leave one (`parentTable`, `parentContentControlOrNullObject`,
//     `insertParagraph`);
//   - what `insertParagraph` and the like create are new mocks of their own (a paragraph, range,
//     content control, list), recorded in `calls` but not added to the document model: a later read
//     does not see them.
// The mock's `sync` is replaced by one that counts and syncs every mock object created here; a test can
// make a given sync reject (`rejectSync`), like Word rejecting a batch. Commands run when called, so a
// rejected batch has applied all its commands.
//
// Recording: every method given in a mock's constructor data (office-addin-mock installs those as the
// object's own functions) is wrapped to log its call, and every mock is wrapped in a Proxy that logs
// property writes. Not logged: `load`, and the values office-addin-mock itself sets while loading and
// syncing (its internal `_` fields, and a property set to the mock's own current value for it) — so
// writing a property the value it was just loaded with goes unseen.
import { OfficeMockObject } from "office-addin-mock";
import { FakeDocument, rootNamespace, type Control, type FakeDocumentSpec, type Para, type Table } from "./fakeWord";

type MockData = Record<string, unknown>;
type Method = (this: unknown, ...args: unknown[]) => unknown;
/** office-addin-mock's (untyped-private) fields the recorder needs. */
interface MockChild {
  _isObject?: boolean;
  _value: unknown;
}
interface MockInternals {
  _properties: Map<string, MockChild>;
  setValue(name: string, value: unknown): void;
}

export interface MockWord {
  context: Word.RequestContext;
  /** Number of `context.sync()` calls so far. */
  syncs(): number;
  /** Calls of `insertText` on content controls: tag and new value. */
  textWrites: { tag: string; value: string }[];
  /** Calls of `select` on content controls, by tag. */
  selections: string[];
  /** Calls of `select` on paragraphs (their index) and on ranges of text (paragraph index and characters). */
  selected: ({ paragraph: number } | { paragraph: number; start: number; end: number })[];
  /** Comments added with `Range.insertComment`: paragraph index, characters, content. */
  addedComments: { paragraph: number; start: number; end: number; content: string }[];
  /**
   * In order: method calls, `<object>.<method>(<JSON args>)`, followed by ` → <object>` when the result
   * is a mock; property writes, `<object>.<property> = <JSON value>`; and `sync`. Objects read as their
   * labels: `paragraph <index>`, `control <tag>` (`#2`, … for a repeated tag), `table <name or number>`,
   * `body`, `document`, `selection`, …; what the code created as `new paragraph 1`, `new control 1`, ….
   */
  calls: string[];
  /** Makes the `count`-th `context.sync()` (1-based, counting from the start) reject with a GeneralException. */
  rejectSync(count: number): void;
}

const isPlainObject = (value: unknown): value is MockData =>
  value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;

export function mockWord(spec: FakeDocumentSpec): MockWord {
  const model = new FakeDocument(spec);
  const registry: OfficeMockObject[] = [];
  const textWrites: { tag: string; value: string }[] = [];
  const selections: string[] = [];
  const selected: MockWord["selected"] = [];
  const addedComments: MockWord["addedComments"] = [];
  const calls: string[] = [];
  const rejected = new Set<number>();
  let syncs = 0;

  // Recording.
  const labels = new WeakMap<object, string>();
  const raws = new WeakMap<object, OfficeMockObject>();
  const show = (value: unknown): string =>
    (value !== null && typeof value === "object" && labels.get(value)) ||
    (value instanceof OfficeMockObject ? "mock" : JSON.stringify(value));
  const recorded = (data: MockData, label: string): MockData =>
    Object.fromEntries(
      Object.entries(data).map(([name, value]) => {
        if (isPlainObject(value)) return [name, recorded(value, `${label}.${name}`)];
        if (typeof value !== "function" || name === "load") return [name, value];
        const method = value as Method;
        return [
          name,
          function (this: unknown, ...args: unknown[]) {
            const result = method.apply(this, args);
            const returned = result !== null && typeof result === "object" ? labels.get(result) : undefined;
            calls.push(`${label}.${name}(${args.map(show).join(", ")})${returned ? ` → ${returned}` : ""}`);
            return result;
          },
        ];
      }),
    );
  const tracked = (raw: OfficeMockObject, label: string): OfficeMockObject => {
    const internals = raw as unknown as MockInternals;
    // Populated sub-objects (a paragraph's `font`) are recorded too.
    for (const [name, child] of internals._properties) {
      if (!child._isObject) continue;
      const inner = tracked(child as unknown as OfficeMockObject, `${label}.${name}`);
      internals._properties.set(name, inner as unknown as MockChild);
      (raw as unknown as MockData)[name] = inner;
    }
    const proxy = new Proxy(raw, {
      set(target, name, value) {
        const own = typeof name === "string" ? internals._properties.get(name) : undefined;
        const bookkeeping =
          typeof name !== "string" || name.startsWith("_") || (own !== undefined && (value === own || value === own._value));
        if (!bookkeeping) calls.push(`${label}.${name} = ${show(value)}`);
        (target as unknown as Record<string | symbol, unknown>)[name] = value;
        return true;
      },
    });
    labels.set(proxy, label);
    raws.set(proxy, raw);
    return proxy;
  };
  /** Sets a navigation property while building the document, unrecorded and without populating it (keeps it shared). */
  const link = (owner: OfficeMockObject, name: string, value: unknown) => {
    ((raws.get(owner) ?? owner) as unknown as MockData)[name] = value;
  };

  const mock = (data: MockData, label = "mock"): OfficeMockObject => {
    const created = tracked(new OfficeMockObject(recorded(data, label)), label);
    registry.push(created);
    return created;
  };

  const nullable = (data: MockData | null, label: string): OfficeMockObject =>
    mock(
      {
        ...(data ?? {}),
        isNullObject: data === null,
        load(this: OfficeMockObject, properties: string) {
          OfficeMockObject.prototype.load.call(this, data === null ? "isNullObject" : `${properties},isNullObject`);
          return this;
        },
      },
      label,
    );

  const collection = (items: OfficeMockObject[], label: string, extra: MockData = {}): OfficeMockObject =>
    mock(
      {
        items,
        ...extra,
        load(this: OfficeMockObject, properties: string) {
          OfficeMockObject.prototype.load.call(this, "items");
          // "$none": the items, none of their properties.
          const perItem = properties
            .split(",")
            .map((name) => name.trim().replace(/^items\//, ""))
            .filter((name) => name !== "$none" && name !== "")
            .join(",");
          if (perItem) items.forEach((item) => item.load(perItem));
          return this;
        },
      },
      label,
    );

  // What insertion creates: new objects, numbered per kind in order of creation.
  const created = new Map<string, number>();
  const newLabel = (kind: string) => {
    const n = (created.get(kind) ?? 0) + 1;
    created.set(kind, n);
    return `new ${kind} ${n}`;
  };
  const newControl = (): OfficeMockObject =>
    mock({ insertParagraph: () => newParagraph(), insertTable: () => mock({}, newLabel("table")) }, newLabel("control"));
  const newRange = (): OfficeMockObject => mock({ insertContentControl: () => newControl() }, newLabel("range"));
  const newList = (): OfficeMockObject =>
    mock({ setLevelBullet: () => undefined, insertParagraph: () => newParagraph() }, newLabel("list"));
  function newParagraph(): OfficeMockObject {
    const label = newLabel("paragraph");
    const paragraph = mock(
      {
        insertText: () => newRange(),
        insertContentControl: () => newControl(),
        insertParagraph: () => newParagraph(),
        detachFromList: () => undefined,
        startNewList: () => newList(),
      },
      label,
    );
    link(paragraph, "listItem", mock({}, `${label}.listItem`));
    return paragraph;
  }

  const result = <T>(value: T) => ({ value });
  const indexOf = (para: Para) => model.paragraphs.indexOf(para);

  // Which paragraph a range mock covers (a mock's own properties read as errors until loaded).
  const rangeParagraph = new WeakMap<object, Para>();
  const wholeRange = (para: Para): OfficeMockObject => {
    const range = mock(
      {
        compareLocationWith: (other: object) => {
          const mine = indexOf(para);
          const theirs = indexOf(rangeParagraph.get(other) as Para);
          return result(mine === theirs ? "Equal" : mine < theirs ? "Before" : "After");
        },
      },
      `paragraph ${indexOf(para)} range`,
    );
    rangeParagraph.set(range, para);
    return range;
  };

  // Ranges of text: search hits, `expandTo` results and a paragraph's "Content" range.
  const spans = new WeakMap<object, { para: Para; start: number; end: number }>();
  const spanRange = (para: Para, start: number, end: number, label: string): OfficeMockObject => {
    const range = mock(
      {
        text: model.text(para).slice(start, end),
        expandTo: (other: object) => {
          const theirs = spans.get(other);
          if (!theirs || theirs.para !== para) throw new Error("InvalidArgument: expandTo across paragraphs");
          return spanRange(para, Math.min(start, theirs.start), Math.max(end, theirs.end), newLabel("range"));
        },
        select: () => {
          selected.push({ paragraph: indexOf(para), start, end });
        },
        insertComment: (content: string) => {
          addedComments.push({ paragraph: indexOf(para), start, end, content });
          return mock({}, newLabel("comment"));
        },
      },
      label,
    );
    spans.set(range, { para, start, end });
    return range;
  };
  /** Word on the web rejects a search text over 255 characters; hits do not overlap. */
  const search = (para: Para, i: number) => (needle: string, options?: { matchCase?: boolean }) => {
    if (needle.length > 255) throw new Error("SearchStringInvalidOrTooLong: search text over 255 characters");
    const fold = (value: string) => (options?.matchCase ? value : value.toLowerCase());
    const text = fold(model.text(para));
    const hits: OfficeMockObject[] = [];
    for (let at = text.indexOf(fold(needle)); at >= 0; at = text.indexOf(fold(needle), at + needle.length)) {
      hits.push(spanRange(para, at, at + needle.length, `paragraph ${i} hit ${hits.length + 1} of ${JSON.stringify(needle)}`));
    }
    return collection(hits, `paragraph ${i} search ${JSON.stringify(needle)}`);
  };

  const controls = model.controls();
  const controlLabels = new Map<Control, string>();
  const tagCounts = new Map<string, number>();
  controls.forEach((control) => {
    const count = (tagCounts.get(control.tag) ?? 0) + 1;
    tagCounts.set(control.tag, count);
    controlLabels.set(control, `control ${control.tag}${count > 1 ? `#${count}` : ""}`);
  });
  const paragraphMocks = new Map<Para, OfficeMockObject>();
  const controlMocks = new Map<Control, OfficeMockObject>();
  const tableMocks = new Map<Table, OfficeMockObject>();
  const controlData = (control: Control | null): MockData | null =>
    control && {
      id: control.id,
      tag: control.tag,
      title: control.title,
    };

  model.paragraphs.forEach((para, i) => {
    paragraphMocks.set(
      para,
      mock(
        {
          text: model.text(para),
          style: para.style,
          styleBuiltIn: para.styleBuiltIn,
          outlineLevel: para.outlineLevel,
          isListItem: para.list !== null,
          tableNestingLevel: para.tableNestingLevel,
          font: { bold: para.bold },
          getReviewedText: (version: string) => result(model.text(para, version === "Current")),
          getRange: (location: string) =>
            location === "Content" ? spanRange(para, 0, model.text(para).length, `paragraph ${i} content`) : wholeRange(para),
          search: search(para, i),
          select: () => {
            selected.push({ paragraph: i });
          },
          insertParagraph: () => newParagraph(),
        },
        `paragraph ${i}`,
      ),
    );
  });
  const tables = [...new Set(model.paragraphs.flatMap((para) => para.tables))];
  tables.forEach((table, i) => {
    const label = `table ${table.name.startsWith("\u0000") ? i + 1 : table.name}`;
    tableMocks.set(table, mock({ insertParagraph: () => newParagraph() }, label));
  });
  // Navigation properties are built after all paragraphs exist; linked, not populated, to keep them shared.
  for (const [table, target] of tableMocks) {
    const label = labels.get(target) as string;
    if (table.parentTable) link(target, "parentTable", tableMocks.get(table.parentTable));
    link(target, "parentContentControlOrNullObject", nullable(controlData(table.parent), `${label}.parentContentControlOrNullObject`));
  }
  model.paragraphs.forEach((para, i) => {
    const target = paragraphMocks.get(para) as OfficeMockObject;
    const label = `paragraph ${i}`;
    const innermost = para.blocks[para.blocks.length - 1] ?? null;
    link(target, "parentContentControlOrNullObject", nullable(controlData(innermost), `${label}.parentContentControlOrNullObject`));
    link(target, "listItemOrNullObject", nullable(para.list ? { level: para.list.level } : null, `${label}.listItemOrNullObject`));
    if (para.tables.length > 0) link(target, "parentTable", tableMocks.get(para.tables[para.tables.length - 1]));
  });

  const firstParagraphOf = (paras: Para[]) => ({ getFirst: () => paragraphMocks.get(paras[0]) });

  for (const control of controls) {
    let text = model.controlText(control);
    const label = controlLabels.get(control) as string;
    controlMocks.set(
      control,
      mock(
        {
          ...controlData(control),
          text,
          subtype: `${control.plainText ? "PlainText" : "RichText"}${control.inline ? "Inline" : control.plainText ? "Paragraph" : "Paragraphs"}`,
          getReviewedText: () => result(text),
          getRange: () => mock({ paragraphs: firstParagraphOf(model.paragraphsOf(control)) }, `${label} range`),
          insertText(this: OfficeMockObject, value: string) {
            textWrites.push({ tag: control.tag, value });
            text = value;
            // The mock's own setter: unloaded again, the next load and sync read the new text.
            (this as unknown as MockInternals).setValue("text", value);
          },
          insertParagraph: () => newParagraph(),
          select: () => {
            selections.push(control.tag);
          },
        },
        label,
      ),
    );
  }
  for (const [control, target] of controlMocks) {
    const label = `${controlLabels.get(control) as string}.parentContentControlOrNullObject`;
    link(target, "parentContentControlOrNullObject", nullable(controlData(control.parent), label));
  }

  const controlCollection = (list: Control[], label: string): OfficeMockObject =>
    collection(
      list.map((control) => controlMocks.get(control) as OfficeMockObject),
      label,
      {
        getByTag: (tag: string) => controlCollection(list.filter((control) => control.tag === tag), `controls tagged ${tag}`),
        getFirstOrNullObject: () => {
          const first = list[0];
          return nullable(first ? { ...controlData(first), select: () => selections.push(first.tag) } : null, `first of ${label}`);
        },
      },
    );

  const comments = model.comments.map((comment, i) =>
    mock(
      {
        authorName: comment.author,
        creationDate: comment.date,
        content: comment.content,
        resolved: comment.resolved,
        getRange: () =>
          mock(
            {
              text: comment.quoted,
              getReviewedText: () => result(comment.quoted),
              paragraphs: firstParagraphOf([comment.para]),
            },
            `comment ${i} range`,
          ),
      },
      `comment ${i}`,
    ),
  );

  const body = mock(
    {
      getComments: () => collection(comments, "comments"),
      getContentControls: (options: { types: string[] }) =>
        controlCollection(
          controls.filter((c) => options.types.includes(c.plainText ? "PlainText" : "RichText")),
          `controls of types ${options.types.join(",")}`,
        ),
      insertParagraph: () => newParagraph(),
    },
    "body",
  );
  link(body, "paragraphs", collection(model.paragraphs.map((para) => paragraphMocks.get(para) as OfficeMockObject), "body.paragraphs"));
  link(body, "contentControls", controlCollection(controls.filter((c) => !c.plainText), "body.contentControls"));

  const selectionParagraphs = mock({ getLast: () => model.selection && paragraphMocks.get(model.selection) }, "selection.paragraphs");
  const selection = mock({}, "selection");
  link(selection, "paragraphs", selectionParagraphs);

  // Custom XML parts, numbered in the order the test first meets them ("part 1", …): Word's ids are GUIDs.
  const partNumbers = new Map<object, number>();
  const partMock = (part: { namespace: string; xml: string }) => {
    if (!partNumbers.has(part)) partNumbers.set(part, partNumbers.size + 1);
    const label = `part ${partNumbers.get(part)}`;
    return mock(
      {
        id: label,
        getXml: () => result(part.xml),
        setXml: (xml: string) => {
          part.xml = xml;
          part.namespace = rootNamespace(xml);
        },
        delete: () => {
          model.parts = model.parts.filter((other) => other !== part);
        },
      },
      label,
    );
  };

  const document = mock(
    {
      customXmlParts: {
        getByNamespace: (namespace: string) =>
          collection(
            model.parts.filter((part) => part.namespace === namespace).map(partMock),
            `parts ${namespace}`,
          ),
        add: (xml: string) => {
          const part = { namespace: rootNamespace(xml), xml };
          model.parts.push(part);
          return partMock(part);
        },
      },
      getSelection: () => selection,
    },
    "document",
  );
  link(document, "body", body);

  // Not in the registry: its sync is the counting one.
  const context = new OfficeMockObject({});
  (context as unknown as MockData).document = document;
  (context as unknown as MockData).sync = async () => {
    syncs += 1;
    calls.push("sync");
    if (rejected.has(syncs)) throw new Error(`GeneralException: sync ${syncs} was rejected`);
    await Promise.all(registry.map((created) => created.sync()));
    // The mock applies loaded values in microtasks of its own; let them run.
    await new Promise((resolve) => setImmediate(resolve));
  };

  return {
    context: context as unknown as Word.RequestContext,
    syncs: () => syncs,
    textWrites,
    selections,
    selected,
    addedComments,
    calls,
    rejectSync: (count) => {
      rejected.add(count);
    },
  };
}
