import { Badge, Button, Field, Input, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { renderMessage, sectionName } from "../../config/findingMessages";
import type { ReviewedFinding } from "../../domain/checks";
import type { FindingLocation } from "../../domain/findings";
import type { DocumentSnapshot } from "../../domain/snapshot";
import { emptyState, type Disposition } from "../../domain/stateModel";
import type { LocationOutcome } from "../../word/port";
import { strings } from "../strings";
import { useDocumentSession, type OperationContext } from "../session/DocumentSession";
import { OperationStatus } from "../session/NoticeBar";
import type { Notice } from "../session/notices";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  title: { flex: "1 1 8rem", minWidth: 0, overflowWrap: "anywhere" },
  text: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalXS },
});

/** Where an item points: its locations, else the heading of the section where its text was expected. */
export function placesOf(finding: ReviewedFinding): FindingLocation[] {
  if (finding.locations.length > 0) return finding.locations;
  return finding.expected?.heading ? [finding.expected.heading] : [];
}

const dispositionLabel = (state: Disposition["state"]) =>
  state === "afgehandeld" ? strings.checklist.dispositionAfgehandeld : strings.checklist.dispositionNietVanToepassing;

/** "3-6-2025" in the reviewer's time zone; the ISO text when it is not a date. */
function shortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.getDate()}-${date.getMonth() + 1}-${date.getFullYear()}`;
}

function placeText(place: FindingLocation, expected: boolean): string {
  if (expected) return place.section ? strings.checklist.expectedIn(sectionName(place.section)) : strings.checklist.expectedInDocument;
  const what = place.match ? `“${place.match.text}”` : `“${place.paragraph.text}”`;
  return place.section ? `${what} in ${sectionName(place.section)}` : what;
}

/**
 * Reads the document again after a change that is done (a comment, a stored disposition); a failed
 * read must not read as a failed change, so it only adds a sentence to the notice.
 */
async function rereadQuietly(context: OperationContext): Promise<string | undefined> {
  try {
    await context.reread();
    return undefined;
  } catch {
    return strings.checklist.rereadFailed;
  }
}

export interface FindingItemProps {
  finding: ReviewedFinding;
  busy: boolean;
  canComment: boolean;
  canJudge: boolean;
  reviewer: string | null;
  onReviewer(name: string): void;
  /** The findings on another snapshot (after a re-read), to find this item's place again. */
  findingsOf(snapshot: DocumentSnapshot): ReviewedFinding[];
}

/** One checklist item or review comment: status, comment, message, places with navigation, disposition. */
export function FindingItem({ finding, busy, canComment, canJudge, reviewer, onReviewer, findingsOf }: FindingItemProps) {
  const styles = useStyles();
  const session = useDocumentSession();
  const { port } = session;
  const id = finding.ruleId;
  const origin = `item:${id}`;
  const places = placesOf(finding);
  const expected = finding.locations.length === 0;
  const [chosen, setChosen] = useState(0);
  const current = Math.min(chosen, Math.max(places.length - 1, 0));
  const [judging, setJudging] = useState(false);
  // Vorige and Volgende go round, like a proofreader's list: never disabled, so the focus stays on them.
  const step = (by: number) => (current + by + places.length) % places.length;

  /** Runs `act` on place `index` of this item, by the session's changed-document rule. */
  const atPlace = (
    label: string,
    index: number,
    act: (place: FindingLocation) => Promise<LocationOutcome>,
    done: (outcome: LocationOutcome, context: OperationContext) => Promise<Notice | null>,
  ) =>
    void session.run({ label, origin }, async (context) => {
      const outcome = await context.onTarget<FindingLocation, LocationOutcome>(
        (snapshot) => {
          const again = findingsOf(snapshot).find((f) => f.ruleId === id);
          const place = again ? placesOf(again)[index] : undefined;
          return place ? { key: place.match?.text ?? place.paragraph.text, value: place } : null;
        },
        async (place) => {
          const reached = await act(place);
          return reached === "changed" ? { changed: true } : { changed: false, result: reached };
        },
      );
      if (outcome.status !== "done") return { intent: "warning", title: strings.checklist.placeGone(id), body: strings.checklist.placeGoneBody };
      return done(outcome.result, context);
    });

  const goTo = (index: number) => {
    setChosen(index);
    atPlace(strings.checklist.selecting(id), index, (place) => port.selectLocation(place), async (outcome) =>
      // A match Word's search could not reach: the paragraph is selected, and the reviewer is told.
      outcome === "paragraph" && places[index]?.match ? { intent: "info", title: strings.checklist.selectedParagraph } : null,
    );
  };

  const comment = () =>
    atPlace(
      strings.checklist.addingComment(id),
      current,
      (place) => port.addComment(place, { ruleId: id, text: finding.comment ?? renderMessage(finding.message) }),
      async (outcome, context) => {
        const title = outcome === "paragraph" && places[current]?.match ? strings.checklist.commentAddedParagraph(id) : strings.checklist.commentAdded(id);
        return { intent: "success", title, body: await rereadQuietly(context) };
      },
    );

  const writeDisposition = (entry: Disposition | null, by: string | null) =>
    void session.run({ label: strings.checklist.saving(id), origin }, async (context) => {
      const now = new Date().toISOString();
      const change = emptyState();
      change.dispositions[id] = entry ?? { removed: true, updatedAt: now };
      await port.updateState(change);
      if (by !== null) onReviewer(by);
      setJudging(false);
      return { intent: "success", title: entry ? strings.checklist.saved(id) : strings.checklist.withdrawn(id), body: await rereadQuietly(context) };
    });

  const statusBadge =
    finding.status === "pass" ? (
      <Badge appearance="tint" color="success">{strings.checklist.pass}</Badge>
    ) : finding.status === "fail" ? (
      // The summary counts every fail as "niet in orde"; the colour tells an error from a warning.
      <Badge appearance="tint" color={finding.severity === "error" ? "danger" : "warning"}>
        {strings.checklist.fail}
      </Badge>
    ) : (
      <Badge appearance="outline" color="informative">{strings.checklist.review}</Badge>
    );

  const titleId = `punt-${id}-titel`;
  return (
    <li className={styles.item} aria-labelledby={titleId} data-finding={id}>
      <div className={styles.row}>
        <Text id={titleId} className={styles.title} weight="semibold">
          {id}
        </Text>
        {statusBadge}
        {finding.disposition && (
          <Badge appearance="tint" color="brand">{dispositionLabel(finding.disposition.state)}</Badge>
        )}
      </div>
      {finding.comment && <Text className={styles.text}>{finding.comment}</Text>}
      <Text size={200} className={styles.text}>{renderMessage(finding.message)}</Text>
      {places.length > 0 && (
        <>
          <Text size={200} className={styles.text}>
            {places.length > 1 && !expected ? `${strings.checklist.place(current + 1, places.length)}: ` : ""}
            {placeText(places[current], expected)}
          </Text>
          <div className={styles.actions}>
            <Button size="small" disabledFocusable={busy} onClick={() => goTo(current)} aria-label={strings.checklist.goToLabel(id, current + 1)}>
              {strings.checklist.goTo}
            </Button>
            {places.length > 1 && (
              <>
                <Button size="small" disabledFocusable={busy} onClick={() => goTo(step(-1))} aria-label={strings.checklist.previousLabel(id)}>
                  {strings.checklist.previous}
                </Button>
                <Button size="small" disabledFocusable={busy} onClick={() => goTo(step(1))} aria-label={strings.checklist.nextLabel(id)}>
                  {strings.checklist.next}
                </Button>
              </>
            )}
            {finding.status === "fail" && canComment && (
              <Button size="small" disabledFocusable={busy} onClick={comment} aria-label={strings.checklist.addCommentLabel(id)}>
                {strings.checklist.addComment}
              </Button>
            )}
          </div>
        </>
      )}
      {finding.disposition && (
        <Text size={200} className={styles.text}>
          {strings.checklist.dispositionBy(dispositionLabel(finding.disposition.state), finding.disposition.by, shortDate(finding.disposition.at))}
          {finding.disposition.note ? `: ${finding.disposition.note}` : ""}
        </Text>
      )}
      {canJudge && (
        <div className={styles.actions}>
          <Button size="small" disabled={busy} aria-expanded={judging}
            onClick={() => setJudging(!judging)}
            aria-label={judging ? strings.checklist.judgeCancelLabel(id) : strings.checklist.judgeLabel(id)}
          >
            {judging ? strings.checklist.cancel : strings.checklist.judge}
          </Button>
          {finding.disposition && (
            <Button size="small" disabled={busy} onClick={() => writeDisposition(null, null)} aria-label={strings.checklist.withdrawLabel(id)}>
              {strings.checklist.withdraw}
            </Button>
          )}
        </div>
      )}
      {judging && (
        <JudgeForm
          id={id}
          busy={busy}
          reviewer={reviewer}
          initial={finding.disposition}
          onSave={(state, note, by) => {
            const now = new Date().toISOString();
            writeDisposition({ state, by, at: now, note, updatedAt: now }, by);
          }}
        />
      )}
      <OperationStatus origin={origin} />
    </li>
  );
}

function JudgeForm({
  id,
  busy,
  reviewer,
  initial,
  onSave,
}: {
  id: string;
  busy: boolean;
  reviewer: string | null;
  initial: ReviewedFinding["disposition"];
  onSave(state: Disposition["state"], note: string, by: string): void;
}) {
  const styles = useStyles();
  const [state, setState] = useState<Disposition["state"]>(initial?.state ?? "afgehandeld");
  const [note, setNote] = useState(initial?.note ?? "");
  const [askName, setAskName] = useState(reviewer === null);
  const [name, setName] = useState(reviewer ?? "");
  const [nameMissing, setNameMissing] = useState(false);
  return (
    <form
      className={styles.form}
      aria-label={strings.checklist.judgeForm(id)}
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === "") {
          setNameMissing(true);
          return;
        }
        onSave(state, note.trim(), name.trim());
      }}
    >
      <Field label={strings.checklist.judgement}>
        <RadioGroup value={state} onChange={(_, data) => setState(data.value as Disposition["state"])}>
          <Radio value="afgehandeld" label={strings.checklist.dispositionAfgehandeld} />
          <Radio value="niet-van-toepassing" label={strings.checklist.dispositionNietVanToepassing} />
        </RadioGroup>
      </Field>
      <Field label={strings.checklist.note}>
        <Textarea value={note} onChange={(_, data) => setNote(data.value)} resize="vertical" />
      </Field>
      {askName ? (
        <Field
          label={strings.checklist.reviewerName}
          hint={strings.checklist.reviewerNameHint}
          validationState={nameMissing ? "error" : "none"}
          validationMessage={nameMissing ? strings.checklist.nameMissing : undefined}
        >
          <Input value={name} onChange={(_, data) => setName(data.value)} autoComplete="name" />
        </Field>
      ) : (
        <div className={styles.actions}>
          <Text size={200}>{strings.checklist.reviewerAs(name)}</Text>
          <Button size="small" appearance="transparent" onClick={() => setAskName(true)}>
            {strings.checklist.otherName}
          </Button>
        </div>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {strings.checklist.save}
        </Button>
      </div>
    </form>
  );
}
