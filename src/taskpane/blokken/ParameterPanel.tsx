import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { displayValue, type BlockParam } from "../../domain/blocks";
import { strings } from "../strings";
import { OperationStatus } from "../session/NoticeBar";
import { useDocumentSession } from "../session/DocumentSession";
import { domainValues, initialInput, toDomainValue, type ParamInputs } from "./paramInput";
import { ParamField } from "./ParamField";
import { focusFirstProblem } from "./inView";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ParameterPanelProps {
  /** Values found in the document (`nota:param:<name>` controls), with the text they show now. */
  present: { param: BlockParam; text: string; stored?: string }[];
  /** True when the document's blocks hold values this Word version cannot read (plain-text controls below WordApi 1.5). */
  valuesHidden: boolean;
  /** The title of a block with fields that is missing from the nota: the example of where values come from. */
  missingExample?: string;
  busy: boolean;
  /** The year of a date typed without one. */
  year: number;
  /** New display texts of the changed values only, their labels, and the same values as data (ISO dates). */
  onUpdate(texts: Record<string, string>, labels: string[], data: Record<string, string>): void;
}

/** Changes a date or name everywhere it appears in the document, in one Word operation. */
export function ParameterPanel({ present, valuesHidden, missingExample, busy, year, onUpdate }: ParameterPanelProps) {
  const styles = useStyles();
  const { dismissNotice } = useDocumentSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [inputs, setInputs] = useState<ParamInputs>({});
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [failedSubmits, setFailedSubmits] = useState(0);

  // A fresh read of the document resets the fields to what the document says.
  useEffect(() => {
    setInputs(Object.fromEntries(present.map(({ param, text, stored }) => [param.name, initialInput(param, text, year, stored)])));
    setProblems(new Map());
  }, [present, year]);

  useEffect(() => {
    if (failedSubmits > 0) focusFirstProblem(formRef.current);
  }, [failedSubmits]);

  const submit = () => {
    const params = present.filter(({ param, text, stored }) => inputs[param.name] !== initialInput(param, text, year, stored)).map(({ param }) => param);
    const { values, problems: found } = domainValues(params, inputs, year);
    setProblems(found);
    if (found.size > 0) {
      // The action started and was refused at its fields: the previous action's notice is stale now.
      dismissNotice();
      setFailedSubmits((count) => count + 1);
      return;
    }
    const texts: Record<string, string> = {};
    for (const param of params) texts[param.name] = displayValue(param, values[param.name]);
    onUpdate(texts, params.map((param) => param.label), values);
  };

  const change = (param: BlockParam, value: string) => {
    setInputs((current) => ({ ...current, [param.name]: value }));
    if (problems.has(param.name) && toDomainValue(param, value, year).ok) {
      setProblems((current) => new Map([...current].filter(([name]) => name !== param.name)));
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="parameters-title">
      <Text as="h2" id="parameters-title" size={400} weight="semibold" className={styles.heading}>
        {strings.parameters.title}
      </Text>
      {valuesHidden && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.blokken.plainTextUnseen}</MessageBarTitle> {strings.blokken.plainTextUnseenBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {present.length === 0 ? (
        !valuesHidden && <Text>{strings.parameters.none(missingExample)}</Text>
      ) : (
        <form
          ref={formRef}
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
              onChange={(value) => change(param, value)}
            />
          ))}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {strings.parameters.update}
            </Button>
          </div>
        </form>
      )}
      {/* Outside the form: the result stays in view even when the values it changed are gone. */}
      <OperationStatus origin="parameters" />
    </section>
  );
}
