import { STATE_NAMESPACE } from "../../src/domain/snapshot";
import { classifyStatePart, combineStateParts } from "../../src/domain/storedState";

describe("the add-in's state part", () => {
  const xml = `<state xmlns="${STATE_NAMESPACE}" version="2"/>`;

  it("accepts our namespace with a positive integer version", () => {
    expect(classifyStatePart(xml, { namespace: STATE_NAMESPACE, version: "2" })).toEqual({ status: "ok", version: 2, xml });
  });

  it.each([null, "", "0", "1.5", "abc", "-1", "01"])("keeps a part with version %j as unreadable", (version) => {
    expect(classifyStatePart(xml, { namespace: STATE_NAMESPACE, version })).toMatchObject({ status: "unreadable", xml });
  });

  it("ignores other parts, and a broken part only when it is not ours", () => {
    expect(classifyStatePart("<a/>", { namespace: "urn:other", version: "1" })).toBeNull();
    expect(classifyStatePart("<a", { error: "unexpected end" })).toBeNull();
    expect(classifyStatePart(`<s xmlns="${STATE_NAMESPACE}"`, { error: "unexpected end" })).toEqual({
      status: "unreadable",
      xml: `<s xmlns="${STATE_NAMESPACE}"`,
      problem: "not well-formed XML: unexpected end",
    });
  });

  it("reports two parts of ours as a conflict instead of picking one", () => {
    const ok = { status: "ok", version: 1, xml } as const;
    expect(combineStateParts([])).toEqual({ status: "absent" });
    expect(combineStateParts([ok])).toBe(ok);
    expect(combineStateParts([ok, ok])).toEqual({ status: "unreadable", xml, problem: "2 state parts found, expected one" });
  });
});
