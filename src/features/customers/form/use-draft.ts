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
  /** The ETag of the record the edits were made on; null for a new customer or when unknown. */
  etag: string | null;
  sections: Partial<Record<SectionSlug, FormValues>>;
}

const PREFIX = 'draft.customer.';
const DEBOUNCE_MS = 400;

export const draftKey = (id: number | 'new') => `${PREFIX}${id}`;

function readDraft(key: string): Draft | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Omit<Draft, 'etag'> & { etag?: unknown };
    if (!Object.values(stored.sections ?? {}).some((values) => values && Object.keys(values).length > 0)) return null;
    // A draft kept before drafts carried the ETag (it held a version number) was made on a
    // version nobody can tell now: its edits are offered without claiming a change since.
    return { savedAt: stored.savedAt, sections: stored.sections, etag: typeof stored.etag === 'string' ? stored.etag : null };
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
function collectDraft(forms: ProfileForms, etag: string | null): Draft {
  const draft: Draft = { savedAt: new Date().toISOString(), etag, sections: {} };
  for (const { slug } of sections) {
    const { form } = forms[slug];
    const changed = Object.fromEntries(
      Object.entries(form.getValues()).filter(([name]) => name !== 'password' && form.getFieldState(name).isDirty),
    );
    if (Object.keys(changed).length) draft.sections[slug] = changed;
  }
  return draft;
}

/**
 * Whether the record was saved after the draft's edits were made: only said when both ETags
 * are known and differ. The ETags are compared, never read: they are opaque.
 */
export function savedSinceDraft(draft: Draft, etag: string | null): boolean {
  return draft.etag !== null && etag !== null && draft.etag !== etag;
}

/** `etag`: the ETag of the record the form edits (null for a new customer). */
export function useDraft(key: string, forms: ProfileForms, etag: string | null) {
  // A draft found on opening waits for the user's decision before anything overwrites it.
  const [offered, setOffered] = useState<Draft | null>(() => readDraft(key));
  const recording = offered === null;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const persist = useCallback(() => {
    const draft = collectDraft(forms, etag);
    try {
      if (Object.keys(draft.sections).length) sessionStorage.setItem(key, JSON.stringify(draft));
      else sessionStorage.removeItem(key);
    } catch {
      /* storage full or disabled: the guard still protects the edits in memory */
    }
  }, [forms, key, etag]);

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
