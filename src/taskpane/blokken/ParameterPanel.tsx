import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { displayValue, type BlockParam } from "../../domain/blocks";
import { strings } from "../strings";
import { domainValues, initialInput, type ParamInputs } from "./paramInput";
import { ParamField } from "./ParamField";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ParameterPanelProps {
  /** Parameters found in the document, with the text they show now. */
  present: { param: BlockParam; text: string }[];
  busy: boolean;
  /** The year of a date typed without one. */
  year: number;
  /** New display texts of the changed parameters only. */
  onUpdate(texts: Record<string, string>): void;
}

/** Changes a parameter everywhere it appears in the document, in one Word operation. */
export function ParameterPanel({ present, busy, year, onUpdate }: ParameterPanelProps) {
  const styles = useStyles();
  const [inputs, setInputs] = useState<ParamInputs>({});
  const [problems, setProblems] = useState<Map<string, string>>(new Map());

  // A fresh read of the document resets the fields to what the document says.
  useEffect(() => {
    setInputs(Object.fromEntries(present.map(({ param, text }) => [param.name, initialInput(param, text, year)])));
    setProblems(new Map());
  }, [present, year]);

  const submit = () => {
    const params = present.filter(({ param, text }) => inputs[param.name] !== initialInput(param, text, year)).map(({ param }) => param);
    const { values, problems: found } = domainValues(params, inputs, year);
    for (const param of params) {
      if (param.required && values[param.name] === "") found.set(param.name, strings.parameters.required(param.label));
    }
    setProblems(found);
    if (found.size > 0) return;
    const texts: Record<string, string> = {};
    for (const param of params) texts[param.name] = displayValue(param, values[param.name]);
    onUpdate(texts);
  };

  return (
    <section className={styles.panel} aria-labelledby="parameters-title">
      <Text as="h2" id="parameters-title" size={400} weight="semibold" className={styles.heading}>
        {strings.parameters.title}
      </Text>
      {present.length === 0 ? (
        <Text>{strings.parameters.none}</Text>
      ) : (
        <form
          className={styles.panel}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Text size={200}>{strings.parameters.intro}</Text>
          {present.map(({ param }) => (
            <ParamField
              key={param.name}
              param={param}
              value={inputs[param.name] ?? ""}
              problem={problems.get(param.name)}
              year={year}
              onChange={(value) => setInputs((current) => ({ ...current, [param.name]: value }))}
            />
          ))}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {strings.parameters.update}
            </Button>
            {busy && <Spinner size="tiny" label={strings.parameters.updating} />}
          </div>
        </form>
      )}
    </section>
  );
}
