import { Button, Field, Radio, RadioGroup, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { validateParams, type BlockDefinition } from "../../domain/blocks";
import type { BlockPresence } from "../../domain/blockPresence";
import { strings } from "../strings";
import { domainValues, type ParamInputs } from "./paramInput";
import { ParamField } from "./ParamField";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
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
}

/** The parameters of one block, where to put it, and the insert button. */
export function BlockForm({ def, presence, inputs, year, onInputChange, busy, onInsert }: BlockFormProps) {
  const styles = useStyles();
  const [position, setPosition] = useState<PositionChoice>("nota-order");
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [confirmed, setConfirmed] = useState(false);

  const submit = () => {
    const { values, problems: inputProblems } = domainValues(def.params, inputs, year);
    const all = new Map(inputProblems);
    for (const problem of validateParams(def, values)) if (!all.has(problem.param)) all.set(problem.param, problem.message);
    setProblems(all);
    if (all.size === 0) onInsert(values, position);
  };

  const needsConfirmation = presence.state === "heading" && !confirmed;
  return (
    <form
      className={styles.form}
      aria-label={strings.blokken.formLabel(def.title)}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {def.params.length === 0 && <span>{strings.blokken.noParams}</span>}
      {def.params.map((param) => (
        <ParamField
          key={param.name}
          param={param}
          value={inputs[param.name] ?? ""}
          problem={problems.get(param.name)}
          year={year}
          onChange={(value) => onInputChange(param.name, value)}
        />
      ))}
      <Field label={strings.blokken.position}>
        <RadioGroup value={position} onChange={(_, data) => setPosition(data.value as PositionChoice)}>
          <Radio value="nota-order" label={strings.blokken.positionOrder} />
          <Radio value="cursor" label={strings.blokken.positionCursor} />
        </RadioGroup>
      </Field>
      {presence.state === "heading" && (
        <Field validationState="warning" validationMessage={strings.blokken.headingPresent(def.title)}>
          <Button appearance="secondary" disabled={confirmed} onClick={() => setConfirmed(true)}>
            {strings.blokken.confirmDuplicate}
          </Button>
        </Field>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || needsConfirmation}>
          {strings.blokken.insert}
        </Button>
        {busy && <Spinner size="tiny" label={strings.blokken.inserting(def.title)} />}
      </div>
    </form>
  );
}
