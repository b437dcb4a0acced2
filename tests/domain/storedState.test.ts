import fc from "fast-check";
import { STATE_NAMESPACE, type StoredStatePart } from "../../src/domain/snapshot";
import { renderBlock } from "../../src/domain/blocks";
import {
  blockParameterChange,
  checkState,
  containsChanges,
  emptyState,
  liveEntries,
  mergeState,
  parameterChange,
  parseStoredState,
  serializeState,
  StateModelError,
  type StoredState,
} from "../../src/domain/stateModel";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { classifyStatePart, combineStateParts, currentParameterData, statePartXml, writeBase } from "../../src/domain/storedState";

const T1 = "2025-06-02T09:00:00Z";
const T2 = "2025-06-03T09:00:00Z";

function full(): StoredState {
  return {
    dispositions: {
      "FIN-1": { state: "afgehandeld", by: "Anna", at: T1, note: "zie alinea 3", updatedAt: T1 },
      "ACKE-2": { removed: true, updatedAt: T1 },
    },
    cosignatories: {
      "stas-ienw": { roles: ["akkoord", "medeondertekening"], status: "gevraagd", date: "2025-06-02", note: "", updatedAt: T1 },
    },
    procedure: {
      unclearWhoSigns: { value: true, updatedAt: T1 },
      milestones: {
        acke: { date: "2025-06-02", updatedAt: T1 },
        onderraad: { label: "RFL", date: "2025-06-17", updatedAt: T1 },
        verzending: { from: "2025-06-23", to: "2025-06-27", updatedAt: T1 },
      },
      events: { jloi: { label: "JLoI-ondertekening Cosun", date: "2025-06-23", updatedAt: T1 } },
    },
    companies: { cosun: { entryHash: "e1", textHash: "t1", insertedAt: T1, detached: false, updatedAt: T1 } },
    parameters: { datumMR: { value: "2025-06-20", text: "20 juni", updatedAt: T1 } },
  };
}

/** What a reader hands the domain for a part written by `statePartXml`. */
function root(xml: string): { namespace: string; version: string; text: string } {
  const match = /^<state xmlns="([^"]+)" version="(\d+)">(.*)<\/state>$/s.exec(xml);
  if (!match) throw new Error(`unexpected part ${xml}`);
  const text = match[3].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return { namespace: match[1], version: match[2], text };
}

