import { Paper, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProfileForms } from '../form/use-profile-forms';
import { sections, type SectionSlug } from '../sections';
import { SectionTab } from './section-tab';

/** The four section tabs, each marked with its errors and unsaved edits; only the active panel is mounted. */
export function SectionTabs({
  forms,
  section,
  onSectionChange,
  children,
}: {
  forms: ProfileForms;
  section: SectionSlug;
  onSectionChange: (section: SectionSlug) => void;
  /** The active section's panel. */
  children: ReactNode;
}) {
  return (
    <Tabs value={section} onChange={(value) => value && onSectionChange(value as SectionSlug)} keepMounted={false} variant="outline">
      <Tabs.List aria-label="Customer sections">
        {sections.map((s) => (
          <SectionTab key={s.slug} slug={s.slug} title={s.title} control={forms[s.slug].form.control} />
        ))}
      </Tabs.List>
      {sections.map((s) => (
        <Tabs.Panel key={s.slug} value={s.slug}>
          {s.slug === section ? (
            <Paper p={{ base: 'md', sm: 'xl' }} radius="0 0 var(--mantine-radius-md) var(--mantine-radius-md)" withBorder style={{ borderTop: 0 }}>
              {children}
            </Paper>
          ) : null}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
