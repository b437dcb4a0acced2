// What the insertion tests share, on the fake (insertBlock.test.ts) and on office-addin-mock
// (insertBlock.mock.test.ts): a rendered block, a small nota with two blocks, and anchors into it.
import { blockCatalogue } from "../../src/config/blocks";
import { renderBlock } from "../../src/domain/blocks";
import type { RenderedBlock } from "../../src/domain/rendered";
import type { InsertPosition } from "../../src/word/port";
import type { FakeDocumentSpec } from "./fakeWord";

export const kernpunten: RenderedBlock = {
  blockId: "kernpunten",
  tag: "nota:kernpunten",
  title: "Kernpunten",
  headingLevel: 2,
  paragraphs: [
    { kind: "heading", listLevel: 0, segments: [{ kind: "text", text: "Kernpunten" }] },
    {
      kind: "bullet",
      listLevel: 0,
      segments: [
        { kind: "text", text: "Agendering in de " },
        { kind: "param", name: "onderraad", text: "RFL" },
        { kind: "text", text: ";" },
      ],
    },
    { kind: "bullet", listLevel: 1, segments: [{ kind: "text", text: "Toelichting" }] },
    { kind: "body", listLevel: 0, segments: [{ kind: "text", text: "Slot." }] },
  ],
};

/** The catalogue's parafenroute: a heading, then the roles table (issue 10). */
export const parafenroute: RenderedBlock = renderBlock(
  blockCatalogue.find((def) => def.id === "parafenroute") ?? blockCatalogue[0],
  {},
);

/** Beslisnota · [Aanleiding · Tekst] · [Toelichting] · a list paragraph of the drafter's, cursor there. */
export const smallNota: FakeDocumentSpec = {
  paragraphs: [
    { text: "Beslisnota" },
    { text: "Aanleiding", styleBuiltIn: "Heading1", controls: ["nota:aanleiding"] },
    { text: "Tekst", controls: ["nota:aanleiding"] },
    { text: "Toelichting", styleBuiltIn: "Heading1", controls: ["nota:toelichting"] },
    { text: "Eigen opsomming", listLevel: 0 },
  ],
  selection: 4,
};

/** A nota-order position, as `insertionAnchor` computes it (for `smallNota` unless told otherwise). */
export const at = (
  where: "before" | "after",
  paragraph: number,
  text: string,
  control: { tag: string; occurrence: number } | null = null,
  paragraphCount = 5,
): InsertPosition => ({ kind: "nota-order", anchor: { where, paragraph, text, paragraphCount, control } });

export const afterAanleiding = at("after", 2, "Tekst", { tag: "nota:aanleiding", occurrence: 0 });
