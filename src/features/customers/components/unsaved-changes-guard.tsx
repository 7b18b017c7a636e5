import { Button, Group, List, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useFormState, type Control } from 'react-hook-form';
import { useBlocker } from 'react-router';
import type { FormValues } from '../form/form-values';
import type { ProfileForms } from '../form/use-profile-forms';
import { sections, type SectionSlug } from '../sections';

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

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show their prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title="Leave without saving?"
      centered
    >
      <Text size="sm">You have unsaved changes in:</Text>
      <List size="sm" mt="xs">
        {dirty.map((s) => (
          <List.Item key={s.slug}>{s.title}</List.Item>
        ))}
      </List>
      <Text size="sm" mt="sm">
        If you leave now, they are lost.
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          Stay and keep editing
        </Button>
        <Button color="red.9" onClick={() => blocker.proceed?.()}>
          Leave and discard
        </Button>
      </Group>
    </Modal>
  );
}

function useDirty(control: Control<FormValues>): boolean {
  return useFormState({ control }).isDirty;
}

