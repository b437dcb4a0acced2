// Tab "Parafen & procedure" (issue 10): the co-signatories with their status, the procedure as a
// timeline with the days to go, the checks of co-signatory and procedure with "Ga naar", and the
// akkoord line and parafenroute when the nota lacks them. Everything it shows comes from the session's
// snapshot; every change is written with port.updateState and then read back, so a failed write
// changes nothing shown (the notice says why).
import {
  Badge,
  Button,
  Checkbox,
  Divider,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type FormEvent } from "react";
import { blockCatalogue } from "../../config/blocks";
import { renderMessage } from "../../config/findingMessages";
import { sectionCatalogue } from "../../config/sections";
import { ministries, signatoryCatalogue } from "../../config/signatories";
import { blockPresence } from "../../domain/blockPresence";
import { renderBlock } from "../../domain/blocks";
import { readDateInput } from "../../domain/dateInput";
import { formatDutchDate } from "../../domain/dutchDates";
import type { Finding, FindingLocation } from "../../domain/findings";
import { STEP_LABELS, type ProcedureItem } from "../../domain/procedure";
import { procedureFindings } from "../../domain/procedureChecks";
import { detectSections } from "../../domain/sections";
import { emptyState, liveEntries, mergeState, MILESTONE_KEYS, type CosignatoryRole, type CosignatoryStatus, type StoredState } from "../../domain/stateModel";
import { insertionTarget } from "../blokken/BlokkenTab";
import { referenceYear } from "../blokken/paramInput";
import { strings } from "../strings";
import { useDocumentSession } from "../session/DocumentSession";
import { OperationStatus } from "../session/NoticeBar";
import { StateAsideAction } from "../session/StateAside";
import {
  cosignatoryChange,
  daysBetween,
  eventChange,
  eventKey,
  inferredChange,
  itemDays,
  localIsoDate,
  milestoneChange,
  nextStatus,
  nextStep,
  procedureView,
  stampAfter,
  timeline,
  unclearChange,
  type CosignatoryView,
  type ProcedureView,
} from "./procedureView";

const text = strings.procedure;

