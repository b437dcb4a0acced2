import { Button, Checkbox, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { renderBlock, validateParams, type BlockDefinition } from "../../domain/blocks";
import type { BlockPresence } from "../../domain/blockPresence";
import { useDocumentSession } from "../session/DocumentSession";
import { strings } from "../strings";
import { domainValues, placeholderLabels, toDomainValue, type ParamInputs } from "./paramInput";
import { ParamField } from "./ParamField";
import { focusFirstProblem, revealForm } from "./inView";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  placeholders: { color: tokens.colorNeutralForeground2 },
  tableRows: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // An unchecked Fluent checkbox has a grey label; the answer to the question reads as its main text.
  confirmLabel: { color: tokens.colorNeutralForeground1 },
  question: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    // A warning frame on the pane's own background: a yellow fill turns dark olive in the dark theme,
    // where neither grey text nor the red message under the checkbox meets contrast on it (issue 7).
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder2}`,
    borderLeftWidth: tokens.strokeWidthThicker,
    color: tokens.colorNeutralForeground1,
  },
});

export type PositionChoice = "nota-order" | "cursor";

export interface BlockFormProps {
  def: BlockDefinition;
  presence: BlockPresence;
  inputs: ParamInputs;
  /** The year of a date typed without one. */
  year: number;
  onInputChange(name: string, value: string): void;
  busy: boolean;
  onInsert(values: Record<string, string>, position: PositionChoice): void;
  /** Escape: the drafter closes the form without inserting. */
  onClose(): void;
}

const CONFIRM = "$confirm";

/** The fields of one block, where to put it, and the insert button; problems show at their field. */
export function BlockForm({ def, presence, inputs, year, onInputChange, busy, onInsert, onClose }: BlockFormProps) {
  const styles = useStyles();
  const { dismissNotice } = useDocumentSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [position, setPosition] = useState<PositionChoice>("nota-order");
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [confirmed, setConfirmed] = useState(false);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const ownHeading = presence.state === "heading";
  const line = !def.heading;

  // Opened, the form is brought into view below its row's title.
  useEffect(() => revealForm(formRef.current?.closest("li") ?? formRef.current), []);

  // After a failed submit the first wrong field gets the focus and is in view with its message.
  useEffect(() => {
    if (failedSubmits > 0) focusFirstProblem(formRef.current);
  }, [failedSubmits]);

  const submit = () => {
    const { values, problems: found } = domainValues(def.params, inputs, year);
    for (const problem of validateParams(def, values)) if (!found.has(problem.param)) found.set(problem.param, problem.message);
    if (ownHeading && !confirmed) found.set(CONFIRM, strings.blokken.ownHeadingUnanswered);
    setProblems(found);
    if (found.size === 0) onInsert(values, position);
    else {
      // Refused at its fields, the action still started: the previous action's notice is stale now.
      dismissNotice();
      setFailedSubmits((count) => count + 1);
    }
  };

  const change = (name: string, value: string) => {
    onInputChange(name, value);
    // A field's error goes away as soon as the field is right; it is not re-judged while typing otherwise.
    const param = def.params.find((candidate) => candidate.name === name);
    if (param && problems.has(name) && toDomainValue(param, value, year).ok) {
      setProblems((current) => {
        const next = new Map(current);
        next.delete(name);
        return next;
      });
    }
  };

  const placeholders = placeholderLabels(def, inputs);
  // The table does not depend on the values (issue 10: the parafenroute's roles).
  const table = def.table ? renderBlock(def, {}).table : undefined;
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={strings.blokken.formLabel(def.title)}
      noValidate
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onClose();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {ownHeading && (
        <div className={styles.question}>
          <Text id={`${def.id}-eigen-kop`}>{strings.blokken.ownHeading(def.title, line)}</Text>
          <Field
            validationState={problems.has(CONFIRM) ? "error" : "none"}
            validationMessage={problems.get(CONFIRM)}
          >
            <Checkbox
              label={{ children: strings.blokken.ownHeadingConfirm(line), className: styles.confirmLabel }}
              aria-describedby={`${def.id}-eigen-kop`}
              checked={confirmed}
              onChange={(_, data) => {
                setConfirmed(data.checked === true);
                if (data.checked === true) setProblems((current) => new Map([...current].filter(([name]) => name !== CONFIRM)));
              }}
            />
          </Field>
        </div>
      )}
      {def.params.length === 0 && <Text>{strings.blokken.noParams}</Text>}
      {table && (
        <>
          <Text id={`${def.id}-tabel`}>{strings.blokken.tableIntro}</Text>
          <ul className={styles.tableRows} aria-label={strings.blokken.tableLabel(def.title)} aria-describedby={`${def.id}-tabel`}>
            {table.rows.map((cells, i) => (
              <li key={i}>
                <Text>{strings.blokken.tableRow(cells)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {def.params.map((param) => (
        <ParamField
          key={param.name}
          param={param}
          value={inputs[param.name] ?? ""}
          problem={problems.get(param.name)}
          year={year}
          onChange={(value) => change(param.name, value)}
        />
      ))}
      <Field label={strings.blokken.position}>
        <RadioGroup value={position} onChange={(_, data) => setPosition(data.value as PositionChoice)}>
          <Radio value="nota-order" label={strings.blokken.positionOrder} />
          <Radio value="cursor" label={strings.blokken.positionCursor} />
        </RadioGroup>
      </Field>
      {placeholders.length > 0 && (
        <Text size={200} className={styles.placeholders}>
          {strings.blokken.placeholders(placeholders)}
        </Text>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {strings.blokken.insert}
        </Button>
      </div>
    </form>
  );
}
