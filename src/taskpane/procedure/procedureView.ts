// What the tab "Parafen & procedure" shows and stores (issue 10), without React: the co-signatories
// and procedure from the stored state or, when the document has none, inferred from its text; the
// next step with its days to go; and the state changes the tab's buttons write.
import { signatoryCatalogue } from "../../config/signatories";
import { parseIsoDate } from "../../domain/dutchDates";
import { procedureStatus, type ProcedureItem, type ProcedureStatus } from "../../domain/procedure";
import type { DocumentSnapshot } from "../../domain/snapshot";
import { emptyState, type CosignatoryRole, type CosignatoryStatus, type Milestone, type StoredState } from "../../domain/stateModel";
import { ministries } from "../../config/signatories";

/** The order of a co-signatory's status; `afgewezen` is outside it (issue 10). */
export const STATUS_ORDER: readonly CosignatoryStatus[] = ["nog-vragen", "gevraagd", "akkoord", "getekend"];

/** The one step after `status`; null after `getekend` and for `afgewezen`. */
export function nextStatus(status: CosignatoryStatus): CosignatoryStatus | null {
  const at = STATUS_ORDER.indexOf(status);
  return at < 0 || at === STATUS_ORDER.length - 1 ? null : STATUS_ORDER[at + 1];
}

/** A co-signatory as the tab shows it: from the state (with status, date, note) or inferred (status null). */
export interface CosignatoryView {
  id: string;
  title: string;
  roles: CosignatoryRole[];
  status: CosignatoryStatus | null;
  date: string | null;
  note: string;
}

/** What the tab shows: `procedureStatus` plus each stored co-signatory's date and note. */
export interface ProcedureView {
  source: ProcedureStatus["source"];
  cosignatories: CosignatoryView[];
  procedure: ProcedureItem[];
  unclearWhoSigns: boolean;
}

/** The view of `snapshot`: stored when the state part holds co-signatories or procedure data, else inferred. */
export function procedureView(snapshot: DocumentSnapshot): ProcedureView {
  const status = procedureStatus(snapshot, signatoryCatalogue, ministries);
  const stored = snapshot.state.status === "ok" ? snapshot.state.model.cosignatories : {};
  return {
    source: status.source,
    procedure: status.procedure,
    unclearWhoSigns: status.unclearWhoSigns,
    cosignatories: status.cosignatories.map((entry) => {
      const own = status.source === "stored" && Object.hasOwn(stored, entry.signatory) ? stored[entry.signatory] : undefined;
      const live = own !== undefined && !("removed" in own) ? own : undefined;
      return {
        id: entry.signatory,
        title: entry.title,
        roles: entry.roles,
        status: (entry.status as CosignatoryStatus | null) ?? null,
        date: live?.date ?? null,
        note: live?.note ?? "",
      };
    }),
  };
}

/** The ISO date (YYYY-MM-DD) of `now` on the drafter's own calendar (local time, not UTC). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from ISO date `from` to ISO date `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => {
    const parsed = parseIsoDate(iso);
    if (!parsed) throw new Error(`'${iso}' is not an ISO date`);
    return Date.UTC(parsed.year, parsed.month - 1, parsed.day) / 86_400_000;
  };
  return Math.round(day(to) - day(from));
}

/** The first and last day of an item (equal for a single date). */
export function itemDays(item: ProcedureItem): { from: string; to: string } {
  return "date" in item ? { from: item.date, to: item.date } : { from: item.from, to: item.to };
}

/** The procedure in time order (a week by its first day; steps before events on the same day). */
export function timeline(items: readonly ProcedureItem[]): ProcedureItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => itemDays(a.item).from.localeCompare(itemDays(b.item).from) || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The next step seen from `today` (ISO date): the first item of the timeline that has not ended
 * (a week counts until its last day), with the days until it starts (0 while it is today or under
 * way). Null when every step is past.
 */
export function nextStep(items: readonly ProcedureItem[], today: string): { item: ProcedureItem; days: number } | null {
  for (const item of timeline(items)) {
    const { from, to } = itemDays(item);
    if (daysBetween(today, to) >= 0) return { item, days: Math.max(0, daysBetween(today, from)) };
  }
  return null;
}

/**
 * The time stamp of a change: `now`, or 1 ms after the newest `updatedAt` in `state` when the clock is
 * not past it (a clock behind another writer's, or two clicks in one millisecond): a merge keeps the
 * newest entry, so a change must be newer than what it replaces or it would be silently lost.
 */
export function stampAfter(now: Date, state: StoredState | null): Date {
  let newest = Number.NEGATIVE_INFINITY;
  const visit = (section: Record<string, { updatedAt: string }>) => {
    for (const entry of Object.values(section)) newest = Math.max(newest, Date.parse(entry.updatedAt));
  };
  if (state) {
    visit(state.cosignatories);
    visit(state.procedure.milestones);
    visit(state.procedure.events);
    if (state.procedure.unclearWhoSigns) visit({ flag: state.procedure.unclearWhoSigns });
  }
  return now.getTime() > newest ? now : new Date(newest + 1);
}

/** A change that sets one co-signatory (keyed by signatory id), stamped `updatedAt`. */
export function cosignatoryChange(id: string, value: Omit<CosignatoryView, "id" | "title" | "status"> & { status: CosignatoryStatus }, updatedAt: string): StoredState {
  const change = emptyState();
  change.cosignatories[id] = { roles: value.roles, status: value.status, date: value.date, note: value.note, updatedAt };
  return change;
}

/** A change that sets "nog onduidelijk wie tekent". */
export function unclearChange(value: boolean, updatedAt: string): StoredState {
  const change = emptyState();
  change.procedure.unclearWhoSigns = { value, updatedAt };
  return change;
}

/** A change that sets procedure step `key` to one date or (with `to` later than `from`) a week. */
export function milestoneChange(key: string, label: string, from: string, to: string | null, updatedAt: string): StoredState {
  const change = emptyState();
  const milestone: Milestone = to !== null && to !== from ? { label, from, to, updatedAt } : { label, date: from, updatedAt };
  change.procedure.milestones[key] = milestone;
  return change;
}

/** A change that adds free event `label` on `date` under a key made from the label. */
export function eventChange(label: string, date: string, updatedAt: string): StoredState {
  const change = emptyState();
  change.procedure.events[eventKey(label)] = { label, date, updatedAt };
  return change;
}

/** The state key of a free event: its label in lower case, words joined by "-". */
export function eventKey(label: string): string {
  return label.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "event";
}

/**
 * The whole inferred view as one change, for "store in the document": co-signatories at `nog-vragen`,
 * every step and event with its date or week, and the unclear flag.
 */
export function inferredChange(view: ProcedureView, updatedAt: string): StoredState {
  const change = emptyState();
  for (const cosignatory of view.cosignatories) {
    change.cosignatories[cosignatory.id] = { roles: cosignatory.roles, status: "nog-vragen", date: null, note: "", updatedAt };
  }
  for (const item of view.procedure) {
    const { from, to } = itemDays(item);
    if (item.step === "event") change.procedure.events[eventKey(item.label)] = { label: item.label, date: from, updatedAt };
    else change.procedure.milestones[item.step] = from === to ? { label: item.label, date: from, updatedAt } : { label: item.label, from, to, updatedAt };
  }
  change.procedure.unclearWhoSigns = { value: view.unclearWhoSigns, updatedAt };
  return change;
}
