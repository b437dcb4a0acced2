import { blockCatalogue } from "../../src/config/blocks";
import { sectionCatalogue } from "../../src/config/sections";
import { blockPresence, documentParamTexts, paramsByName } from "../../src/domain/blockPresence";
import { detectSections } from "../../src/domain/sections";
import type { ContentControlSnapshot } from "../../src/domain/snapshot";
import { buildSnapshot, h, p } from "./snapshotBuilder";

function control(tag: string, start: number, end: number, text = "", parentTag: string | null = null): ContentControlSnapshot {
  return { tag, title: tag, start, end, parentTag, text, kind: parentTag ? "inline" : "block" };
}

describe("block presence", () => {
  it("tells inserted blocks, hand-written headings and missing blocks apart", () => {
    const snapshot = buildSnapshot(
      [h(2, "Aanleiding"), p("Tekst."), h(2, "Kernpunten"), p("Een punt.")],
      [control("nota:kernpunten", 2, 3)],
    );
    const presence = blockPresence(snapshot, detectSections(snapshot, sectionCatalogue), blockCatalogue);
    expect(presence.get("kernpunten")).toEqual({ state: "block", paragraph: 2 });
    expect(presence.get("aanleiding")).toEqual({ state: "heading", paragraph: 0 });
    expect(presence.get("demissionair")).toEqual({ state: "absent" });
    expect([...presence.keys()]).toEqual(blockCatalogue.map((def) => def.id));
  });

  it("reads the document's parameter values, first occurrence wins, block tags ignored", () => {
    const snapshot = buildSnapshot(
      [h(2, "Aanleiding"), p("RFL en RFL")],
      [
        control("nota:aanleiding", 0, 1, "Aanleiding\nRFL en RFL"),
        control("nota:param:onderraad", 1, 1, "RFL", "nota:aanleiding"),
        control("nota:param:onderraad", 1, 1, "MR", "nota:aanleiding"),
      ],
    );
    expect([...documentParamTexts(snapshot)]).toEqual([["onderraad", "RFL"]]);
  });

  it("knows every parameter of the catalogue once", () => {
    const params = paramsByName(blockCatalogue);
    expect(params.get("datumDemissionair")?.type).toBe("date");
    expect(params.get("onderraad")?.default).toBe("RFL");
  });
});
