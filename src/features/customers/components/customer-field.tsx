import { NativeSelect, PasswordInput, Switch, Textarea, TextInput, type NativeSelectProps } from '@mantine/core';
import { lazy, memo, Suspense, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { useController, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { IntegerInput } from '../../../shared/form/integer-input';
import { MoneyInput } from '../../../shared/form/money-input';
import { formatDateTime } from '../../../shared/format/dates';
import { dependentsOf, isRequired, isVisible, type AnyFieldSpec, type FormMode, type OptionSource } from '../fields';
import { fieldLinks } from '../form/field-links';
import type { FieldOptions, SelectOption } from '../form/field-options';
import type { FormValues } from '../form/form-values';
import type { FieldInputProps, ListFieldProps } from './list-field';

// Asked only when the account type changes: in its own chunk, so the form does not wait for it.
const ConfirmChangeDialog = lazy(() => import('./confirm-change-dialog'));

export interface CustomerFieldProps {
  field: AnyFieldSpec;
  control: Control<FormValues>;
  setValue: UseFormSetValue<FormValues>;
  access: 'editable' | 'readonly';
  options: FieldOptions;
  /** The currency money is stored and edited in: the base currency on the profile. */
  currency: string;
  /**
   * Why this customer's field cannot change now (the account type while the balance is not
   * 0): the field is shown read-only, with the reason as its description.
   */
  lockedReason?: string;
  /** Edit asks before changing fields marked confirmOnEdit; create shows create-time descriptions. */
  mode: FormMode;
  /** Buttons under the input (regenerate, copy). */
  actions?: ReactNode;
  /**
   * Renders editable reference-list fields (Mantine's Select and MultiSelect): ListField,
   * given by the panels that have such a field (section-panel-with-lists.tsx), so the
   * others do without its code.
   */
  listField?: ComponentType<ListFieldProps>;
}

/**
 * Whether a field is chosen from a reference list (Mantine's Select or MultiSelect, through
 * ListField) rather than from a short list fixed in fields.ts (Mantine's NativeSelect).
 */
export function choosesFromList(field: AnyFieldSpec): boolean {
  return field.input === 'multi-select' || (field.input === 'select' && !Array.isArray(field.options));
}

/**
 * One field of the profile: shown or hidden by its condition, bound to its section's form.
 * Only this component re-renders when its value changes.
 */
export const CustomerField = memo(function CustomerField(props: CustomerFieldProps) {
  return props.field.dependsOn ? (
    <ConditionalField {...props} />
  ) : (
    <FieldCell {...props} required={isRequired(props.field, {}, props.mode)} />
  );
});

function ConditionalField(props: CustomerFieldProps) {
  const { field, control } = props;
  const watched = useWatch({ control, name: field.dependsOn as string[] });
  const values = Object.fromEntries((field.dependsOn ?? []).map((name, i) => [name, watched[i]]));
  // Hidden means gone from the grid too, so the fields after it close the gap.
  if (!isVisible(field, values)) return null;
  return <FieldCell {...props} required={isRequired(field, values, props.mode)} />;
}

/** One grid cell: wide inputs (notes) span the row; actions sit under the input. */
function FieldCell(props: CustomerFieldProps & { required: boolean }) {
  return (
    <div style={props.field.input === 'textarea' ? { gridColumn: '1 / -1' } : undefined}>
      <BoundField {...props} />
      {props.actions}
    </div>
  );
}

function optionsOf(field: AnyFieldSpec, options: FieldOptions): SelectOption[] {
  if (Array.isArray(field.options)) return [...field.options];
  return typeof field.options === 'string' ? (options[field.options as OptionSource] ?? []) : [];
}

/** The option's label, as a read-only field shows the choice ("" when none). */
function labelsOf(value: unknown, data: SelectOption[]): string {
  const label = (v: unknown) => data.find((o) => String(o.value) === String(v))?.label ?? String(v);
  if (Array.isArray(value)) return value.map(label).join(', ');
  return value === null || value === undefined || value === '' ? '' : label(value);
}

function BoundField({
  field,
  control,
  setValue,
  access,
  options,
  currency,
  lockedReason,
  mode,
  required,
  listField: ListField,
}: CustomerFieldProps & { required: boolean }) {
  // After a failed save, changing this field judges again the fields whose rules read it
  // (react-hook-form's deps): a NON-CLI rate group no longer required loses its error.
  const { field: input, fieldState } = useController({ name: field.name, control, rules: { deps: dependentsOf(field.name) } });
  const [pending, setPending] = useState<string | number | null>(null);
  const readOnly = access === 'readonly' || lockedReason !== undefined;
  const common: FieldInputProps = {
    label: field.label,
    description:
      lockedReason ?? (readOnly ? undefined : mode === 'create' && field.createDescription ? field.createDescription : field.description),
    error: fieldState.error?.message,
    withAsterisk: required && !readOnly,
    name: input.name,
    onBlur: input.onBlur,
    readOnly,
    // Read-only values look different from editable ones, not just refuse typing.
    variant: readOnly ? 'filled' : 'default',
  };

  const change = (value: unknown) => {
    input.onChange(value);
    const linked = fieldLinks[field.name]?.(value);
    for (const [name, next] of Object.entries(linked ?? {})) {
      setValue(name, next, { shouldDirty: true, shouldValidate: fieldState.isTouched });
    }
  };

  switch (field.input) {
    case 'switch':
      return (
        <Switch
          ref={input.ref}
          label={field.label}
          // Mantine wraps label and description in one <label>, which would make the
          // description part of the name; the name must be exactly the label (SPEC §3).
          aria-label={field.label}
          description={field.description}
          checked={Boolean(input.value)}
          onChange={(event) => change(event.currentTarget.checked)}
          onBlur={input.onBlur}
          name={input.name}
          disabled={readOnly}
          error={fieldState.error?.message}
          size="md"
        />
      );
    case 'money':
      return (
        <MoneyInput
          {...common}
          ref={input.ref}
          value={(input.value as string) ?? ''}
          onChange={change}
          currency={currency}
          maxLength={field.maxLength}
        />
      );
    case 'integer':
      return (
        <IntegerInput
          {...common}
          ref={input.ref}
          value={(input.value as number | string | null) ?? ''}
          onChange={change}
        />
      );
    case 'password':
      return (
        <PasswordInput
          {...common}
          ref={input.ref}
          value={(input.value as string) ?? ''}
          onChange={(event) => change(event.currentTarget.value)}
          maxLength={field.maxLength}
          autoComplete="new-password"
          // A generated password is shown on the create form so it can be read and copied once.
          defaultVisible={mode === 'create'}
        />
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          ref={input.ref}
          value={(input.value as string) ?? ''}
          onChange={(event) => change(event.currentTarget.value)}
          maxLength={field.maxLength}
          autosize
          minRows={2}
          maxRows={5}
        />
      );
    case 'date':
      // The browser's own date field; its value is the "YYYY-MM-DD" the form holds, so no
      // time zone comes into it ("1 Mar" stays 1 March east of Greenwich). An unfinished
      // date has no value: the form holds null and the rule asks for one.
      return (
        <TextInput
          {...common}
          ref={input.ref}
          type="date"
          value={(input.value as string | null) ?? ''}
          onChange={(event) => change(event.currentTarget.value || null)}
        />
      );
    case 'datetime':
      return <TextInput {...common} ref={input.ref} value={input.value ? formatDateTime(input.value as string) : 'Never'} readOnly />;
    case 'multi-select':
    case 'select': {
      const data = optionsOf(field, options);
      if (readOnly) {
        // Nothing to choose: the choice as text, with no list to open.
        return <TextInput {...common} ref={input.ref} value={labelsOf(input.value, data)} placeholder={field.placeholder} />;
      }
      const confirm = mode === 'edit' ? field.confirmOnEdit : undefined;
      const labelOf = (value: unknown) => labelsOf(value, data).toLowerCase();
      const choose = (value: unknown) => {
        if (confirm && value !== null && value !== input.value) setPending(value as string | number);
        else change(value);
      };
      return (
        <>
          {!choosesFromList(field) ? (
            <StaticSelect {...common} ref={input.ref} data={data} value={input.value} onChange={choose} />
          ) : ListField ? (
            <ListField field={field} inputProps={common} inputRef={input.ref} data={data} value={input.value} onChange={choose} />
          ) : (
            missingListField(field)
          )}
          {confirm ? (
            <ConfirmChange
              pending={pending}
              title={confirm.title}
              message={pending ? confirm.message(labelOf(input.value), labelOf(pending)) : null}
              keepLabel={`Keep ${labelOf(input.value)}`}
              confirmLabel={confirm.confirmLabel}
              onKeep={() => setPending(null)}
              onConfirm={() => {
                change(pending);
                setPending(null);
              }}
            />
          ) : null}
        </>
      );
    }
    default:
      return (
        <TextInput
          {...common}
          ref={input.ref}
          type={field.input === 'email' ? 'email' : field.input === 'tel' ? 'tel' : 'text'}
          inputMode={field.name === 'accountNumber' || field.name === 'pin' ? 'numeric' : undefined}
          value={(input.value as string) ?? ''}
          onChange={(event) => change(event.currentTarget.value)}
          maxLength={field.maxLength}
          autoComplete="off"
          spellCheck={field.input === 'text' && /name|company|address|city|province|note/i.test(field.name) ? undefined : false}
        />
      );
  }
}

function missingListField(field: AnyFieldSpec): never {
  throw new Error(`${field.label} chooses from a reference list: render its section with SectionPanelWithLists`);
}

function ConfirmChange({
  pending,
  ...dialog
}: { pending: string | number | null } & Omit<ComponentProps<typeof ConfirmChangeDialog>, 'opened'>) {
  if (pending === null) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmChangeDialog opened {...dialog} />
    </Suspense>
  );
}

/**
 * A short list fixed in fields.ts (status, account type, CLI pool, billing schedule and day):
 * Mantine's NativeSelect, the browser's own list. The form keeps the option's own value (a
 * billing day is a number); with none yet, the list starts on "Choose…" rather than showing
 * its first option as if it were chosen.
 */
function StaticSelect({
  data,
  value,
  onChange,
  ...props
}: Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> & {
  data: SelectOption[];
  value: unknown;
  onChange: (value: string | number | null) => void;
}) {
  const chosen = data.find((o) => o.value === value);
  const choices = data.map((o) => ({ value: String(o.value), label: o.label }));
  return (
    <NativeSelect
      {...props}
      data={chosen ? choices : [{ value: '', label: 'Choose…', disabled: true }, ...choices]}
      value={chosen ? String(chosen.value) : ''}
      onChange={(event) => onChange(data.find((o) => String(o.value) === event.currentTarget.value)?.value ?? null)}
    />
  );
}
