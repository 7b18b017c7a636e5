import { Paper, Tabs } from '@mantine/core';
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { ProfileForms } from '../form/use-profile-forms';
import { sections, type SectionSlug } from '../sections';
import { SectionTab } from './section-tab';
import classes from './section-tabs.module.css';

/**
 * The four section tabs, each marked with its errors and unsaved edits, and their panels.
 *
 * The shown section's fields render first; the other panels follow in a transition once it
 * is on screen, and then stay mounted (Mantine's Tabs keep inactive panels, hidden), so a tab
 * switch shows fields that already exist. The forms (useProfileForms) hold every section's
 * values, errors and edits either way. docs/decisions/0011-simpler-by-design.md has the figures.
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
  const allPanels = useAllPanelsAfterFirst();
  return (
    <Tabs
      value={section}
      onChange={(value) => value && onSectionChange(value as SectionSlug)}
      variant="outline"
      // Hidden panels stay live (display: none), not in React's hidden Activity: a field in a
      // panel not shown yet must still show the error a save puts on it.
      keepMountedMode="display-none"
    >
      <Tabs.List aria-label="Customer sections">
        {sections.map((s) => (
          <SectionTab key={s.slug} slug={s.slug} title={s.title} control={forms[s.slug].form.control} />
        ))}
      </Tabs.List>
      {sections.map(({ slug }) => (
        <Tabs.Panel key={slug} value={slug}>
          {slug === section || allPanels ? (
            <Paper className={classes.frame} radius="0 0 var(--mantine-radius-md) var(--mantine-radius-md)" withBorder style={{ borderTop: 0 }}>
              {renderPanel(slug)}
            </Paper>
          ) : null}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

/** False for the first render, then true: React renders what waited for it in a transition, which input can interrupt. */
function useAllPanelsAfterFirst(): boolean {
  const [all, setAll] = useState(false);
  useEffect(() => startTransition(() => setAll(true)), []);
  return all;
}
