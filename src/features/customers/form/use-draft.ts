import { useCallback, useEffect, useRef, useState } from 'react';
import { sections, type SectionSlug } from '../sections';
import type { FormValues } from './form-values';
import type { ProfileForms } from './use-profile-forms';

/**
 * Unsaved edits are kept per customer in session storage as the user types, so a reload, a
 * crash or an expired session loses nothing. Only changed fields are stored; a successful
 * save leaves nothing behind.
 */
export interface Draft {
  savedAt: string;
  /** Record version the edits were made on. */
  version: number | null;
  sections: Partial<Record<SectionSlug, FormValues>>;
}

const PREFIX = 'draft.customer.';
const DEBOUNCE_MS = 400;

export const draftKey = (id: number | 'new') => `${PREFIX}${id}`;

function readDraft(key: string): Draft | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft;
    return Object.values(draft.sections ?? {}).some((values) => values && Object.keys(values).length > 0) ? draft : null;
  } catch {
    return null;
  }
}

function clearDraft(key: string) {
  try {
    sessionStorage.removeItem(key);
  } catch {
    /* storage unavailable: nothing to clear */
  }
}

/** The edits of each section: the values of its fields that react-hook-form counts as dirty. */
function collectDraft(forms: ProfileForms, version: number | null): Draft {
  const draft: Draft = { savedAt: new Date().toISOString(), version, sections: {} };
  for (const { slug } of sections) {
    const { form } = forms[slug];
    const changed = Object.fromEntries(
      Object.entries(form.getValues()).filter(([name]) => name !== 'password' && form.getFieldState(name).isDirty),
    );
    if (Object.keys(changed).length) draft.sections[slug] = changed;
  }
  return draft;
}

export function useDraft(key: string, forms: ProfileForms, version: number | null) {
  // A draft found on opening waits for the user's decision before anything overwrites it.
  const [offered, setOffered] = useState<Draft | null>(() => readDraft(key));
  const recording = offered === null;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const persist = useCallback(() => {
    const draft = collectDraft(forms, version);
    try {
      if (Object.keys(draft.sections).length) sessionStorage.setItem(key, JSON.stringify(draft));
      else sessionStorage.removeItem(key);
    } catch {
      /* storage full or disabled: the guard still protects the edits in memory */
    }
  }, [forms, key, version]);

  useEffect(() => {
    if (!recording) return;
    const schedule = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(persist, DEBOUNCE_MS);
    };
    // A save or an undo leaves a section clean: forget its edits at once, or a reload right
    // after a successful save would offer the saved values back as "unsaved changes".
    const settle = ({ isDirty }: { isDirty?: boolean }) => {
      if (isDirty !== false) return;
      clearTimeout(timer.current);
      persist();
    };
    const subscriptions = sections.map(({ slug }) => forms[slug].form.watch(schedule));
    const cleanups = sections.map(({ slug }) => forms[slug].form.subscribe({ formState: { isDirty: true }, callback: settle }));
    return () => {
      subscriptions.forEach((s) => s.unsubscribe());
      cleanups.forEach((unsubscribe) => unsubscribe());
      clearTimeout(timer.current);
    };
  }, [forms, persist, recording]);

  const restore = useCallback(() => {
    if (!offered) return;
    for (const { slug } of sections) {
      for (const [name, value] of Object.entries(offered.sections[slug] ?? {})) {
        forms[slug].form.setValue(name, value, { shouldDirty: true, shouldValidate: true });
      }
    }
    setOffered(null);
  }, [offered, forms]);

  const discard = useCallback(() => {
    clearDraft(key);
    setOffered(null);
  }, [key]);

  return { offered, restore, discard, persist };
}
