import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { defaultChecklist } from "../../config/defaultChecklist";
import { sectionCatalogue } from "../../config/sections";
import type { CompiledChecklist } from "../../domain/checklist";
import { documentChecks, runChecks, summarise, type ReviewedFinding } from "../../domain/checks";
import type { DocumentSnapshot } from "../../domain/snapshot";
import { writeBase } from "../../domain/storedState";
import { strings } from "../strings";
import { useDocumentSession } from "../session/DocumentSession";
import { OperationStatus } from "../session/NoticeBar";
import { StateAsideAction } from "../session/StateAside";
import { ChecklistPicker } from "./ChecklistPicker";
import { remember, remembered } from "./checklistSource";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  summary: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyle: "none" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const SOURCE_ORDER = ["ACKE", "FIN", "IRF"];

/**
 * The findings of `checklist` and the review comments on `snapshot`, with stored dispositions: the
 * checks `nota check` runs, less the co-signatory and procedure checks (issue 10), which have a tab of
 * their own.
 */
function reviewFindings(snapshot: DocumentSnapshot, checklist: CompiledChecklist): ReviewedFinding[] {
  return runChecks(snapshot, documentChecks(checklist), sectionCatalogue);
}

/** Why dispositions cannot be stored in this document ("unavailable", "unreadable", "newer-version"), or null. */
function refusedWrite(snapshot: DocumentSnapshot): string | null {
  const base = writeBase(snapshot.state);
  return "refused" in base ? base.refused.reason : null;
}

/** Findings grouped by source, ACKE, FIN and IRF first, each group in report order. */
function bySource(findings: readonly ReviewedFinding[]): [string, ReviewedFinding[]][] {
  const groups = new Map<string, ReviewedFinding[]>();
  for (const finding of findings) groups.set(finding.source, [...(groups.get(finding.source) ?? []), finding]);
  const rank = (source: string) => (SOURCE_ORDER.includes(source) ? SOURCE_ORDER.indexOf(source) : SOURCE_ORDER.length);
  return [...groups].sort(([a], [b]) => rank(a) - rank(b));
}

/**
 * Tab "Checklist" (issue 9): the document checked against the review checklist, item by item with
 * every place in the document, Word comments on failing items, and reviewers' dispositions kept in
 * the document's state part. Works from the session's one snapshot; never checks a stale one.
 */
export function ChecklistTab() {
  const styles = useStyles();
  const session = useDocumentSession();
  const { snapshot, operation, port } = session;
  const busy = operation !== null;
  const [checklist, setChecklist] = useState<CompiledChecklist>(defaultChecklist);
  const [reviewer, setReviewer] = useState<string | null>(() => remembered("reviewer"));

  const findings = useMemo(() => (snapshot ? reviewFindings(snapshot, checklist) : null), [snapshot, checklist]);
  const summary = useMemo(() => (findings ? summarise(findings) : null), [findings]);
  const commentsAvailable = port.commentsAvailable();
  const stateRefusal = snapshot ? refusedWrite(snapshot) : null;

  const check = () =>
    void session.run({ label: strings.checklist.checking, origin: "checklist" }, async (context) => {
      const fresh = await context.reread();
      const counts = summarise(reviewFindings(fresh, checklist));
      return { intent: "info", title: strings.checklist.checked(counts.pass, counts.fail, counts.review) };
    });

  const rememberReviewer = (name: string) => {
    remember("reviewer", name);
    setReviewer(name);
  };

  return (
    <div className={styles.tab}>
      <Text>{strings.checklist.intro}</Text>
      <ChecklistPicker checklist={checklist} onChange={setChecklist} />
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={check} disabledFocusable={busy}>
          {strings.checklist.check}
        </Button>
        <Link href="assets/help.html#checklist" target="_blank" rel="noopener" aria-label={strings.helpLabel}>
          {strings.help}
        </Link>
      </div>
      <OperationStatus origin="checklist" />
      {summary && (
        <ul className={styles.summary} aria-label={strings.checklist.summary}>
          <li>{strings.checklist.count(summary.pass, strings.checklist.pass.toLowerCase())}</li>
          <li>{strings.checklist.count(summary.fail, strings.checklist.fail.toLowerCase())}</li>
          <li>{strings.checklist.count(summary.review, strings.checklist.review.toLowerCase())}</li>
        </ul>
      )}
      {snapshot && !commentsAvailable && <Text size={200}>{strings.checklist.commentsUnavailable}</Text>}
      {stateRefusal !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{stateRefusal === "unavailable" ? strings.checklist.stateUnavailable : strings.checklist.stateUnreadable}</MessageBarBody>
        </MessageBar>
      )}
      {snapshot?.state.status === "unreadable" && <StateAsideAction origin="checklist" />}
      {findings &&
        bySource(findings).map(([source, group]) => (
          <section key={source} className={styles.group} aria-labelledby={`bron-${source}`}>
            <h2 id={`bron-${source}`} className={styles.groupTitle}>
              {strings.checklist.sourceName(source)}
            </h2>
            <ul className={styles.list} aria-label={strings.checklist.groupLabel(source)}>
              {group.map((finding) => (
                <FindingItem
                  key={finding.ruleId}
                  finding={finding}
                  busy={busy}
                  canComment={commentsAvailable}
                  canJudge={stateRefusal === null}
                  reviewer={reviewer}
                  onReviewer={rememberReviewer}
                  findingsOf={(current) => reviewFindings(current, checklist)}
                />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
