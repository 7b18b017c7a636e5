import { Paper, Tabs, useMantineEnv } from '@mantine/core';
import { memo, startTransition, useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { whenIdle } from '../../../shared/lazy/when-idle';
import type { ProfileForms } from '../form/use-profile-forms';
import { sections, type SectionSlug } from '../sections';
import { SectionTab } from './section-tab';
import classes from './section-tabs.module.css';

type PanelState = 'shown' | 'prerender' | 'hidden';

/**
 * The four section tabs, each marked with its errors and unsaved edits, and their panels.
 *
 * A tab switch should cost the next frame, not a page of inputs built while the user waits:
 * - The active section's panel mounts first. Once it shows, the other panels mount one at a
 *   time when the browser is idle, are laid out off screen, then hidden with their rendering
 *   state kept (section-tabs.module.css). A section chosen before its turn mounts at once.
 * - A click shows its panel at once, re-rendering only these tabs; `onSectionChange` (the
 *   route change, which re-renders the page around them) follows after that frame.
 * - The panels sit outside Mantine's Tabs, so switching does not walk their fields to
 *   propagate the Tabs context; they carry the ids and ARIA links Tabs.Panel would.
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
  /** A section's fields; keep it cheap to re-render (memoized), as every panel stays mounted. */
  renderPanel: (section: SectionSlug) => ReactNode;
}) {
  const id = useId();
  const tabId = (slug: SectionSlug) => `${id}-tab-${slug}`;
  const panelId = (slug: SectionSlug) => `${id}-panel-${slug}`;
  const [shown, show] = useShownSection(section, onSectionChange);
  const { panels, laidOut } = usePanelStates(shown);
  const testEnv = useMantineEnv() === 'test';

  return (
    <div>
      <Tabs id={id} value={shown} onChange={(value) => value && show(value as SectionSlug)} variant="outline">
        <Tabs.List aria-label="Customer sections">
          {sections.map((s) => (
            <SectionTab key={s.slug} slug={s.slug} title={s.title} control={forms[s.slug].form.control} panelId={panelId(s.slug)} />
          ))}
        </Tabs.List>
      </Tabs>
      <div className={classes.panels}>
        {sections.map(({ slug }) => {
          const state = panels.get(slug);
          return state ? (
            <SectionPanelBox
              key={slug}
              slug={slug}
              state={state}
              id={panelId(slug)}
              tabId={tabId(slug)}
              testEnv={testEnv}
              renderPanel={renderPanel}
              onLaidOut={laidOut}
            />
          ) : null;
        })}
      </div>
    </div>
  );
}

/** One section's tab panel; memoized, so a switch re-renders only the two panels it swaps. */
const SectionPanelBox = memo(function SectionPanelBox({
  slug,
  state,
  id,
  tabId,
  testEnv,
  renderPanel,
  onLaidOut,
}: {
  slug: SectionSlug;
  state: PanelState;
  id: string;
  tabId: string;
  testEnv: boolean;
  renderPanel: (section: SectionSlug) => ReactNode;
  onLaidOut: (section: SectionSlug) => void;
}) {
  const hidden = state !== 'shown';
  useEffect(() => {
    if (state !== 'prerender') return;
    // After the frame that laid it out (a task queued from the frame's callback runs after it).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => onLaidOut(slug));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [state, slug, onLaidOut]);
  return (
    <div
      role="tabpanel"
      id={id}
      aria-labelledby={tabId}
      aria-hidden={hidden || undefined}
      // Only while laid out off screen: content-visibility already keeps hidden fields from
      // focus, and toggling inert would restyle every field of the panel on each switch.
      inert={state === 'prerender'}
      className={state === 'shown' ? undefined : classes[state]}
      // jsdom (component tests) has no content-visibility: hidden panels are display: none there.
      style={testEnv && hidden ? { display: 'none' } : undefined}
    >
      <Paper className={classes.frame} radius="0 0 var(--mantine-radius-md) var(--mantine-radius-md)" withBorder style={{ borderTop: 0 }}>
        {renderPanel(slug)}
      </Paper>
    </div>
  );
});

/**
 * The section on screen. `show` changes it at once and calls `onSectionChange` after the
 * next frame; when `section` changes from outside (back, forward, a link, a save error), it wins.
 */
function useShownSection(
  section: SectionSlug,
  onSectionChange: (section: SectionSlug) => void,
): [SectionSlug, (section: SectionSlug) => void] {
  const [state, setState] = useState({ shown: section, from: section });
  if (state.from !== section) setState({ shown: section, from: section });
  const show = useCallback(
    (next: SectionSlug) => {
      setState((current) => ({ ...current, shown: next }));
      requestAnimationFrame(() => setTimeout(() => onSectionChange(next)));
    },
    [onSectionChange],
  );
  return [state.from !== section ? section : state.shown, show];
}

/**
 * Which panels are mounted, and how: the shown one at once; the others, one per idle moment
 * in tab order, laid out off screen until their box reports `laidOut`, then hidden.
 */
function usePanelStates(shown: SectionSlug) {
  const [mounted, setMounted] = useState<ReadonlySet<SectionSlug>>(() => new Set([shown]));
  const [rendered, setRendered] = useState<ReadonlySet<SectionSlug>>(() => new Set([shown]));
  if (!mounted.has(shown)) setMounted(new Set([...mounted, shown]));
  if (!rendered.has(shown)) setRendered(new Set([...rendered, shown]));

  const next = sections.find((s) => !mounted.has(s.slug))?.slug;
  useEffect(() => {
    if (!next) return;
    // A transition, so a keystroke or click meanwhile goes first.
    return whenIdle(() => startTransition(() => setMounted((current) => new Set([...current, next]))));
  }, [next]);

  const laidOut = useCallback((slug: SectionSlug) => setRendered((current) => new Set([...current, slug])), []);
  const panels = new Map(
    sections
      .filter((s) => mounted.has(s.slug))
      .map((s): [SectionSlug, PanelState] => [s.slug, s.slug === shown ? 'shown' : rendered.has(s.slug) ? 'hidden' : 'prerender']),
  );
  return { panels, laidOut };
}
