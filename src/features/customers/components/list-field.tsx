import { MultiSelect, Select } from '@mantine/core';
import type { Ref } from 'react';
import type { AnyFieldSpec } from '../fields';
import type { SelectOption } from '../form/field-options';

/**
 * The listbox scrolls itself, rather than a ScrollArea inside it: the combobox names the
 * listbox in aria-controls, so assistive technology and axe know its options are reached
 * from the input with the arrow keys; a scrolling element inside the listbox is reported
 * as a scroll region no keyboard can reach (axe's scrollable-region-focusable).
 */
const listboxScrolls = {
  withScrollArea: false,
  styles: { options: { maxHeight: 220, overflowY: 'auto' } },
} as const;

/** What every input of a field gets from CustomerField: label, description, error, name… */
export interface FieldInputProps {
  label: string;
  description?: string;
  error?: string;
  withAsterisk: boolean;
  name: string;
  onBlur: () => void;
  readOnly: boolean;
  variant: 'filled' | 'default';
}

export interface ListFieldProps {
  field: AnyFieldSpec;
  inputProps: FieldInputProps;
  inputRef: Ref<HTMLInputElement>;
  /** The reference list's options (resellers, countries, rate groups, taxes…). */
  data: SelectOption[];
  value: unknown;
  onChange: (value: unknown) => void;
}

/**
 * An editable field whose options come from a reference list: Mantine's Select (searchable
 * and clearable where fields.ts says), or MultiSelect for Taxes. They and the Combobox under
 * them load with the panels that have such a field (section-panel-with-lists.tsx), so a
 * panel without one, like Panel Access on edit, does not wait for them.
 */
export function ListField({ field, inputProps, inputRef, data, value, onChange }: ListFieldProps) {
  if (field.input === 'multi-select') {
    const chosen = (value as number[] | null) ?? [];
    return (
      <MultiSelect
        {...inputProps}
        ref={inputRef}
        data={data.map((o) => ({ value: String(o.value), label: o.label }))}
        value={chosen.map(String)}
        onChange={(values) => onChange(values.map(Number))}
        placeholder={chosen.length ? undefined : field.placeholder}
        clearable
        searchable
        hidePickedOptions
        nothingFoundMessage="Nothing matches"
        {...listboxScrolls}
      />
    );
  }
  return (
    <Select<string | number>
      {...inputProps}
      ref={inputRef}
      data={data}
      value={(value as string | number | null) ?? null}
      onChange={onChange}
      searchable={field.searchable}
      clearable={field.clearable}
      allowDeselect={false}
      placeholder={field.placeholder}
      nothingFoundMessage="Nothing matches"
      {...listboxScrolls}
    />
  );
}
