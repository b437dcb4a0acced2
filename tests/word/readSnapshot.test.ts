import { emptyState, parameterChange } from "../../src/domain/stateModel";
import { statePartXml } from "../../src/domain/storedState";
import { readSnapshot } from "../../src/word/readSnapshot";
import { STATE_NAMESPACE } from "../../src/domain/snapshot";
import { notaDocument, STATE_XML } from "./documents";
import { WORD_13, WORD_14, WORD_15 } from "./features";
import { fakeWord } from "./fakeWord";
import { mockWord } from "./mockWord";

describe("readSnapshot (office-addin-mock)", () => {
  it("reads a long document in the same small number of syncs as a short one", async () => {
    const short = mockWord(notaDocument(10));
    const long = mockWord(notaDocument(5000));

    const shortSnapshot = await readSnapshot(short.context, WORD_14);
    const longSnapshot = await readSnapshot(long.context, WORD_14);

    expect(shortSnapshot.paragraphs).toHaveLength(10);
    expect(longSnapshot.paragraphs).toHaveLength(5000);
    expect(long.syncs()).toBe(short.syncs());
    expect(short.syncs()).toBeLessThanOrEqual(3);
  });

  it("maps paragraphs: text after tracked changes, style, heading and list level, table, bold, control tags", async () => {
    const { context } = mockWord(notaDocument(10));
    const { paragraphs } = await readSnapshot(context, WORD_14);

    expect(paragraphs[0]).toEqual({
      index: 0,
      text: "Beslisnota",
      styleId: null,
      styleName: "Normal",
      headingLevel: null,
      listLevel: null,
      inTable: false,
      bold: true,
      contentControlTags: [],
    });
    expect(paragraphs[1]).toMatchObject({ styleName: "Kop 1", headingLevel: 1, contentControlTags: ["nota:aanleiding"] });
    expect(paragraphs[2]).toMatchObject({ text: "De MR vergadert op 3 juni 2025", contentControlTags: ["nota:aanleiding"] });
    expect(paragraphs[3]).toMatchObject({ headingLevel: 2, contentControlTags: ["nota:kernpunten"] });
    expect(paragraphs.slice(4, 6).map((p) => p.listLevel)).toEqual([0, 1]);
    expect(paragraphs[6].inTable).toBe(true);
    expect(paragraphs[7].text).toBe("Tekst ");
  });

  it("lists content controls with their paragraph span, parent and text", async () => {
    const { context } = mockWord(notaDocument(10));
    const { contentControls } = await readSnapshot(context, WORD_14);

    expect(contentControls).toEqual([
      { tag: "nota:aanleiding", title: "nota:aanleiding", start: 1, end: 2, parentTag: null, text: "Aanleiding\nDe MR vergadert op 3 juni 2025", kind: "block" },
      { tag: "nota:param:datumMR", title: "datumMR", start: 2, end: 2, parentTag: "nota:aanleiding", text: "3 juni 2025", kind: "inline" },
      { tag: "nota:kernpunten", title: "nota:kernpunten", start: 3, end: 5, parentTag: null, text: "Kernpunten\nEerste punt\nSubpunt", kind: "block" },
    ]);
  });

  it("gives nested block controls outermost first", async () => {
    const { context } = mockWord({
      paragraphs: [
        { text: "Toelichting", controls: ["nota:toelichting"] },
        { text: "Demissionair", controls: ["nota:toelichting", "nota:demissionair"] },
        { text: "Slot", controls: ["nota:toelichting"] },
      ],
    });
    const snapshot = await readSnapshot(context, WORD_14);

    expect(snapshot.paragraphs.map((p) => p.contentControlTags)).toEqual([
      ["nota:toelichting"],
      ["nota:toelichting", "nota:demissionair"],
      ["nota:toelichting"],
    ]);
    expect(snapshot.contentControls.map((c) => [c.tag, c.start, c.end, c.parentTag])).toEqual([
      ["nota:toelichting", 0, 2, null],
      ["nota:demissionair", 1, 1, "nota:toelichting"],
    ]);
  });

  it("reads comments with their anchor paragraph, also when the anchor's text occurs twice", async () => {
    const { context } = mockWord(notaDocument(10));
    const { comments } = await readSnapshot(context, WORD_14);

    expect(comments).toEqual([
      { author: "Jan", date: "2025-06-03T09:30:00.000Z", text: "Datum klopt?", resolved: false, paragraph: 2, quotedText: "3 juni 2025" },
      { author: "Piet", date: "2025-06-04T10:00:00.000Z", text: "Akkoord", resolved: true, paragraph: 9, quotedText: "Eerste" },
    ]);
  });

  it("reads the stored state part, keeps an unreadable one and reports an absent one", async () => {
    const ok = await readSnapshot(mockWord(notaDocument(10)).context, WORD_14);
    expect(ok.state).toEqual({ status: "ok", version: 1, xml: STATE_XML, model: emptyState() });

    const model = parameterChange({ datumMR: { value: "2025-06-20", text: "20 juni" } }, "2025-06-02T09:00:00Z");
    const v2 = { ...notaDocument(10), parts: [{ namespace: STATE_NAMESPACE, xml: statePartXml(model) }] };
    expect((await readSnapshot(mockWord(v2).context, WORD_14)).state).toMatchObject({ status: "ok", version: 2, model });

    const broken = { ...notaDocument(10), parts: [{ namespace: STATE_NAMESPACE, xml: "<state version='1'>" }] };
    const unreadable = await readSnapshot(mockWord(broken).context, WORD_14);
    expect(unreadable.state).toMatchObject({ status: "unreadable", xml: "<state version='1'>" });

    const none = await readSnapshot(mockWord({ ...notaDocument(10), parts: [] }).context, WORD_14);
    expect(none.state).toEqual({ status: "absent" });
  });

  it("without WordApi 1.4 reports comments and state as unavailable, and text includes tracked deletions", async () => {
    const { context, syncs } = mockWord(notaDocument(10));
    const snapshot = await readSnapshot(context, WORD_13);

    expect(snapshot.comments).toBeNull();
    expect(snapshot.state).toEqual({ status: "unavailable", reason: expect.stringContaining("1.4") });
    // Word's paragraph.text keeps deleted text (OfficeDev/office-js#1267); only 1.4 can leave it out.
    expect(snapshot.paragraphs[7].text).toBe("Tekst geschrapt");
    expect(syncs()).toBeLessThanOrEqual(3);
  });

  it("finds plain-text parameter controls from WordApi 1.5", async () => {
    const spec = {
      paragraphs: [{ text: "Per ", inline: [{ tag: "nota:param:datum", text: "1 mei", plainText: true }], controls: ["nota:demissionair"] }],
    };
    const on14 = await readSnapshot(mockWord(spec).context, WORD_14);
    const on15 = await readSnapshot(mockWord(spec).context, WORD_15);

    expect(on14.contentControls.map((c) => c.tag)).toEqual(["nota:demissionair"]);
    expect(on15.contentControls.map((c) => [c.tag, c.kind, c.start, c.text])).toEqual([
      ["nota:demissionair", "block", 0, "Per 1 mei"],
      ["nota:param:datum", "inline", 0, "1 mei"],
    ]);
  });

  it("reads an empty document", async () => {
    const snapshot = await readSnapshot(mockWord({ paragraphs: [] }).context, WORD_14);
    expect(snapshot).toEqual({ source: "word", paragraphs: [], contentControls: [], comments: [], state: { status: "absent" }, warnings: [] });
  });
});

describe("readSnapshot (fake with office-js batch semantics)", () => {
  it("gives the same snapshot as on office-addin-mock, reading nothing before it is loaded and synced", async () => {
    for (const features of [WORD_13, WORD_14, WORD_15]) {
      const fake = fakeWord(notaDocument(10));
      expect(await readSnapshot(fake.context, features)).toEqual(await readSnapshot(mockWord(notaDocument(10)).context, features));
      // The third sync places the comment anchored on repeated text; without 1.4 there are no comments.
      expect(fake.fake.syncs).toBe(features.comments ? 3 : 2);
    }
  });

  it("needs only two syncs when every anchor's text is unique", async () => {
    const spec = notaDocument(1000);
    spec.comments = spec.comments?.slice(0, 1);
    const { context, fake } = fakeWord(spec);
    await readSnapshot(context, WORD_14);
    expect(fake.syncs).toBe(2);
  });
});
