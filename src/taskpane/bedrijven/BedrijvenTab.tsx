// Tab "Bedrijven" (issue 11): the company list with phase badges, search and a phase filter; insert the
// selected companies' paragraphs under "Stand van zaken per bedrijf" or at the cursor; see which inserted
// paragraphs are out of date or edited by hand; Bijwerken, compare old and new text, Loskoppelen.
import { Badge, Button, Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { CompanyListError, defaultCompanyList } from "../../config/companies";
import { companyListProblemText } from "../../config/companyListMessages";
import { byPhase, COMPANY_HEADING, COMPANY_HEADING_LEVEL, COMPANY_PHASES, companyTag, renderCompanyBlock, type CompanyEntry, type CompanyList, type CompanyPhase } from "../../domain/companies";
import {
  companyInsertionAnchor,
  companyStatuses,
  detachedCompanies,
  detachedCompanyChange,
  insertedCompaniesChange,
  type CompanyParagraphStatus,
} from "../../domain/companyParagraphs";
import type { DocumentSnapshot } from "../../domain/snapshot";
import { WordOperationError } from "../../word/errors";
import type { InsertPosition } from "../../word/port";
import { ProblemList } from "../ProblemList";
import { useDocumentSession, type PlannedTarget } from "../session/DocumentSession";
import { OperationStatus } from "../session/NoticeBar";
import { errorNotice, type Notice } from "../session/notices";
import { strings } from "../strings";
import { listFromFile, listFromUrl, ListSourceError, rememberedUrl, rememberUrl } from "./companyListSource";

const t = strings.bedrijven;

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  grow: { flex: "1 1 10rem", minWidth: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  name: { flex: "1 1 10rem", minWidth: 0, overflowWrap: "anywhere" },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, marginLeft: "auto" },
  compare: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  text: { overflowWrap: "anywhere", padding: tokens.spacingHorizontalXS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  hiddenInput: { display: "none" },
});

type Source = { kind: "default" } | { kind: "file"; name: string } | { kind: "url"; address: string };
type ListProblem = { title: string; lines: string[] };
const ORIGIN = "bedrijven";
const now = () => new Date().toISOString();

function sourceText(source: Source, count: number): string {
  if (source.kind === "file") return t.sourceFile(source.name, count);
  if (source.kind === "url") return t.sourceUrl(source.address, count);
  return t.sourceDefault(count);
}

/** Lower case without accents, for searching "Cooperatie" and finding "Coöperatie". */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function problemOf(error: unknown): ListProblem {
  if (error instanceof CompanyListError) {
    return { title: t.listInvalid(error.problems.length), lines: [t.listInvalidBody, ...error.problems.map(companyListProblemText)] };
  }
  if (error instanceof ListSourceError) return { title: t.sourceFailedTitle, lines: [t.sourceFailed[error.reason]] };
  throw error;
}

/** Where the paragraphs go, planned on `snapshot`: under the heading (after the paragraphs there), or at the end with the heading. */
function headingTarget(snapshot: DocumentSnapshot): PlannedTarget<{ position: InsertPosition; withHeading: boolean }> {
  const anchor = companyInsertionAnchor(snapshot);
  if (anchor === null) return { key: "end", value: { position: { kind: "end" }, withHeading: true } };
  return { key: `after:${anchor.control?.tag ?? "heading"}`, value: { position: { kind: "nota-order", anchor }, withHeading: false } };
}

