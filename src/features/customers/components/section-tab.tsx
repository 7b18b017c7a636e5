import { Badge, Tabs } from '@mantine/core';
import { useFormState, type Control } from 'react-hook-form';
import type { FormValues } from '../form/form-values';
import type { SectionSlug } from '../sections';

/**
 * A tab that knows its section's state: an error count and an unsaved-changes mark, both in
 * its accessible name ("Profile, 1 error, unsaved changes") for QA and screen readers.
 */
export function SectionTab({
  slug,
  title,
  control,
}: {
  slug: SectionSlug;
  title: string;
  control: Control<FormValues>;
}) {
  const { errors, isDirty } = useFormState({ control });
  const errorCount = Object.keys(errors).length;
  const name = [
    title,
    errorCount ? `${errorCount} ${errorCount === 1 ? 'error' : 'errors'}` : null,
    isDirty ? 'unsaved changes' : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Tabs.Tab
      value={slug}
      aria-label={name}
      rightSection={
        errorCount || isDirty ? (
          <>
            {errorCount ? (
              <Badge color="red.9" size="sm" circle aria-hidden="true">
                {errorCount}
              </Badge>
            ) : null}
            {isDirty ? (
              <Badge color="yellow.4" c="dark.8" size="xs" circle aria-hidden="true" title="Unsaved changes">
                •
              </Badge>
            ) : null}
          </>
        ) : undefined
      }
    >
      {title}
    </Tabs.Tab>
  );
}
