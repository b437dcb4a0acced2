// The document of a FakeDocumentSpec as office-addin-mock objects, with a sync counter. office-addin-mock
// mocks single objects; what it cannot express is filled in here, close to office-js:
//   - collections: `load("items/x")` loads `x` on every item and `items` itself (the mock's own load
//     only understands properties of one object);
//   - *OrNullObject objects: any load also loads `isNullObject`;
//   - method results (ranges, ClientResults) are plain values computed from the document model;
//   - `insertText` on a content control changes the text a later load reads.
// The mock's `sync` is replaced by one that counts and syncs every mock object created here; a test can
// make a given sync reject (`rejectSync`), like Word rejecting a batch. Commands run when called, so a
// rejected batch has applied all its commands.
import { OfficeMockObject } from "office-addin-mock";
import { FakeDocument, type Control, type FakeDocumentSpec, type Para } from "./fakeWord";

type MockData = Record<string, unknown>;

export interface MockWord {
  context: Word.RequestContext;
  /** Number of `context.sync()` calls so far. */
  syncs(): number;
  /** Calls of `insertText` on content controls: tag and new value. */
  textWrites: { tag: string; value: string }[];
  /** Calls of `select` on content controls, by tag. */
  selections: string[];
  /** Makes the `count`-th `context.sync()` (1-based, counting from the start) reject with a GeneralException. */
  rejectSync(count: number): void;
}

export function mockWord(spec: FakeDocumentSpec): MockWord {
  const model = new FakeDocument(spec);
  const registry: OfficeMockObject[] = [];
  const textWrites: { tag: string; value: string }[] = [];
  const selections: string[] = [];
  const rejected = new Set<number>();
  let syncs = 0;

  const mock = (data: MockData): OfficeMockObject => {
    const created = new OfficeMockObject(data);
    registry.push(created);
    return created;
  };

  const nullable = (data: MockData | null): OfficeMockObject =>
    mock({
      ...(data ?? {}),
      isNullObject: data === null,
      load(this: OfficeMockObject, properties: string) {
        OfficeMockObject.prototype.load.call(this, data === null ? "isNullObject" : `${properties},isNullObject`);
        return this;
      },
    });

  const collection = (items: OfficeMockObject[], extra: MockData = {}): OfficeMockObject =>
    mock({
      items,
      ...extra,
      load(this: OfficeMockObject, properties: string) {
        OfficeMockObject.prototype.load.call(this, "items");
        const perItem = properties
          .split(",")
          .map((name) => name.trim().replace(/^items\//, ""))
          .join(",");
        items.forEach((item) => item.load(perItem));
        return this;
      },
    });

  const result = <T>(value: T) => ({ value });
  const indexOf = (para: Para) => model.paragraphs.indexOf(para);

  // Which paragraph a range mock covers (a mock's own properties read as errors until loaded).
  const rangeParagraph = new WeakMap<object, Para>();
  const wholeRange = (para: Para): OfficeMockObject => {
    const range = mock({
      compareLocationWith: (other: object) => {
        const mine = indexOf(para);
        const theirs = indexOf(rangeParagraph.get(other) as Para);
        return result(mine === theirs ? "Equal" : mine < theirs ? "Before" : "After");
      },
    });
    rangeParagraph.set(range, para);
    return range;
  };

  const paragraphMocks = new Map<Para, OfficeMockObject>();
  const controlMocks = new Map<Control, OfficeMockObject>();
  const controlData = (control: Control | null): MockData | null =>
    control && {
      id: control.id,
      tag: control.tag,
      title: control.title,
    };

  model.paragraphs.forEach((para) => {
    paragraphMocks.set(
      para,
      mock({
        text: model.text(para),
        style: para.style,
        styleBuiltIn: para.styleBuiltIn,
        outlineLevel: para.outlineLevel,
        isListItem: para.list !== null,
        tableNestingLevel: para.tableNestingLevel,
        font: { bold: para.bold },
        getReviewedText: (version: string) => result(model.text(para, version === "Current")),
        getRange: () => wholeRange(para),
      }),
    );
  });
  // Navigation properties are built after all paragraphs exist; assigned, not populated, to keep them shared.
  model.paragraphs.forEach((para) => {
    const target = paragraphMocks.get(para) as unknown as MockData;
    target.parentContentControlOrNullObject = nullable(controlData(para.blocks[para.blocks.length - 1] ?? null));
    target.listItemOrNullObject = nullable(para.list ? { level: para.list.level } : null);
  });

  const firstParagraphOf = (paras: Para[]) => ({ getFirst: () => paragraphMocks.get(paras[0]) });

  for (const control of model.controls()) {
    let text = model.controlText(control);
    controlMocks.set(
      control,
      mock({
        ...controlData(control),
        text,
        subtype: `${control.plainText ? "PlainText" : "RichText"}${control.inline ? "Inline" : control.plainText ? "Paragraph" : "Paragraphs"}`,
        getReviewedText: () => result(text),
        getRange: () => mock({ paragraphs: firstParagraphOf(model.paragraphsOf(control)) }),
        insertText(this: OfficeMockObject, value: string) {
          textWrites.push({ tag: control.tag, value });
          text = value;
          // The mock's own (untyped-private) setter: unloaded again, the next load and sync read the new text.
          (this as unknown as { setValue(name: string, value: unknown): void }).setValue("text", value);
        },
        select: () => {
          selections.push(control.tag);
        },
      }),
    );
  }
  for (const [control, target] of controlMocks) {
    (target as unknown as MockData).parentContentControlOrNullObject = nullable(controlData(control.parent));
  }

  const controlCollection = (controls: Control[]): OfficeMockObject =>
    collection(
      controls.map((control) => controlMocks.get(control) as OfficeMockObject),
      {
        getByTag: (tag: string) => controlCollection(controls.filter((control) => control.tag === tag)),
        getFirstOrNullObject: () => {
          const first = controls[0];
          return nullable(first ? { ...controlData(first), select: () => selections.push(first.tag) } : null);
        },
      },
    );

  const comments = model.comments.map((comment) =>
    mock({
      authorName: comment.author,
      creationDate: comment.date,
      content: comment.content,
      resolved: comment.resolved,
      getRange: () =>
        mock({
          text: comment.quoted,
          getReviewedText: () => result(comment.quoted),
          paragraphs: firstParagraphOf([comment.para]),
        }),
    }),
  );

  const body = mock({
    getComments: () => collection(comments),
    getContentControls: (options: { types: string[] }) =>
      controlCollection(model.controls().filter((c) => options.types.includes(c.plainText ? "PlainText" : "RichText"))),
  });
  const bodyData = body as unknown as MockData;
  bodyData.paragraphs = collection(model.paragraphs.map((para) => paragraphMocks.get(para) as OfficeMockObject));
  bodyData.contentControls = controlCollection(model.controls().filter((c) => !c.plainText));

  const document = mock({
    customXmlParts: {
      getByNamespace: (namespace: string) =>
        collection(
          model.parts
            .filter((part) => part.namespace === namespace)
            .map((part) => mock({ id: part.namespace, getXml: () => result(part.xml) })),
        ),
    },
  });
  (document as unknown as MockData).body = body;

  // Not in the registry: its sync is the counting one.
  const context = new OfficeMockObject({});
  (context as unknown as MockData).document = document;
  (context as unknown as MockData).sync = async () => {
    syncs += 1;
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
    rejectSync: (count) => {
      rejected.add(count);
    },
  };
}
