import { SelectField, TextField } from "@/components/ui";
import { fieldProps, type FormState } from "@/lib/form-state";
import { NOT_STATED } from "@/lib/listing-facts";

/** A fact's values as options, each with its label. */
export const factOptions = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

type FactFieldProps = { state: FormState; name: string; label: string };

/** One fact chosen from a fixed list (src/lib/listing-facts.ts gives the values and their labels); unstated at first. */
export function FactSelect<K extends string>({
  state,
  name,
  label,
  choices,
  labels,
}: FactFieldProps & { choices: readonly K[]; labels: Record<K, string> }) {
  return (
    <SelectField {...fieldProps(state, name)} label={label} placeholder={NOT_STATED} options={factOptions(choices, labels)} />
  );
}

/** One whole-number fact; the schema checks the range, the hint says it. */
export function FactNumber({ state, name, label, hint }: FactFieldProps & { hint: string }) {
  return <TextField {...fieldProps(state, name)} label={label} hint={hint} inputMode="numeric" autoComplete="off" />;
}
