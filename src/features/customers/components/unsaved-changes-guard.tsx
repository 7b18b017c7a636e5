import { lazy, Suspense, useCallback } from 'react';
import { useFormState, type Control } from 'react-hook-form';
import { useBeforeUnload, useBlocker } from 'react-router';
import type { FormValues } from '../form/form-values';
import type { ProfileForms } from '../form/use-profile-forms';
import { sections, type SectionSlug } from '../sections';

// Only needed when the user tries to leave: in its own chunk, so the form does not wait for it.
const LeaveDialog = lazy(() => import('./leave-dialog'));

/**
 * Asks before leaving the customer with unsaved edits (in-app links, back button) and lets
 * the browser ask on reload or close. Moving between the customer's own tabs is not leaving.
 */
export function UnsavedChangesGuard({ forms, stayWithin }: { forms: ProfileForms; stayWithin: string }) {
  const dirtyBySection: Record<SectionSlug, boolean> = {
    'panel-access': useDirty(forms['panel-access'].form.control),
    'account-settings': useDirty(forms['account-settings'].form.control),
    profile: useDirty(forms.profile.form.control),
    'billing-settings': useDirty(forms['billing-settings'].form.control),
  };
  const dirty = sections.filter(({ slug }) => dirtyBySection[slug]);
  const isDirty = dirty.length > 0;

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && currentLocation.pathname !== nextLocation.pathname && !nextLocation.pathname.startsWith(stayWithin),
  );

  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (!isDirty) return;
        event.preventDefault();
        // Older browsers need returnValue set to show their prompt.
        event.returnValue = '';
      },
      [isDirty],
    ),
  );

  if (blocker.state !== 'blocked') return null;
  return (
    <Suspense fallback={null}>
      <LeaveDialog
        opened
        unsavedSections={dirty.map((s) => s.title)}
        onStay={() => blocker.reset?.()}
        onLeave={() => blocker.proceed?.()}
      />
    </Suspense>
  );
}

function useDirty(control: Control<FormValues>): boolean {
  return useFormState({ control }).isDirty;
}