const useStyles = makeStyles({
  tab: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // As in Blokken: the title keeps its line; badges and buttons wrap below it rather than squeeze it.
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  title: { flex: "1 1 12rem", minWidth: 0, overflowWrap: "anywhere" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  sectionTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  // A native select is as wide as its longest option ("Minister van Landbouw, Visserij, …"): keep it to the pane.
  select: {
    width: "100%",
    minWidth: 0,
    "& select": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  step: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  stepNext: { borderLeftColor: tokens.colorBrandStroke1 },
});

const STATUS_COLOURS: Record<CosignatoryStatus, "informative" | "warning" | "success" | "danger" | "brand"> = {
  "nog-vragen": "informative",
  gevraagd: "warning",
  akkoord: "brand",
  getekend: "success",
  afgewezen: "danger",
};

/** A Dutch date for the pane: "maandag 2 juni 2025". */
const dutch = (iso: string) => formatDutchDate(iso, "weekday-long");

function itemText(item: ProcedureItem): string {
  const { from, to } = itemDays(item);
  return from === to ? dutch(from) : text.week(formatDutchDate(from, "weekday"), formatDutchDate(to, "weekday-long"));
}

type DateField = { ok: true; iso: string | null } | { ok: false; problem: string };

/** A typed date (Dutch, as in the Blokken forms); empty is no date. */
function readDateField(input: string, year: number): DateField {
  if (input.trim() === "") return { ok: true, iso: null };
  const read = readDateInput(input, year);
  if (read.ok) return { ok: true, iso: read.iso };
  if (read.problem === "wrong-weekday")
    return {
      ok: false,
      problem: text.dateWeekday(formatDutchDate(read.iso, "long"), read.weekday),
    };
  return { ok: false, problem: text.dateInvalid(input.trim()) };
}

/** The hint under a date field: the date as the nota writes it, else an example (`optional`: says empty is allowed). */
function dateHint(field: DateField, optional = false): string {
  if (field.ok && field.iso !== null) return strings.blokken.datePreview(dutch(field.iso));
  return optional ? text.dateHintOptional : text.dateHint;
}

export interface ProcedureTabProps {
  /** The clock: "today" for the days to go, and the time stamps of changes. Injected by tests. */
  now?: () => Date;
}

/** The tab "Parafen & procedure". */
export function ProcedureTab({ now = () => new Date() }: ProcedureTabProps) {
  const styles = useStyles();
  const session = useDocumentSession();
  const { snapshot, operation, port } = session;
  const busy = operation !== null;

  const view = useMemo(() => (snapshot ? procedureView(snapshot) : null), [snapshot]);
  const findings = useMemo(
    () => (snapshot ? procedureFindings(snapshot, { signatories: signatoryCatalogue, ministries }, detectSections(snapshot, sectionCatalogue)) : []),
    [snapshot],
  );
  const presence = useMemo(() => (snapshot ? blockPresence(snapshot, detectSections(snapshot, sectionCatalogue), blockCatalogue) : null), [snapshot]);
  // A date typed without a year belongs to the procedure's year (state, else the dates in the text).
  const year = useMemo(() => {
    const first = view ? timeline(view.procedure)[0] : undefined;
    if (first) return Number(itemDays(first).from.slice(0, 4));
    return referenceYear(snapshot ? snapshot.paragraphs.map((p) => p.text) : [], [], now());
  }, [view, snapshot, now]);
  const stateUnreadable = snapshot?.state.status === "unreadable";

  // The first read (and its failure) is shown on tab Blokken, which owns origin "document".
  if (!snapshot || !view) {
    return (
      <div className={styles.tab}>
        <Text>{text.notRead}</Text>
        <div className={styles.actions}>
          <Button disabled={busy} onClick={() => void session.refresh()}>
            {text.read}
          </Button>
        </div>
      </div>
    );
  }

  /**
   * Writes `change` and reads the document again. While the view is inferred, the inferred values go
   * along (a moment older, so the drafter's change wins): the first change stores what the pane shows.
   */
  const save = (origin: string, change: (stamp: string) => StoredState, success: string, after?: () => void) =>
    void session.run({ label: text.saving, origin }, async (context) => {
      const at = stampAfter(now(), snapshot.state.status === "ok" ? snapshot.state.model : null);
      const own = change(at.toISOString());
      const full = view.source === "inferred" ? mergeState(inferredChange(view, new Date(at.getTime() - 1).toISOString()), own) : own;
      await port.updateState(full);
      after?.();
      try {
        await context.reread();
      } catch {
        return {
          intent: "warning",
          title: success,
          body: strings.blokken.rereadFailed,
        };
      }
      return { intent: "success", title: success };
    });

  const goTo = (origin: string, location: FindingLocation) =>
    void session.run({ label: text.goingTo, origin }, async (context) => {
      // The quoted date text itself (across runs, in a content control); "changed": the paragraph moved.
      if ((await port.selectLocation(location)) !== "changed") return null;
      await context.reread();
      return {
        intent: "warning",
        title: text.goToVanished,
        body: text.goToVanishedBody,
      };
    });

  const insert = (blockId: "akkoord" | "parafenroute", values: Record<string, string>) =>
    void session.run(
      {
        label: strings.blokken.inserting(blockTitle(blockId)),
        origin: "procedure:insert",
      },
      async (context) => {
        const def = blockCatalogue.find((entry) => entry.id === blockId);
        if (!def) throw new Error(`No block '${blockId}' in the block catalogue`);
        const block = renderBlock(def, values);
        const outcome = await context.onTarget(
          (current) => insertionTarget(def, current),
          async (anchor) => {
            await port.insertBlock(block, { kind: "nota-order", anchor });
            return { changed: false, result: null };
          },
        );
        if (outcome.status !== "done")
          return {
            intent: "warning",
            title: strings.blokken.targetMoved(def.title),
            body: strings.blokken.targetMovedBody,
          };
        try {
          await context.reread();
        } catch {
          return {
            intent: "warning",
            title: strings.blokken.inserted(def.title),
            body: strings.blokken.rereadFailed,
          };
        }
        return {
          intent: "success",
          title: strings.blokken.inserted(def.title),
          body: strings.blokken.insertedBody,
        };
      },
    );

  const today = localIsoDate(now());
  const akkoordTitle = view.cosignatories.find((c) => c.roles.includes("akkoord"))?.title;
  const missingAkkoord = presence?.get("akkoord")?.state === "absent";
  const missingRoute = presence?.get("parafenroute")?.state === "absent";

  return (
    <div className={styles.tab}>
      <Text>
        {text.intro}{" "}
        <Link href="assets/help.html#procedure" target="_blank" rel="noopener" aria-label={strings.helpLabel}>
          {strings.help}
        </Link>
      </Text>
      {stateUnreadable && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.unreadableTitle}</MessageBarTitle> {text.unreadableBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {stateUnreadable && <StateAsideAction origin="procedure:aside" />}
      <OperationStatus origin="procedure:aside" />
      {view.source === "inferred" && !stateUnreadable && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.inferredTitle}</MessageBarTitle> {text.inferredBody}{" "}
            <Button size="small" appearance="primary" disabled={busy} onClick={() => save("procedure:inferred", () => emptyState(), text.storedInferred)}>
              {text.storeInferred}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <OperationStatus origin="procedure:inferred" />

      <section aria-labelledby="procedure-cosignatories" className={styles.form}>
        <h2 id="procedure-cosignatories" className={styles.sectionTitle}>
          {text.cosignatoriesTitle}
        </h2>
        {view.cosignatories.length === 0 ? (
          <Text className={styles.muted}>{text.noCosignatories}</Text>
        ) : (
          <ul className={styles.list} aria-label={text.cosignatoriesLabel}>
            {view.cosignatories.map((cosignatory) => (
              <CosignatoryCard
                key={cosignatory.id}
                cosignatory={cosignatory}
                busy={busy}
                year={year}
                today={today}
                onSave={(value, success, after) =>
                  save(`procedure:cosignatory:${cosignatory.id}`, (at) => cosignatoryChange(cosignatory.id, value, at), success, after)
                }
              />
            ))}
          </ul>
        )}
        <Checkbox
          label={text.unclear}
          checked={view.unclearWhoSigns}
          disabled={busy}
          onChange={(_, data) => {
            const value = data.checked === true;
            save("procedure:unclear", (at) => unclearChange(value, at), value ? text.unclearSet : text.unclearCleared);
          }}
        />
        <OperationStatus origin="procedure:unclear" />
        <AddCosignatory
          view={view}
          busy={busy}
          onAdd={(id, roles, title, after) =>
            save("procedure:add", (at) => cosignatoryChange(id, { roles, status: "nog-vragen", date: null, note: "" }, at), text.added(title), after)
          }
        />
      </section>

      <Divider />
      <Timeline
        view={view}
        snapshotEvents={snapshot.state.status === "ok" ? liveEntries(snapshot.state.model.procedure.events) : []}
        today={today}
        year={year}
        busy={busy}
        onSaveStep={(key, label, from, to, after) =>
          save(
            `procedure:step:${key}`,
            (at) => milestoneChange(key, label, from, to, at),
            text.stepSaved(label, to && to !== from ? text.week(formatDutchDate(from, "weekday"), formatDutchDate(to, "weekday-long")) : dutch(from)),
            after,
          )
        }
        onSaveEvent={(key, label, date, after, origin) =>
          save(
            origin ?? `procedure:step:${key}`,
            (at) => {
              const change = eventChange(label, date, at);
              if (key !== eventKey(label))
                change.procedure.events = {
                  [key]: { label, date, updatedAt: at },
                };
              return change;
            },
            text.eventAdded(label),
            after,
          )
        }
      />

      <Divider />
      <Findings findings={findings} busy={busy} onGoTo={goTo} />

      {(missingAkkoord || missingRoute) && (
        <>
          <Divider />
          <section aria-labelledby="procedure-insert" className={styles.form}>
            <h2 id="procedure-insert" className={styles.sectionTitle}>
              {text.insertTitle}
            </h2>
            <div className={styles.actions}>
              {missingAkkoord && (
                <Button disabled={busy} onClick={() => insert("akkoord", akkoordTitle ? { bewindspersoon: akkoordTitle } : {})}>
                  {text.insertAkkoord}
                </Button>
              )}
              {missingRoute && (
                <Button disabled={busy} onClick={() => insert("parafenroute", {})}>
                  {text.insertParafenroute}
                </Button>
              )}
            </div>
          </section>
        </>
      )}
      <OperationStatus origin="procedure:insert" />
    </div>
  );
}

function blockTitle(id: string): string {
  return blockCatalogue.find((entry) => entry.id === id)?.title ?? id;
}

interface CosignatoryCardProps {
  cosignatory: CosignatoryView;
  busy: boolean;
  year: number;
  today: string;
  onSave(
    value: {
      roles: CosignatoryRole[];
      status: CosignatoryStatus;
      date: string | null;
      note: string;
    },
    success: string,
    after?: () => void,
  ): void;
}

function CosignatoryCard({ cosignatory, busy, year, today, onSave }: CosignatoryCardProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<CosignatoryStatus>("nog-vragen");
  const [dateInput, setDateInput] = useState("");
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);
  const current = cosignatory.status ?? "nog-vragen";
  const next = nextStatus(current);
  const titleId = `medeondertekenaar-${cosignatory.id}`;
  const date = readDateField(dateInput, year);

  const open = () => {
    setStatus(current);
    setDateInput(cosignatory.date ? formatDutchDate(cosignatory.date, "long") : "");
    setNote(cosignatory.note);
    setTried(false);
    setEditing(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!date.ok) return;
    onSave({ roles: cosignatory.roles, status, date: date.iso, note: note.trim() }, text.statusChanged(cosignatory.title, text.status[status]), () =>
      setEditing(false),
    );
  };

  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <div className={styles.row}>
        <Text id={titleId} className={styles.title} weight="semibold">
          {cosignatory.title}
        </Text>
        <Badge appearance="tint" color={cosignatory.status ? STATUS_COLOURS[cosignatory.status] : "subtle"}>
          {cosignatory.status ? text.status[cosignatory.status] : text.inferredStatus}
        </Badge>
      </div>
      <Text size={200} className={styles.muted}>
        {cosignatory.roles.map((role) => text.roles[role]).join(" · ")}
        {cosignatory.date ? ` · ${text.statusSince(formatDutchDate(cosignatory.date, "long"))}` : ""}
      </Text>
      {cosignatory.note !== "" && <Text size={200}>{cosignatory.note}</Text>}
      <div className={styles.actions}>
        {next && (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            aria-label={text.advanceLabel(cosignatory.title, text.status[next])}
            onClick={() =>
              onSave(
                {
                  roles: cosignatory.roles,
                  status: next,
                  date: today,
                  note: cosignatory.note,
                },
                text.statusChanged(cosignatory.title, text.status[next]),
              )
            }
          >
            {text.advance(text.status[next])}
          </Button>
        )}
        <Button
          size="small"
          disabled={busy}
          aria-expanded={editing}
          aria-label={text.editLabel(cosignatory.title)}
          onClick={() => (editing ? setEditing(false) : open())}
        >
          {text.edit}
        </Button>
      </div>
      {editing && (
        <form className={styles.form} aria-label={text.editFormLabel(cosignatory.title)} onSubmit={submit}>
          <Field label={text.statusLabel}>
            <Select className={styles.select} value={status} onChange={(_, data) => setStatus(data.value as CosignatoryStatus)}>
              {(["nog-vragen", "gevraagd", "akkoord", "getekend", "afgewezen"] as const).map((value) => (
                <option key={value} value={value}>
                  {text.status[value]}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={text.date}
            hint={date.ok ? dateHint(date, true) : undefined}
            validationState={tried && !date.ok ? "error" : "none"}
            validationMessage={tried && !date.ok ? date.problem : undefined}
          >
            <Input value={dateInput} onChange={(_, data) => setDateInput(data.value)} />
          </Field>
          <Field label={text.note}>
            <Textarea value={note} onChange={(_, data) => setNote(data.value)} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {text.save}
            </Button>
            <Button onClick={() => setEditing(false)}>{text.cancel}</Button>
          </div>
        </form>
      )}
      <OperationStatus origin={`procedure:cosignatory:${cosignatory.id}`} />
    </li>
  );
}

function AddCosignatory({
  view,
  busy,
  onAdd,
}: {
  view: ProcedureView;
  busy: boolean;
  onAdd(id: string, roles: CosignatoryRole[], title: string, after: () => void): void;
}) {
  const styles = useStyles();
  const [id, setId] = useState("");
  const [roles, setRoles] = useState<CosignatoryRole[]>(["akkoord", "medeondertekening"]);
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const present = new Set(view.cosignatories.map((c) => c.id));
  const choices = signatoryCatalogue.filter((entry) => !present.has(entry.id));
  const toggle = (role: CosignatoryRole, on: boolean) =>
    setRoles((current) => (on ? [...current.filter((r) => r !== role), role] : current.filter((r) => r !== role)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const signatory = signatoryCatalogue.find((entry) => entry.id === id);
    if (!signatory) return setProblem(text.addNoSignatory);
    if (roles.length === 0) return setProblem(text.addNoRole);
    setProblem(null);
    onAdd(
      signatory.id,
      (["akkoord", "medeondertekening"] as const).filter((role) => roles.includes(role)),
      signatory.title,
      () => {
        setId("");
        setOpen(false);
      },
    );
  };
  if (!open) {
    return (
      <div className={styles.actions}>
        <Button id="procedure-add-open" disabled={busy} aria-expanded={false} onClick={() => setOpen(true)}>
          {text.addOpen}
        </Button>
        <OperationStatus origin="procedure:add" />
      </div>
    );
  }
  const close = () => {
    setOpen(false);
    setProblem(null);
  };
  return (
    <form className={styles.form} aria-labelledby="procedure-add" onSubmit={submit}>
      <h3 id="procedure-add" className={styles.sectionTitle}>
        {text.addTitle}
      </h3>
      <Field
        label={text.addSignatory}
        validationState={problem === text.addNoSignatory ? "error" : "none"}
        validationMessage={problem === text.addNoSignatory ? problem : undefined}
      >
        <Select className={styles.select} value={id} onChange={(_, data) => setId(data.value)}>
          <option value="">{text.addChoose}</option>
          {choices.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </Select>
      </Field>
      {/* A fieldset, not a Field: a Field would name each checkbox after its own label. */}
      <fieldset className={styles.fieldset}>
        <legend>{text.addRoles}</legend>
        <div className={styles.actions}>
          {(["akkoord", "medeondertekening"] as const).map((role) => (
            <Checkbox key={role} label={text.roles[role]} checked={roles.includes(role)} onChange={(_, data) => toggle(role, data.checked === true)} />
          ))}
        </div>
        {problem === text.addNoRole && (
          <Text role="alert" className={styles.problem}>
            {problem}
          </Text>
        )}
      </fieldset>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {text.add}
        </Button>
        <Button onClick={close}>{text.cancel}</Button>
      </div>
      <OperationStatus origin="procedure:add" />
    </form>
  );
}

interface TimelineEntry {
  key: string;
  kind: "step" | "event";
  label: string;
  item: ProcedureItem | null;
}

interface TimelineProps {
  view: ProcedureView;
  snapshotEvents: [string, { label: string; date: string }][];
  today: string;
  year: number;
  busy: boolean;
  onSaveStep(key: string, label: string, from: string, to: string | null, after: () => void): void;
  onSaveEvent(key: string, label: string, date: string, after: () => void, origin?: string): void;
}

/** The four steps always (so a date can be given), then the events; ordered by date where known. */
function timelineEntries(view: ProcedureView, snapshotEvents: TimelineProps["snapshotEvents"]): TimelineEntry[] {
  const steps: TimelineEntry[] = MILESTONE_KEYS.map((key) => {
    const item = view.procedure.find((entry) => entry.step === key) ?? null;
    return { key, kind: "step", label: item?.label ?? STEP_LABELS[key], item };
  });
  const events: TimelineEntry[] = view.procedure
    .filter((entry) => entry.step === "event")
    .map((item) => {
      const stored = snapshotEvents.find(([, event]) => event.label === item.label && "date" in item && event.date === item.date);
      return {
        key: stored?.[0] ?? eventKey(item.label),
        kind: "event",
        label: item.label,
        item,
      };
    });
  const dated = [...steps, ...events].filter((entry) => entry.item !== null).sort((a, b) => itemDays(a.item!).from.localeCompare(itemDays(b.item!).from));
  // Undated steps keep their place in the procedure's order: after the dated steps before them.
  const result: TimelineEntry[] = [];
  for (const entry of dated) result.push(entry);
  for (const entry of steps.filter((s) => s.item === null)) {
    const order = MILESTONE_KEYS.indexOf(entry.key as (typeof MILESTONE_KEYS)[number]);
    const after = result.reduce(
      (last, other, index) => (other.kind === "step" && MILESTONE_KEYS.indexOf(other.key as (typeof MILESTONE_KEYS)[number]) < order ? index : last),
      -1,
    );
    result.splice(after + 1, 0, entry);
  }
  return result;
}

function Timeline({ view, snapshotEvents, today, year, busy, onSaveStep, onSaveEvent }: TimelineProps) {
  const styles = useStyles();
  const entries = timelineEntries(view, snapshotEvents);
  const next = nextStep(view.procedure, today);
  const [eventLabel, setEventLabel] = useState("");
  const [eventDate, setEventDate] = useState("");
  const [eventTried, setEventTried] = useState(false);
  const [adding, setAdding] = useState(false);
  const date = readDateField(eventDate, year);
  const labelMissing = eventLabel.trim() === "";
  const dateMissing = date.ok && date.iso === null;

  const addEvent = (event: FormEvent) => {
    event.preventDefault();
    setEventTried(true);
    if (labelMissing || !date.ok || date.iso === null) return;
    onSaveEvent(
      eventKey(eventLabel),
      eventLabel.trim(),
      date.iso,
      () => {
        setEventLabel("");
        setEventDate("");
        setEventTried(false);
        setAdding(false);
      },
      "procedure:event",
    );
  };

  return (
    <section aria-labelledby="procedure-timeline" className={styles.form}>
      <h2 id="procedure-timeline" className={styles.sectionTitle}>
        {text.timelineTitle}
      </h2>
      <Text weight="semibold" data-role="next-step">
        {view.procedure.length === 0 ? text.noSteps : next ? text.next(next.item.label, next.days) : text.allPast}
      </Text>
      <ol className={styles.list} aria-label={text.timelineLabel}>
        {entries.map((entry) => (
          <TimelineStep
            key={`${entry.kind}:${entry.key}`}
            entry={entry}
            today={today}
            year={year}
            busy={busy}
            isNext={next !== null && entry.item === next.item}
            onSave={
              entry.kind === "step"
                ? (from, to, after) => onSaveStep(entry.key, entry.label, from, to, after)
                : (from, _to, after) => onSaveEvent(entry.key, entry.label, from, after)
            }
          />
        ))}
      </ol>
      {!adding && (
        <div className={styles.actions}>
          <Button disabled={busy} aria-expanded={false} onClick={() => setAdding(true)}>
            {text.eventOpen}
          </Button>
          <OperationStatus origin="procedure:event" />
        </div>
      )}
      {adding && (
        <form className={styles.form} aria-labelledby="procedure-event" onSubmit={addEvent}>
          <h3 id="procedure-event" className={styles.sectionTitle}>
            {text.eventTitle}
          </h3>
          <Field
            label={text.eventLabel}
            hint={text.eventLabelHint}
            validationState={eventTried && labelMissing ? "error" : "none"}
            validationMessage={eventTried && labelMissing ? text.eventLabelRequired : undefined}
          >
            <Input value={eventLabel} onChange={(_, data) => setEventLabel(data.value)} />
          </Field>
          <Field
            label={text.date}
            hint={date.ok ? dateHint(date) : undefined}
            validationState={eventTried && (!date.ok || dateMissing) ? "error" : "none"}
            validationMessage={eventTried ? (!date.ok ? date.problem : dateMissing ? text.dateRequired : undefined) : undefined}
          >
            <Input value={eventDate} onChange={(_, data) => setEventDate(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {text.add}
            </Button>
            <Button
              onClick={() => {
                setAdding(false);
                setEventTried(false);
              }}
            >
              {text.cancel}
            </Button>
          </div>
          <OperationStatus origin="procedure:event" />
        </form>
      )}
    </section>
  );
}

interface TimelineStepProps {
  entry: TimelineEntry;
  today: string;
  year: number;
  busy: boolean;
  isNext: boolean;
  onSave(from: string, to: string | null, after: () => void): void;
}

function TimelineStep({ entry, today, year, busy, isNext, onSave }: TimelineStepProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [fromInput, setFromInput] = useState("");
  const [toInput, setToInput] = useState("");
  const [tried, setTried] = useState(false);
  const from = readDateField(fromInput, year);
  const to = readDateField(toInput, year);
  const titleId = `stap-${entry.kind}-${entry.key}`;
  const days = entry.item ? itemDays(entry.item) : null;
  const past = days !== null && days.to < today;
  const fromMissing = from.ok && from.iso === null;
  const toBeforeFrom = from.ok && to.ok && from.iso !== null && to.iso !== null && to.iso < from.iso;

  const open = () => {
    setFromInput(days ? formatDutchDate(days.from, "long") : "");
    setToInput(days && days.to !== days.from ? formatDutchDate(days.to, "long") : "");
    setTried(false);
    setEditing(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!from.ok || from.iso === null || !to.ok || toBeforeFrom) return;
    onSave(from.iso, entry.kind === "step" ? to.iso : null, () => setEditing(false));
  };
  const fromProblem = !from.ok ? from.problem : fromMissing ? text.dateRequired : undefined;
  const toProblem = !to.ok ? to.problem : toBeforeFrom ? text.stepToBeforeFrom : undefined;

  return (
    <li className={`${styles.step} ${isNext ? styles.stepNext : ""}`} aria-labelledby={titleId}>
      <div className={styles.row}>
        <Text id={titleId} className={styles.title} weight="semibold">
          {entry.label}
        </Text>
        {isNext && days && (
          <Badge appearance="filled" color="brand">
            {text.daysTo(Math.max(0, daysBetween(today, days.from)))}
          </Badge>
        )}
        {past && (
          <Badge appearance="outline" color="informative">
            {text.pastBadge}
          </Badge>
        )}
      </div>
      <div className={styles.row}>
        <Text size={200} className={entry.item ? undefined : styles.muted}>
          {entry.item ? itemText(entry.item) : text.noDate}
        </Text>
        <Button
          size="small"
          disabled={busy}
          aria-expanded={editing}
          aria-label={text.editStepLabel(entry.label)}
          onClick={() => (editing ? setEditing(false) : open())}
        >
          {text.edit}
        </Button>
      </div>
      {editing && (
        <form className={styles.form} aria-label={text.stepFormLabel(entry.label)} onSubmit={submit}>
          <Field
            label={entry.kind === "step" ? text.stepFrom : text.date}
            hint={from.ok ? dateHint(from) : undefined}
            validationState={tried && fromProblem ? "error" : "none"}
            validationMessage={tried ? fromProblem : undefined}
          >
            <Input value={fromInput} onChange={(_, data) => setFromInput(data.value)} />
          </Field>
          {entry.kind === "step" && (
            <Field
              label={text.stepTo}
              hint={to.ok ? dateHint(to, true) : undefined}
              validationState={tried && toProblem ? "error" : "none"}
              validationMessage={tried ? toProblem : undefined}
            >
              <Input value={toInput} onChange={(_, data) => setToInput(data.value)} />
            </Field>
          )}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {text.save}
            </Button>
            <Button onClick={() => setEditing(false)}>{text.cancel}</Button>
          </div>
        </form>
      )}
      <OperationStatus origin={`procedure:step:${entry.key}`} />
    </li>
  );
}

function Findings({ findings, busy, onGoTo }: { findings: readonly Finding[]; busy: boolean; onGoTo(origin: string, location: FindingLocation): void }) {
  const styles = useStyles();
  const fails = findings.filter((finding) => finding.status === "fail");
  const passes = findings.filter((finding) => finding.status === "pass").length;
  return (
    <section aria-labelledby="procedure-findings" className={styles.form}>
      <h2 id="procedure-findings" className={styles.sectionTitle}>
        {text.findingsTitle}
      </h2>
      <Text>{findings.length === 0 ? text.findingsNone : fails.length === 0 ? text.findingsAllPass(passes) : text.findingsSummary(fails.length, passes)}</Text>
      {/* Here, not in an item: after "Ga naar" re-reads, the item may be gone and its notice with it. */}
      <OperationStatus origin="procedure:findings" />
      {fails.length > 0 && (
        <ul className={styles.list} aria-label={text.findingsLabel}>
          {fails.map((finding, index) => {
            const message = renderMessage(finding.message);
            return (
              <li key={`${finding.ruleId}-${index}`} className={styles.card} aria-label={message}>
                <div className={styles.row}>
                  <Badge appearance="tint" color={finding.severity === "error" ? "danger" : finding.severity === "warning" ? "warning" : "informative"}>
                    {text.severity[finding.severity]}
                  </Badge>
                  <Text size={200} className={styles.muted}>
                    {finding.source}
                  </Text>
                </div>
                <Text>{message}</Text>
                {finding.locations.length > 0 && (
                  <div className={styles.actions}>
                    {finding.locations.map((location, at) => {
                      const shown = location.match?.text ?? location.paragraph.text.slice(0, 60);
                      return (
                        <Button key={at} size="small" disabled={busy} aria-label={text.goToLabel(shown)} onClick={() => onGoTo("procedure:findings", location)}>
                          {finding.locations.length > 1 ? `${text.goTo}: ${shown}` : text.goTo}
                        </Button>
                      );
                    })}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