describe("the add-in's state part", () => {
  const xml = `<state xmlns="${STATE_NAMESPACE}" version="1"/>`;

  it("upgrades version 1 (a root element without data) to the empty model", () => {
    expect(classifyStatePart(xml, { namespace: STATE_NAMESPACE, version: "1", text: "" })).toEqual({
      status: "ok",
      version: 1,
      xml,
      model: emptyState(),
    });
  });

  it.each([null, "", "0", "1.5", "abc", "-1", "01"])("keeps a part with version %j as unreadable", (version) => {
    expect(classifyStatePart(xml, { namespace: STATE_NAMESPACE, version, text: "" })).toMatchObject({ status: "unreadable", xml });
  });

  it("ignores other parts, and a broken part only when it is not ours", () => {
    expect(classifyStatePart("<a/>", { namespace: "urn:other", version: "1", text: "" })).toBeNull();
    expect(classifyStatePart("<a", { error: "unexpected end" })).toBeNull();
    expect(classifyStatePart(`<s xmlns="${STATE_NAMESPACE}"`, { error: "unexpected end" })).toEqual({
      status: "unreadable",
      xml: `<s xmlns="${STATE_NAMESPACE}"`,
      problem: "not well-formed XML: unexpected end",
    });
  });

  it("reports two parts of ours as a conflict instead of picking one", () => {
    const ok: StoredStatePart = { status: "ok", version: 1, xml, model: emptyState() };
    expect(combineStateParts([])).toEqual({ status: "absent" });
    expect(combineStateParts([ok])).toBe(ok);
    expect(combineStateParts([ok, ok])).toEqual({ status: "unreadable", xml, problem: "2 state parts found, expected one" });
  });

  it("writes the model as escaped JSON without an XML declaration, and reads it back unchanged", () => {
    const state = full();
    state.dispositions["FIN-2"] = { state: "niet-van-toepassing", by: "B & <C>", at: T2, note: "]]> \uFFFE", updatedAt: T2 };
    const part = statePartXml(state);
    expect(part.startsWith(`<state xmlns="${STATE_NAMESPACE}" version="2">`)).toBe(true);
    expect(part).not.toMatch(/<\?xml|<C>|\uFFFE/);
    const read = classifyStatePart(part, root(part));
    expect(read).toEqual({ status: "ok", version: 2, xml: part, model: state });
  });

  it.each([
    ["no JSON", "", "version 2: the part holds no JSON"],
    ["broken JSON", "{", "version 2: not valid JSON"],
    ["a list", "[]", "version 2: state: expected an object"],
    ["an unknown disposition", `{"dispositions":{"X":{"state":"klaar","by":"a","at":"${T1}","note":"","updatedAt":"${T1}"}}}`, 'dispositions.X.state: "klaar"'],
    ["a date without a year", `{"parameters":{},"procedure":{"milestones":{"mr":{"date":"20 juni","updatedAt":"${T1}"}}}}`, 'procedure.milestones.mr.date: "20 juni" is not a date'],
    ["an impossible date", `{"cosignatories":{"s":{"roles":[],"status":"akkoord","date":"2025-02-30","note":"","updatedAt":"${T1}"}}}`, "cosignatories.s.date"],
    ["a week that ends before it starts", `{"procedure":{"milestones":{"verzending":{"from":"2025-06-27","to":"2025-06-23","updatedAt":"${T1}"}}}}`, '"to" is before "from"'],
    ["an entry without a time stamp", `{"parameters":{"a":{"value":"x","text":"x"}}}`, "parameters.a.updatedAt: expected a string"],
    ["a bad time stamp", `{"parameters":{"a":{"value":"x","text":"x","updatedAt":"gisteren"}}}`, "is not an ISO 8601 date-time"],
    ["an unknown role", `{"cosignatories":{"s":{"roles":["paraaf"],"status":"akkoord","date":null,"note":"","updatedAt":"${T1}"}}}`, "cosignatories.s.roles"],
    ["a flag that is not a boolean", `{"procedure":{"unclearWhoSigns":{"value":"ja","updatedAt":"${T1}"}}}`, "procedure.unclearWhoSigns.value"],
  ])("keeps a part with %s as unreadable, naming the field", (_what, text, problem) => {
    const part = classifyStatePart("<state/>", { namespace: STATE_NAMESPACE, version: "2", text });
    expect(part).toMatchObject({ status: "unreadable", xml: "<state/>" });
    expect(part?.status === "unreadable" ? part.problem : "").toContain(problem);
  });

  it("keeps unknown fields and entries of a newer add-in", () => {
    const text = JSON.stringify({
      ...full(),
      signatures: { x: 1 },
      procedure: { ...full().procedure, deadline: "soon" },
      parameters: { datumMR: { value: "2025-06-20", text: "20 juni", updatedAt: T1, source: "pane" } },
    });
    const model = parseStoredState(3, text);
    const written = JSON.parse(serializeState(model)) as Record<string, unknown>;
    expect(written.signatures).toEqual({ x: 1 });
    expect((written.procedure as Record<string, unknown>).deadline).toBe("soon");
    expect(written.parameters).toEqual({ datumMR: { value: "2025-06-20", text: "20 juni", updatedAt: T1, source: "pane" } });
  });

  it("only writes over a readable part of a version it knows", () => {
    expect(writeBase({ status: "absent" })).toEqual({ base: emptyState() });
    expect(writeBase({ status: "ok", version: 2, xml: "", model: full() })).toEqual({ base: full() });
    expect(writeBase({ status: "ok", version: 3, xml: "", model: full() })).toEqual({ refused: { reason: "newer-version", version: 3 } });
    expect(writeBase({ status: "unreadable", xml: "", problem: "2 state parts found, expected one" })).toEqual({
      refused: { reason: "unreadable", problem: "2 state parts found, expected one" },
    });
    expect(writeBase({ status: "unavailable", reason: "no API" })).toEqual({ refused: { reason: "unavailable", problem: "no API" } });
  });
});

