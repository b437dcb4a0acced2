// The pure part of the tab "Parafen & procedure": the next step and its days to go, the order of the
// timeline, the time stamps of changes, and the change that stores the inferred values.
import type { ProcedureItem } from "../../src/domain/procedure";
import { emptyState, mergeState } from "../../src/domain/stateModel";
import { daysBetween, eventKey, inferredChange, localIsoDate, nextStatus, nextStep, stampAfter, timeline, type ProcedureView } from "../../src/taskpane/procedure/procedureView";

const ITEMS: ProcedureItem[] = [
  { step: "verzending", label: "Verzending", from: "2025-06-23", to: "2025-06-27" },
  { step: "acke", label: "ACKE", date: "2025-06-02" },
  { step: "event", label: "JLoI-ondertekening Cosun", date: "2025-06-23" },
  { step: "mr", label: "MR", date: "2025-06-20" },
];

describe("procedure view", () => {
  it("moves a status one step on, and not past 'getekend' or from 'afgewezen'", () => {
    expect(nextStatus("nog-vragen")).toBe("gevraagd");
    expect(nextStatus("gevraagd")).toBe("akkoord");
    expect(nextStatus("akkoord")).toBe("getekend");
    expect(nextStatus("getekend")).toBeNull();
    expect(nextStatus("afgewezen")).toBeNull();
  });

  it("orders the timeline by first day, a step before an event on the same day", () => {
    expect(timeline(ITEMS).map((item) => item.label)).toEqual(["ACKE", "MR", "Verzending", "JLoI-ondertekening Cosun"]);
  });

  it("counts whole days across month ends and the change to summer time", () => {
    expect(daysBetween("2025-06-18", "2025-06-20")).toBe(2);
    expect(daysBetween("2025-03-29", "2025-04-01")).toBe(3);
    expect(daysBetween("2025-06-20", "2025-06-18")).toBe(-2);
    expect(daysBetween("2024-12-31", "2025-01-01")).toBe(1);
  });

  it("gives the next step from today: a step on today is 0 days away, a week counts until its last day", () => {
    expect(nextStep(ITEMS, "2025-06-01")).toEqual({ item: ITEMS[1], days: 1 });
    expect(nextStep(ITEMS, "2025-06-02")).toEqual({ item: ITEMS[1], days: 0 });
    expect(nextStep(ITEMS, "2025-06-03")).toEqual({ item: ITEMS[3], days: 17 });
    expect(nextStep(ITEMS, "2025-06-26")).toEqual({ item: ITEMS[0], days: 0 });
    expect(nextStep(ITEMS, "2025-06-28")).toBeNull();
    expect(nextStep([], "2025-06-28")).toBeNull();
  });

  it("takes today from the local calendar, not UTC", () => {
    expect(localIsoDate(new Date(2025, 5, 18, 0, 30))).toBe("2025-06-18");
    expect(localIsoDate(new Date(2025, 0, 1, 23, 59))).toBe("2025-01-01");
  });

  it("stamps a change after the newest stored entry when the clock is not past it", () => {
    const state = emptyState();
    state.procedure.milestones.mr = { date: "2025-06-20", updatedAt: "2025-06-18T10:00:00.000Z" };
    state.cosignatories.x = { removed: true, updatedAt: "2025-06-18T11:00:00.000Z" };
    expect(stampAfter(new Date("2025-06-18T12:00:00.000Z"), state).toISOString()).toBe("2025-06-18T12:00:00.000Z");
    expect(stampAfter(new Date("2025-06-18T11:00:00.000Z"), state).toISOString()).toBe("2025-06-18T11:00:00.001Z");
    expect(stampAfter(new Date("2025-06-18T09:00:00.000Z"), null).toISOString()).toBe("2025-06-18T09:00:00.000Z");
  });

  it("stores the inferred view as one change: co-signatories to ask, steps and weeks, events, the flag", () => {
    const view: ProcedureView = {
      source: "inferred",
      cosignatories: [{ id: "stas-ienw", title: "Staatssecretaris van Infrastructuur en Waterstaat", roles: ["akkoord"], status: null, date: null, note: "" }],
      procedure: ITEMS,
      unclearWhoSigns: true,
    };
    const at = "2025-06-18T10:00:00.000Z";
    const change = inferredChange(view, at);
    expect(change.cosignatories["stas-ienw"]).toEqual({ roles: ["akkoord"], status: "nog-vragen", date: null, note: "", updatedAt: at });
    expect(change.procedure.milestones).toEqual({
      acke: { label: "ACKE", date: "2025-06-02", updatedAt: at },
      mr: { label: "MR", date: "2025-06-20", updatedAt: at },
      verzending: { label: "Verzending", from: "2025-06-23", to: "2025-06-27", updatedAt: at },
    });
    expect(change.procedure.events).toEqual({ "jloi-ondertekening-cosun": { label: "JLoI-ondertekening Cosun", date: "2025-06-23", updatedAt: at } });
    expect(change.procedure.unclearWhoSigns).toEqual({ value: true, updatedAt: at });
    // Merged into an empty document it is the whole state; merged again it changes nothing.
    const stored = mergeState(emptyState(), change);
    expect(mergeState(stored, change)).toEqual(stored);
  });

  it("makes an event's key from its label", () => {
    expect(eventKey("JLoI-ondertekening Cosun")).toBe("jloi-ondertekening-cosun");
    expect(eventKey("  Overleg: Cosun & IenW ")).toBe("overleg-cosun-ienw");
    expect(eventKey("!!")).toBe("event");
  });
});
