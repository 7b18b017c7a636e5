import { Paper, Tabs } from '@mantine/core';
import { startTransition, useEffect, useOptimistic, useState, type ReactNode } from 'react';
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
  /** Goes to the section: its address on the profile; a returned promise settles once the router has it. */
  onSectionChange: (section: SectionSlug) => void | Promise<void>;
  renderPanel: (section: SectionSlug) => ReactNode;
}) {
  const allPanels = useAllPanelsAfterFirst();
  // A click shows its tab at once, re-rendering the tabs alone. The address follows once the
  // browser is idle (the panel painted), and with it the render of the profile around the tabs;
  // from then on the route's section decides again. docs/decisions/0014-the-address-follows-the-tab.md
  const [shown, show] = useOptimistic(section);
  return (
    <Tabs
      value={shown}
      onChange={(value) =>
        value &&
        startTransition(async () => {
          show(value as SectionSlug);
          await browserIdle();
          await onSectionChange(value as SectionSlug);
        })
      }
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
          {slug === shown || allPanels ? (
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

/**
 * After the next paint, once nothing more urgent waits: at most a tenth of a second later, as
 * a busy page may have no idle moment (Safari has no requestIdleCallback: the next task).
 */
function browserIdle(): Promise<void> {
  return new Promise((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 100 }) : setTimeout(resolve),
  );
}