describe("merging states", () => {
  it("keeps the newest entry per key and every entry of either side", () => {
    const base = full();
    const changes = emptyState();
    changes.dispositions["FIN-1"] = { state: "niet-van-toepassing", by: "Bert", at: T2, note: "", updatedAt: T2 };
    changes.dispositions["FIN-2"] = { state: "afgehandeld", by: "Bert", at: T2, note: "", updatedAt: T2 };
    changes.parameters.datumMR = { value: "2025-06-13", text: "13 juni", updatedAt: "2025-06-01T00:00:00Z" };
    const merged = mergeState(base, changes);
    expect(merged.dispositions["FIN-1"]).toEqual(changes.dispositions["FIN-1"]);
    expect(merged.dispositions["FIN-2"]).toEqual(changes.dispositions["FIN-2"]);
    expect(merged.dispositions["ACKE-2"]).toEqual({ removed: true, updatedAt: T1 });
    expect(merged.parameters.datumMR).toEqual({ value: "2025-06-20", text: "20 juni", updatedAt: T1 });
    expect(liveEntries(merged.dispositions).map(([id]) => id)).toEqual(["FIN-1", "FIN-2"]);
    expect(containsChanges(merged, changes)).toBe(true);
    expect(containsChanges(base, changes)).toBe(false);
  });

  it("records parameter values as data with the text shown, leaving out empty ones", () => {
    const values = { datumMR: { value: "2025-06-20", text: "20 juni" }, onderraad: { value: "", text: "[Onderraad]" } };
    expect(parameterChange(values, T2).parameters).toEqual({ datumMR: { value: "2025-06-20", text: "20 juni", updatedAt: T2 } });
  });

  it("takes the values a rendered block shows as data", () => {
    const block = renderBlock(
      { id: "mr", title: "MR", headingLevel: 1, heading: false, order: 1, body: [{ kind: "body", text: "De MR van {datumMR}." }],
        params: [{ name: "datumMR", label: "Datum MR", type: "date", required: true, dateStyle: "short" }] },
      { datumMR: "2025-06-20" },
    );
    expect(blockParameterChange(block, T2).parameters).toEqual({ datumMR: { value: "2025-06-20", text: "20 juni", updatedAt: T2 } });
  });

  it("takes a key named __proto__ as data", () => {
    const model = checkState(JSON.parse(`{"parameters":{"__proto__":{"value":"x","text":"x","updatedAt":"${T1}"}}}`));
    const merged = mergeState(emptyState(), model);
    expect(Object.keys(merged.parameters)).toEqual(["__proto__"]);
    expect(JSON.parse(serializeState(merged)).parameters).toEqual(JSON.parse(`{"__proto__":{"value":"x","text":"x","updatedAt":"${T1}"}}`));
  });

  const stamp = fc
    .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 11, 31) })
    .map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString());
  const key = fc.constantFrom("a", "b", "c", "d");
  const parameter = fc.record({ value: fc.string(), text: fc.string(), updatedAt: stamp });
  const disposition = fc.oneof(
    fc.record({
      state: fc.constantFrom("afgehandeld" as const, "niet-van-toepassing" as const),
      by: fc.string(),
      at: stamp,
      note: fc.string(),
      updatedAt: stamp,
    }),
    fc.record({ removed: fc.constant(true as const), updatedAt: stamp }),
  );
  const stateArb: fc.Arbitrary<StoredState> = fc
    .record({
      dispositions: fc.dictionary(key, disposition),
      parameters: fc.dictionary(key, parameter),
      milestones: fc.dictionary(fc.constantFrom("acke", "mr"), fc.record({ date: fc.constantFrom("2025-06-02", "2025-06-20"), updatedAt: stamp })),
      flag: fc.option(fc.record({ value: fc.boolean(), updatedAt: stamp }), { nil: undefined }),
      extra: fc.option(fc.string(), { nil: undefined }),
    })
    .map(({ dispositions, parameters, milestones, flag, extra }) => {
      const state: StoredState = { ...emptyState(), dispositions, parameters };
      state.procedure.milestones = milestones;
      if (flag) state.procedure.unclearWhoSigns = flag;
      return extra === undefined ? state : ({ ...state, future: extra } as StoredState);
    });

  const text = (state: StoredState) => serializeState(state);

  it("is idempotent", () => {
    fc.assert(
      fc.property(stateArb, stateArb, (base, changes) => {
        const once = mergeState(base, changes);
        expect(text(mergeState(once, changes))).toBe(text(once));
        expect(text(mergeState(base, base))).toBe(text(base));
      }),
    );
  });

  it("loses no entry, keeps the newest, and gives every writer the same result", () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergeState(a, b);
        for (const side of [a, b]) {
          for (const [id, entry] of Object.entries(side.dispositions)) {
            expect(Date.parse(merged.dispositions[id].updatedAt)).toBeGreaterThanOrEqual(Date.parse(entry.updatedAt));
          }
          for (const id of Object.keys(side.parameters)) expect(merged.parameters[id]).toBeDefined();
          if (side.procedure.unclearWhoSigns) expect(merged.procedure.unclearWhoSigns).toBeDefined();
        }
        expect(containsChanges(merged, b)).toBe(true);
        expect(text(mergeState(b, a).dispositions as unknown as StoredState)).toBe(text(merged.dispositions as unknown as StoredState));
      }),
    );
  });

  it("keeps unknown fields through a merge and a write", () => {
    fc.assert(
      fc.property(stateArb, fc.string(), (changes, extra) => {
        const base = { ...full(), future: extra } as StoredState;
        const merged = mergeState(base, changes);
        const back = parseStoredState(2, serializeState(merged)) as StoredState & { future?: string };
        expect(back.future).toBe(extra);
      }),
    );
  });

  it("survives the part's XML whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const state = parameterChange({ x: { value, text: value } }, T1);
        const part = statePartXml(state);
        const read = classifyStatePart(part, root(part));
        expect(read?.status === "ok" ? read.model.parameters.x : null).toEqual(value === "" ? undefined : { value, text: value, updatedAt: T1 });
      }),
    );
  });

  it("rejects what is not a model as a whole, with a StateModelError", () => {
    expect(() => checkState(null)).toThrow(StateModelError);
    expect(() => checkState({ companies: { x: { entryHash: "e", textHash: "t", insertedAt: T1, detached: "no", updatedAt: T1 } } })).toThrow(
      "companies.x.detached: expected true or false",
    );
  });
});

describe("parameter data that still holds", () => {
  const control = (name: string, text: string) => ({
    tag: `nota:param:${name}`, title: name, start: 0, end: 0, parentTag: "nota:x", text, kind: "inline" as const,
  });
  const snapshot = (model: StoredState, controls: ReturnType<typeof control>[]): DocumentSnapshot => ({
    source: "docx", paragraphs: [], comments: [], contentControls: controls, state: { status: "ok", version: 2, xml: "", model }, warnings: [],
  });
  const model = parameterChange(
    { datumMR: { value: "2025-06-20", text: "20 juni" }, onderraad: { value: "RFL", text: "RFL" }, weg: { value: "x", text: "x" } },
    T1,
  );

  it("gives the data only while every control shows the recorded text", () => {
    const controls = [control("datumMR", "20 juni"), control("datumMR", "20 juni"), control("onderraad", "REZ")];
    expect(currentParameterData(snapshot(model, controls))).toEqual({ datumMR: "2025-06-20" });
    expect(currentParameterData(snapshot(model, [control("datumMR", "20 juni"), control("datumMR", "27 juni")]))).toEqual({});
    expect(currentParameterData({ ...snapshot(model, []), state: { status: "absent" } })).toEqual({});
  });
});
