import { Button, Group, SimpleGrid, Text } from '@mantine/core';
import { memo, useEffect, type ComponentType, type FormEvent, type ReactNode } from 'react';
import { useFormState, type Control } from 'react-hook-form';
import { fieldAccess, type AnyFieldSpec, type Audience } from '../fields';
import type { FormValues } from '../form/form-values';
import type { SectionForm } from '../form/use-profile-forms';
import type { FieldOptions } from '../form/field-options';
import { choosesFromList, CustomerField } from './customer-field';
import type { ListFieldProps } from './list-field';

export interface SectionPanelProps {
  sectionForm: SectionForm;
  audience: Audience;
  options: FieldOptions;
  /** The currency money is stored and edited in: the base currency on the profile. */
  currency: string;
  /** Fields this customer cannot change now, each with the reason (see CustomerField). */
  locked?: Partial<Record<string, string>>;
  saving: boolean;
  /** Saves the section; takes its slug, so one handler serves every panel. */
  onSave: (section: SectionForm['section']) => void;
  /** A field to focus once this panel shows (after a save error moved the user here). */
  focusOnMount?: string;
  onFocused?: () => void;
  submitLabel?: string;
  /** Create form: one button for all sections lives outside the panels. */
  hideSubmit?: boolean;
  /** Buttons shown under a field (regenerate, copy), by field name. */
  actions?: Partial<Record<string, ReactNode>>;
  /** Reference-list fields' Select and MultiSelect: given by SectionPanelWithLists. */
  listField?: ComponentType<ListFieldProps>;
}

/**
 * Whether this section offers its user a reference list to choose from, and so needs
 * SectionPanelWithLists (Mantine's Select and MultiSelect). On edit, Panel Access does not:
 * its choices are short fixed lists and the Reseller is read-only.
 */
export function needsListFields(fields: readonly AnyFieldSpec[], audience: Audience): boolean {
  return fields.some((field) => choosesFromList(field) && fieldAccess(field, audience) === 'editable');
}

/** The fields of one section and its own Save. */
/**
 * Memoized: every section's panel stays mounted (SectionTabs), so a tab switch or a save
 * re-renders only the panels whose props changed, not the fields of all four.
 */
export const SectionPanel = memo(function SectionPanel({
  sectionForm,
  audience,
  options,
  currency,
  locked,
  saving,
  onSave,
  focusOnMount,
  onFocused,
  submitLabel = 'Save',
  hideSubmit,
  actions,
  listField,
}: SectionPanelProps) {
  const { form, fields } = sectionForm;

  useEffect(() => {
    if (!focusOnMount) return;
    form.setFocus(focusOnMount, { shouldSelect: false });
    onFocused?.();
  }, [focusOnMount, form, onFocused]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hideSubmit) onSave(sectionForm.section);
  };

  const renderField = (field: (typeof fields)[number]) => (
    <CustomerField
      key={field.name}
      field={field}
      control={form.control}
      setValue={form.setValue}
      access={fieldAccess(field, audience) === 'readonly' ? 'readonly' : 'editable'}
      options={options}
      currency={currency}
      lockedReason={locked?.[field.name]}
      mode={audience.mode}
      actions={actions?.[field.name]}
      listField={listField}
    />
  );

  // Switches sit together after the other inputs, as a block of yes/no settings.
  const switches = fields.filter((f) => f.input === 'switch');
  const inputs = fields.filter((f) => f.input !== 'switch');

  return (
    <form noValidate onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md">
        {inputs.map(renderField)}
      </SimpleGrid>
      {switches.length > 0 ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg" mt={inputs.length ? 'xl' : 0}>
          {switches.map(renderField)}
        </SimpleGrid>
      ) : null}
      {hideSubmit ? null : <SaveBar control={form.control} saving={saving} label={submitLabel} />}
    </form>
  );
});

/** Subscribes to the dirty state alone, so typing re-renders this bar and not the form. */
function SaveBar({ control, saving, label }: { control: Control<FormValues>; saving: boolean; label: string }) {
  const { isDirty } = useFormState({ control });
  return (
    <Group justify="flex-end" mt="xl" pt="md" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {saving ? 'Saving…' : isDirty ? 'Unsaved changes' : 'All changes saved'}
      </Text>
      <Button type="submit" disabled={!isDirty || saving} loading={saving} aria-keyshortcuts="Control+S Meta+S">
        {label}
      </Button>
    </Group>
  );
}
