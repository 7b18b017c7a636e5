import { Paper, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProfileForms } from '../form/use-profile-forms';
import { sections, type SectionSlug } from '../sections';
import { SectionTab } from './section-tab';
import classes from './section-tabs.module.css';

/**
 * The four section tabs, each marked with its errors and unsaved edits, and their panels.
 * Only the shown section's fields are rendered: the forms (useProfileForms) keep every
 * section's values, errors and edits while its fields are not on screen.
 */
export function SectionTabs({
  forms,
  section,
  onSectionChange,
  renderPanel,
}: {
  forms: ProfileForms;
  section: SectionSlug;
  onSectionChange: (section: SectionSlug) => void;
  renderPanel: (section: SectionSlug) => ReactNode;
}) {
  return (
    <Tabs value={section} onChange={(value) => value && onSectionChange(value as SectionSlug)} variant="outline" keepMounted={false}>
      <Tabs.List aria-label="Customer sections">
        {sections.map((s) => (
          <SectionTab key={s.slug} slug={s.slug} title={s.title} control={forms[s.slug].form.control} />
        ))}
      </Tabs.List>
      {sections.map(({ slug }) => (
        <Tabs.Panel key={slug} value={slug}>
          <Paper className={classes.frame} radius="0 0 var(--mantine-radius-md) var(--mantine-radius-md)" withBorder style={{ borderTop: 0 }}>
            {renderPanel(slug)}
          </Paper>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
