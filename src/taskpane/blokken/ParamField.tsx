import { Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { displayValue, type BlockParam } from "../../domain/blocks";
import { strings } from "../strings";
import { dateExample, toDomainValue } from "./paramInput";

export interface ParamFieldProps {
  param: BlockParam;
  value: string;
  onChange(value: string): void;
  problem?: string;
  /** The year of a date typed without one. */
  year: number;
}

/** One field of a block as a labelled Fluent field; dates are typed and previewed the Dutch way. */
export function ParamField({ param, value, onChange, problem, year }: ParamFieldProps) {
  const validation = problem ? { validationMessage: problem, validationState: "error" as const } : {};
  if (param.type === "boolean") {
    return (
      <Field {...validation} hint={param.help}>
        <Checkbox label={param.label} checked={value === "true"} onChange={(_, data) => onChange(data.checked === true ? "true" : "false")} />
      </Field>
    );
  }
  if (param.type === "choice") {
    return (
      <Field label={param.label} required={param.required} hint={param.help} {...validation}>
        <Select value={value} onChange={(_, data) => onChange(data.value)}>
          {!param.required && <option value="" />}
          {(param.choices ?? []).map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  return (
    <Field label={param.label} required={param.required} hint={hintFor(param, value, year)} {...validation}>
      <Input value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}

function hintFor(param: BlockParam, value: string, year: number): string | undefined {
  if (param.type !== "date") return param.help;
  const parsed = toDomainValue(param, value, year);
  const example = dateExample(param, year);
  const preview =
    parsed.ok && parsed.value !== ""
      ? strings.blokken.datePreview(displayValue(param, parsed.value))
      : strings.blokken.dateHint(example.numeric, example.written);
  return param.help ? `${param.help} ${preview}` : preview;
}
