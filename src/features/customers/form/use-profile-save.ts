import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { isApiError } from '../../../shared/http/http-client';
import { asSentence, notify } from '../../../shared/notify';
import { retryAfterSignIn } from '../../session';
import { customerKeys } from '../api/customer-keys';
import { customerQueryOptions, type VersionedCustomer } from '../api/get-customer';
import { useUpdateCustomer, type CustomerChanges } from '../api/update-customer';
import { customerDisplayName } from '../customer-schema';
import { sectionTitle, type SectionSlug } from '../sections';
import { applyFieldErrors, type FieldLocation } from './field-errors';
import type { Conflict } from './conflict';
import { changedFields, sameValue, sectionFormValues } from './form-values';
import { showAsSaved, type ProfileForms } from './use-profile-forms';

/**
 * Saving one section of the profile, and every way it can fail. Whatever happens, the
 * user's edits stay in the form until the server has them. The customer in the query cache
 * is the baseline: changes are measured against it, its ETag goes with the PATCH, and a save
 * or a conflict's reload replaces it (the forms follow, see useProfileForms).
 */
export function useProfileSave({
  customerId,
  forms,
  goTo,
  baseCurrency,
}: {
  customerId: number;
  forms: ProfileForms;
  goTo: (section: SectionSlug) => void;
  /** The currency money is stored and edited in (settings.baseCurrency). */
  baseCurrency: string;
}) {
  const queryClient = useQueryClient();
  const { mutateAsync } = useUpdateCustomer(customerId);
  const [savingSection, setSavingSection] = useState<SectionSlug | null>(null);
  const [focus, setFocus] = useState<FieldLocation | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const baseline = useCallback(
    () => queryClient.getQueryData<VersionedCustomer>(customerKeys.detail(customerId))!.customer,
    [queryClient, customerId],
  );

  /**
   * Takes the user to a field that needs attention: its tab (when it is not the tab of the
   * section being saved, the one on screen), then the field itself.
   */
  const focusField = useCallback(
    (location: FieldLocation | undefined, saved: SectionSlug) => {
      if (!location) return;
      if (location.section !== saved) goTo(location.section);
      setFocus(location);
    },
    [goTo],
  );

  const send = useCallback(
    async (slug: SectionSlug, changes: CustomerChanges): Promise<void> => {
      const { form } = forms[slug];
      const submitted = form.getValues();
      setSavingSection(slug);
      try {
        const saved = await mutateAsync(changes);
        // What was typed while the save was on its way stays, as an unsaved edit.
        const typedMeanwhile = Object.entries(form.getValues()).filter(([name, value]) => !sameValue(value, submitted[name]));
        showAsSaved(form, sectionFormValues(slug, saved.customer, baseCurrency));
        for (const [name, value] of typedMeanwhile) form.setValue(name, value, { shouldDirty: true });
        notify.success(`${sectionTitle(slug)} saved`, `${customerDisplayName(saved.customer)}: your changes are saved.`);
      } catch (error) {
        if (isApiError(error, 'validation')) {
          const { first, unplaced } = applyFieldErrors(forms, error.fieldErrors);
          notify.error('Not saved', unplaced.length ? unplaced.join(' ') : 'Some fields need attention. They are marked in red.');
          focusField(first, slug);
        } else if (isApiError(error, 'conflict')) {
          const base = baseline();
          try {
            const latest = await queryClient.fetchQuery({ ...customerQueryOptions(customerId), staleTime: 0 });
            setConflict({ section: slug, base, theirs: latest.customer, mine: changes });
          } catch (reload) {
            notify.error('Not saved', `Someone else changed this customer, and the new version could not be loaded: ${asSentence(reload)}`);
          }
        } else if (isApiError(error, 'unauthorized')) {
          notify.error('Not saved yet', 'Your session has ended. Sign in again and the save is retried with your changes.');
          retryAfterSignIn(() => void send(slug, changes));
        } else if (isApiError(error, 'not-found')) {
          notify.error(
            'Not saved: the customer is gone',
            'This customer was deleted or moved out of your reach while you were editing. Your changes are still on screen; copy what you need.',
          );
        } else {
          notify.error('Not saved', `${asSentence(error)} Your changes are still here.`);
        }
      } finally {
        setSavingSection(null);
      }
    },
    [forms, mutateAsync, queryClient, customerId, baseline, focusField, baseCurrency],
  );

  const save = useCallback(
    (slug: SectionSlug) => {
      // One request at a time: a double click or Ctrl+S during a save sends nothing more.
      // The mutation cache counts a save from the moment it starts, before any re-render.
      const saving = () => queryClient.isMutating({ mutationKey: customerKeys.detail(customerId) }) > 0;
      if (saving()) return;
      const { form } = forms[slug];
      // An invalid field takes the focus (react-hook-form's shouldFocusError): it is in this tab.
      void form.handleSubmit(async (validated) => {
        if (saving()) return;
        const changes = changedFields(validated, baseline());
        if (Object.keys(changes).length === 0) {
          showAsSaved(form, sectionFormValues(slug, baseline(), baseCurrency));
          return;
        }
        await send(slug, changes);
      })();
    },
    [forms, queryClient, customerId, baseline, send, baseCurrency],
  );

  const keepMine = useCallback(async () => {
    if (!conflict) return;
    await send(conflict.section, conflict.mine);
    setConflict(null);
  }, [conflict, send]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const { section, theirs } = conflict;
    showAsSaved(forms[section].form, sectionFormValues(section, theirs, baseCurrency));
    setConflict(null);
    notify.success('Their changes are shown', `Your edits in ${sectionTitle(section)} were discarded.`);
  }, [conflict, forms, baseCurrency]);

  return {
    save,
    savingSection,
    focus,
    clearFocus: useCallback(() => setFocus(null), []),
    conflict,
    keepMine,
    takeTheirs,
    keepEditing: useCallback(() => setConflict(null), []),
  };
}

