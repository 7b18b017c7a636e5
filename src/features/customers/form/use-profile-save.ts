import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { isApiError } from '../../../shared/http/http-client';
import { asSentence, notify } from '../../../shared/notify';
import { retryAfterSignIn } from '../../session/session-events';
import { customerKeys } from '../api/customer-keys';
import { getCustomer, type VersionedCustomer } from '../api/get-customer';
import { useUpdateCustomer } from '../api/update-customer';
import type { Conflict } from '../components/conflict-dialog';
import { customerDisplayName } from '../components/profile-header';
import type { Customer } from '../customer-schema';
import { sections, sectionTitle, type SectionSlug } from '../sections';
import { applyFieldErrors, type FieldLocation } from './field-errors';
import { changedFields, sectionFormValues, type FormValues } from './form-values';
import type { ProfileForms } from './use-profile-forms';

export interface PendingConflict extends Conflict {
  section: SectionSlug;
  etag: string;
}

/**
 * Saving one section of the profile, and every way it can fail. Whatever happens, the
 * user's edits stay in the form until the server has them.
 */
export function useProfileSave({
  customerId,
  forms,
  currentSection,
  goTo,
}: {
  customerId: number;
  forms: ProfileForms;
  currentSection: SectionSlug;
  goTo: (section: SectionSlug) => void;
}) {
  const queryClient = useQueryClient();
  const update = useUpdateCustomer(customerId);
  const [savingSection, setSavingSection] = useState<SectionSlug | null>(null);
  const [focus, setFocus] = useState<FieldLocation | null>(null);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const inFlight = useRef(false);

  /** Brings fields the user has not touched up to date with a newer record, in every section but one. */
  const refreshUntouched = useCallback(
    (record: Customer, except?: SectionSlug) => {
      for (const { slug } of sections) {
        if (slug === except) continue;
        forms[slug].form.reset(sectionFormValues(slug, record), { keepDirtyValues: true, keepErrors: true });
        forms[slug].base.current = record;
      }
    },
    [forms],
  );

  const showFieldErrors = useCallback(
    (errors: Record<string, string[]>) => {
      const { first, unplaced } = applyFieldErrors(forms, errors);
      notify.error('Not saved', unplaced.length ? unplaced.join(' ') : 'Some fields need attention. They are marked in red.');
      if (first) {
        if (first.section !== currentSection) goTo(first.section);
        setFocus(first);
      }
    },
    [forms, currentSection, goTo],
  );

  const send = useCallback(
    async (slug: SectionSlug, changes: FormValues, etag?: string): Promise<'saved' | 'failed'> => {
      const { form, base } = forms[slug];
      const submitted = form.getValues();
      inFlight.current = true;
      setSavingSection(slug);
      try {
        const saved = await update.mutateAsync({ changes, etag });
        base.current = saved.customer;
        const typedMeanwhile = Object.entries(form.getValues()).filter(
          ([name, value]) => JSON.stringify(value) !== JSON.stringify(submitted[name]),
        );
        form.reset(sectionFormValues(slug, saved.customer));
        for (const [name, value] of typedMeanwhile) form.setValue(name, value, { shouldDirty: true });
        notify.success(`${sectionTitle(slug)} saved`, `${customerDisplayName(saved.customer)}: your changes are saved.`);
        return 'saved';
      } catch (error) {
        if (isApiError(error, 'validation')) {
          showFieldErrors(error.fieldErrors);
        } else if (isApiError(error, 'conflict')) {
          try {
            const latest = await getCustomer(customerId);
            setConflict({ section: slug, base: base.current, theirs: latest.customer, mine: changes, etag: latest.etag });
          } catch (reload) {
            notify.error('Not saved', `Someone else changed this customer, and the new version could not be loaded: ${(reload as Error).message}`);
          }
        } else if (isApiError(error, 'unauthorized')) {
          notify.error('Not saved yet', 'Your session has ended. Sign in again and the save is retried with your changes.');
          retryAfterSignIn(() => void send(slug, changes, etag));
        } else if (isApiError(error, 'not-found')) {
          notify.error(
            'Not saved: the customer is gone',
            'This customer was deleted or moved out of your reach while you were editing. Your changes are still on screen; copy what you need.',
          );
        } else {
          notify.error('Not saved', `${asSentence(error)} Your changes are still here.`);
        }
        return 'failed';
      } finally {
        inFlight.current = false;
        setSavingSection(null);
      }
    },
    [forms, update, customerId, showFieldErrors],
  );

  const save = useCallback(
    (slug: SectionSlug) => {
      // One request at a time: a double click or Ctrl+S during a save sends nothing more.
      if (inFlight.current) return;
      const { form, base } = forms[slug];
      void form.handleSubmit(async (validated) => {
        if (inFlight.current) return;
        const changes = changedFields(validated, base.current);
        if (Object.keys(changes).length === 0) {
          form.reset(sectionFormValues(slug, base.current));
          return;
        }
        await send(slug, changes);
      })();
    },
    [forms, send],
  );

  const keepMine = useCallback(async () => {
    if (!conflict) return;
    const result = await send(conflict.section, conflict.mine, conflict.etag);
    if (result === 'saved') {
      const saved = queryClient.getQueryData<VersionedCustomer>(customerKeys.detail(customerId));
      if (saved) refreshUntouched(saved.customer, conflict.section);
    }
    setConflict(null);
  }, [conflict, send, queryClient, customerId, refreshUntouched]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const { section, theirs, etag } = conflict;
    queryClient.setQueryData<VersionedCustomer>(customerKeys.detail(customerId), { customer: theirs, etag });
    forms[section].form.reset(sectionFormValues(section, theirs));
    forms[section].base.current = theirs;
    refreshUntouched(theirs, section);
    setConflict(null);
    notify.success('Their changes are shown', `Your edits in ${sectionTitle(section)} were discarded.`);
  }, [conflict, queryClient, customerId, forms, refreshUntouched]);

  const clearFocus = useCallback(() => setFocus(null), []);

  return {
    save,
    savingSection,
    focus,
    clearFocus,
    conflict,
    keepMine,
    takeTheirs,
    keepEditing: () => setConflict(null),
    conflictBusy: conflict !== null && savingSection === conflict.section,
  };
}