export function BedrijvenTab() {
  const styles = useStyles();
  const session = useDocumentSession();
  const { snapshot, operation, port } = session;
  const busy = operation !== null;
  const [list, setList] = useState<CompanyList>(defaultCompanyList);
  const [source, setSource] = useState<Source>({ kind: "default" });
  const [listProblem, setListProblem] = useState<ListProblem | null>(null);
  const [loading, setLoading] = useState(false);
  const [address, setAddress] = useState(rememberedUrl);
  const [search, setSearch] = useState("");
  const [phase, setPhase] = useState<CompanyPhase | "">("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [where, setWhere] = useState<"heading" | "cursor">("heading");
  const [order, setOrder] = useState<"list" | "phase">("list");
  const [comparing, setComparing] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const statuses = useMemo(() => new Map((snapshot ? companyStatuses(snapshot, list) : []).map((status) => [status.id, status])), [snapshot, list]);

  const detached = useMemo(() => new Set(snapshot ? detachedCompanies(snapshot) : []), [snapshot]);
  const shown = useMemo(() => {
    const query = folded(search.trim());
    return list.companies.filter((entry) => (phase === "" || entry.phase === phase) && (query === "" || folded(`${entry.name} ${entry.officialName ?? ""}`).includes(query)));
  }, [list, search, phase]);
  const outOfDate = [...statuses.values()].filter((status) => status.state === "out-of-date");
  // Paragraphs of companies this list lacks: shown apart, so they can still be found and detached.
  const strays = [...statuses.values()].filter((status) => status.state === "not-in-list");

  const load = async (loader: () => Promise<CompanyList>, next: Source) => {
    setLoading(true);
    setListProblem(null);
    try {
      const loaded = await loader();
      setList(loaded);
      setSource(next);
      setSelected(new Set());
    } catch (error) {
      setListProblem(problemOf(error));
    } finally {
      setLoading(false);
    }
  };
  const loadUrl = (value: string) => {
    rememberUrl(value);
    void load(() => listFromUrl(value), { kind: "url", address: value });
  };
  // A list address configured earlier is loaded again when the pane opens.
  useEffect(() => {
    const remembered = rememberedUrl();
    if (remembered !== "") void load(() => listFromUrl(remembered), { kind: "url", address: remembered });
  }, []);

  const changedNotice = async (reread: () => Promise<unknown>): Promise<Notice> => {
    await reread();
    return { intent: "warning", title: t.changedTitle, body: t.changedBody };
  };
  const isChanged = (error: unknown) => error instanceof WordOperationError && error.kind === "document-changed";
  // The port changes the document first and records the fingerprints after: a failure of that record
  // must not read as "nothing happened" (the drafter would insert again).
  const isStateFailure = (error: unknown) => error instanceof WordOperationError && error.kind.startsWith("state-");
  const stateNotSaved = async (reread: () => Promise<unknown>, error: unknown): Promise<Notice> => {
    await reread();
    return { intent: "warning", title: t.stateNotSaved, body: t.stateNotSavedBody, detail: errorNotice(error).detail };
  };

  const insert = () =>
    void session.run({ label: t.inserting, origin: ORIGIN }, async (context) => {
      const chosen = list.companies.filter((entry) => selected.has(entry.id));
      const entries = order === "phase" ? byPhase(chosen) : chosen;
      const blocks = entries.map(renderCompanyBlock);
      const change = insertedCompaniesChange(entries, now());
      try {
        if (where === "cursor") await port.insertCompanies(blocks, { kind: "cursor" }, null, change);
        else {
          const outcome = await context.onTarget(headingTarget, async ({ position, withHeading }) => {
            await port.insertCompanies(blocks, position, withHeading ? { text: COMPANY_HEADING, level: COMPANY_HEADING_LEVEL } : null, change);
            return { changed: false, result: null };
          });
          if (outcome.status !== "done") return { intent: "warning", title: t.insertMoved, body: t.insertMovedBody };
        }
      } catch (error) {
        if (!isStateFailure(error)) throw error;
        setSelected(new Set());
        return stateNotSaved(context.reread, error);
      }
      setSelected(new Set());
      await context.reread();
      return { intent: "success", title: t.inserted(entries.length) };
    });

  const refresh = (items: readonly CompanyParagraphStatus[], done: (count: number) => string) =>
    void session.run({ label: t.refreshing, origin: ORIGIN }, async (context) => {
      const usable = items.filter((status): status is CompanyParagraphStatus & { entry: CompanyEntry; newText: string } => status.entry !== null && status.newText !== null);
      if (usable.length === 0) return { intent: "info", title: t.nothingToRefresh };
      try {
        const count = await port.refreshCompanies(
          usable.map((status) => ({ tag: companyTag(status.id), expectedText: status.text, text: status.newText })),
          insertedCompaniesChange(usable.map((status) => status.entry), now()),
        );
        setComparing(null);
        await context.reread();
        return { intent: "success", title: done(count) };
      } catch (error) {
        if (isChanged(error)) return changedNotice(context.reread);
        if (isStateFailure(error)) return stateNotSaved(context.reread, error);
        throw error;
      }
    });

  const detach = (status: CompanyParagraphStatus) =>
    void session.run({ label: t.detaching, origin: ORIGIN }, async (context) => {
      const name = status.entry?.name ?? (status.control.title || status.id);
      let done: boolean;
      try {
        done = await port.detachCompany(companyTag(status.id), detachedCompanyChange(status.id, status.fingerprint, now()));
      } catch (error) {
        if (isStateFailure(error)) return stateNotSaved(context.reread, error);
        throw error;
      }
      await context.reread();
      return done ? { intent: "success", title: t.detached(name) } : { intent: "warning", title: t.detachVanished(name) };
    });

  return (
    <div className={styles.tab}>
      <Text>{t.intro}</Text>
      <div className={styles.toolbar} role="group" aria-label={t.sourceLabel}>
        <Text className={styles.grow} data-role="list-source">
          {t.sourceLabel}: {sourceText(source, list.companies.length)}
        </Text>
        {source.kind !== "default" && (
          <Button size="small" onClick={() => void load(async () => defaultCompanyList, { kind: "default" })} disabled={loading}>
            {t.useDefault}
          </Button>
        )}
        <Button size="small" onClick={() => fileInput.current?.click()} disabled={loading}>
          {t.pickFile}
        </Button>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".json,application/json"
          aria-label={t.pickFile}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void load(() => listFromFile(file), { kind: "file", name: file.name });
          }}
        />
      </div>
      <form
        className={styles.toolbar}
        onSubmit={(event) => {
          event.preventDefault();
          if (address.trim() !== "") loadUrl(address.trim());
        }}
      >
        <Field label={t.urlLabel} className={styles.grow}>
          <Input type="url" value={address} onChange={(_, data) => setAddress(data.value)} placeholder="https://" />
        </Field>
        <Button type="submit" disabled={loading || address.trim() === ""}>
          {t.loadUrl}
        </Button>
      </form>
      {loading && <Text role="status">{t.loading}</Text>}
      {listProblem && (
        <ProblemList title={listProblem.title} lines={listProblem.lines} />
      )}
      <div className={styles.toolbar}>
        <Field label={t.searchLabel} className={styles.grow}>
          <Input type="search" value={search} onChange={(_, data) => setSearch(data.value)} />
        </Field>
        <Field label={t.phaseLabel}>
          <Select value={phase} onChange={(_, data) => setPhase(data.value as CompanyPhase | "")}>
            <option value="">{t.phaseAll}</option>
            {COMPANY_PHASES.map((value) => (
              <option key={value} value={value}>
                {t.phases[value]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ul className={styles.list} aria-label={t.listLabel}>
        {shown.map((entry) => {
          const status = statuses.get(entry.id) ?? null;
          return (
            <CompanyRow
              key={entry.id}
              entry={entry}
              status={status}
              detached={detached.has(entry.id) && status === null}
              selected={selected.has(entry.id)}
              busy={busy}
              comparing={comparing === entry.id}
              onSelect={(on) => setSelected((current) => (on ? new Set([...current, entry.id]) : new Set([...current].filter((id) => id !== entry.id))))}
              onCompare={() => setComparing(comparing === entry.id ? null : entry.id)}
              onReplace={() => status && refresh([status], () => t.replaced(entry.name))}
              onKeep={() => setComparing(null)}
              onDetach={() => status && detach(status)}
            />
          );
        })}
      </ul>
      {strays.length > 0 && (
        <ul className={styles.list} aria-label={t.notInListLabel}>
          {strays.map((status) => (
            <li key={status.id} aria-label={status.id} className={styles.row} data-company={status.id}>
              <Text className={styles.name} weight="semibold">
                {status.control.title || status.id}
              </Text>
              <span className={styles.meta}>
                <Badge appearance="tint" color="warning">{t.states["not-in-list"]}</Badge>
                <Button size="small" onClick={() => detach(status)} disabled={busy} aria-label={t.detachLabel(status.control.title || status.id)}>
                  {t.detach}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.toolbar}>
        <Field label={t.positionLabel}>
          <Select value={where} onChange={(_, data) => setWhere(data.value as "heading" | "cursor")}>
            <option value="heading">{t.positionHeading}</option>
            <option value="cursor">{t.positionCursor}</option>
          </Select>
        </Field>
        <Field label={t.orderLabel}>
          <Select value={order} onChange={(_, data) => setOrder(data.value as "list" | "phase")}>
            <option value="list">{t.orderList}</option>
            <option value="phase">{t.orderPhase}</option>
          </Select>
        </Field>
        <Button appearance="primary" onClick={insert} disabled={busy || selected.size === 0 || snapshot === null}>
          {t.insert(selected.size)}
        </Button>
        <Button onClick={() => refresh(outOfDate, t.refreshed)} disabled={busy || outOfDate.length === 0}>
          {t.refresh(outOfDate.length)}
        </Button>
      </div>
      <OperationStatus origin={ORIGIN} />
    </div>
  );
}

interface CompanyRowProps {
  entry: CompanyEntry;
  status: CompanyParagraphStatus | null;
  detached: boolean;
  selected: boolean;
  busy: boolean;
  comparing: boolean;
  onSelect(on: boolean): void;
  onCompare(): void;
  onReplace(): void;
  onKeep(): void;
  onDetach(): void;
}

const STATE_COLOURS = {
  current: "success",
  "out-of-date": "warning",
  edited: "warning",
  "out-of-date-edited": "danger",
  detached: "informative",
  "no-fingerprint": "warning",
  "not-in-list": "warning",
} as const;

function CompanyRow({ entry, status, detached, selected, busy, comparing, onSelect, onCompare, onReplace, onKeep, onDetach }: CompanyRowProps) {
  const styles = useStyles();
  const nameId = `bedrijf-${entry.id}-naam`;
  const state = status?.state ?? (detached ? "detached" : "absent");
  return (
    <li aria-labelledby={nameId} data-company={entry.id}>
      <div className={styles.row}>
        {status === null && !detached ? (
          <Checkbox checked={selected} onChange={(_, data) => onSelect(data.checked === true)} aria-label={t.select(entry.name)} disabled={busy} />
        ) : null}
        <Text id={nameId} className={styles.name} weight="semibold">
          {entry.name}
        </Text>
        <span className={styles.meta}>
          <Badge appearance="outline" color="brand">
            {t.phases[entry.phase]}
          </Badge>
          {state === "absent" ? (
            <Badge appearance="outline" color="informative">{t.states.absent}</Badge>
          ) : (
            <Badge appearance="tint" color={STATE_COLOURS[state]}>{t.states[state]}</Badge>
          )}
          {status !== null && entry.submittedToCompany === undefined && <Badge appearance="outline" color="warning">{t.notSubmitted}</Badge>}
          {status !== null && (status.state === "edited" || status.state === "out-of-date-edited") && (
            <Button size="small" onClick={onCompare} aria-expanded={comparing} aria-label={t.compareLabel(entry.name)}>
              {t.compare}
            </Button>
          )}
          {status !== null && status.state !== "detached" && (
            <Button size="small" onClick={onDetach} disabled={busy} aria-label={t.detachLabel(entry.name)}>
              {t.detach}
            </Button>
          )}
        </span>
      </div>
      {comparing && status !== null && (
        <section aria-label={t.compareTitle(entry.name)}>
          <div className={styles.compare}>
            <div>
              <Text weight="semibold">{t.oldText}</Text>
              <p className={styles.text} data-role="old-text">{status.text}</p>
            </div>
            <div>
              <Text weight="semibold">{t.newText}</Text>
              <p className={styles.text} data-role="new-text">{status.newText}</p>
            </div>
          </div>
          <Text>{t.compareQuestion}</Text>
          <div className={styles.toolbar}>
            <Button appearance="primary" onClick={onReplace} disabled={busy}>
              {t.replace}
            </Button>
            <Button onClick={onKeep}>{t.keep}</Button>
          </div>
        </section>
      )}
    </li>
  );
}
