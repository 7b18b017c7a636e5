import { Stack } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/http/http-client';
import { notify } from '../../../shared/notify';
import type { ReferenceData } from '../../reference/reference-schema';
import type { User } from '../../session/session-schema';
import type { Settings } from '../../settings/settings-schema';
import { useUpdateCustomer } from '../api/update-customer';
import type { VersionedCustomer } from '../api/get-customer';
import type { Audience } from '../fields';
import { applyFieldErrors, type FieldLocation } from '../form/field-errors';
import { fieldOptions } from '../form/field-options';
import { changedFields, sectionFormValues, type FormValues } from '../form/form-values';
import { useProfileForms } from '../form/use-profile-forms';
import { sectionTitle, type SectionSlug } from '../sections';
import { customerDisplayName, ProfileHeader } from './profile-header';
import { SectionPanel } from './section-panel';
import { SectionTabs } from './section-tabs';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

export interface CustomerProfileProps {
  versioned: VersionedCustomer;
  section: SectionSlug;
  settings: Settings;
  reference: ReferenceData;
  user: User;
}

/** The Customer Profile once everything it needs is loaded: header, four tabs, four forms. */
export function CustomerProfile({ versioned, section, settings, reference, user }: CustomerProfileProps) {
  const { customer } = versioned;
  const navigate = useNavigate();
  const audience = useMemo<Audience>(() => ({ mode: 'edit', role: user.role, settings }), [user.role, settings]);
  const forms = useProfileForms(customer, audience, settings);
  const options = useMemo(() => fieldOptions(reference, customer.resellerId), [reference, customer.resellerId]);
  const update = useUpdateCustomer(customer.id);
  const [savingSection, setSavingSection] = useState<SectionSlug | null>(null);
  const [focus, setFocus] = useState<FieldLocation | null>(null);
  const saving = useRef(false);
  const basePath = `/customers/${customer.id}`;

  const goTo = useCallback((slug: SectionSlug) => navigate(`${basePath}/${slug}`), [navigate, basePath]);

  const showFieldErrors = useCallback(
    (errors: Record<string, string[]>) => {
      const { first, unplaced } = applyFieldErrors(forms, errors);
      if (unplaced.length) notify.error('Not saved', unplaced.join(' '));
      if (first) {
        if (first.section !== section) goTo(first.section);
        setFocus(first);
      }
    },
    [forms, section, goTo],
  );

  const save = useCallback(
    (slug: SectionSlug) => {
      const { form, base } = forms[slug];
      void form.handleSubmit(async (validated: FormValues) => {
        // One request at a time per profile: a double click must not send two PATCHes.
        if (saving.current) return;
        const changes = changedFields(validated, base.current);
        if (Object.keys(changes).length === 0) {
          form.reset(sectionFormValues(slug, base.current));
          return;
        }
        const submitted = form.getValues();
        saving.current = true;
        setSavingSection(slug);
        try {
          const saved = await update.mutateAsync({ changes });
          base.current = saved.customer;
          const typedMeanwhile = Object.entries(form.getValues()).filter(
            ([name, value]) => JSON.stringify(value) !== JSON.stringify(submitted[name]),
          );
          form.reset(sectionFormValues(slug, saved.customer));
          for (const [name, value] of typedMeanwhile) form.setValue(name, value, { shouldDirty: true });
          notify.success(`${sectionTitle(slug)} saved`, `${customerDisplayName(saved.customer)}: your changes are saved.`);
        } catch (error) {
          if (isApiError(error, 'validation')) {
            showFieldErrors(error.fieldErrors);
            notify.error('Not saved', 'Some fields need attention. They are marked in red.');
          } else {
            notify.error('Not saved', error instanceof Error ? error.message : 'Something went wrong.');
          }
        } finally {
          saving.current = false;
          setSavingSection(null);
        }
      })();
    },
    [forms, update, showFieldErrors],
  );

  const clearFocus = useCallback(() => setFocus(null), []);

  return (
    <Stack gap="lg">
      <ProfileHeader customer={customer} />
      <SectionTabs forms={forms} section={section} onSectionChange={goTo}>
        <SectionPanel
          key={section}
          sectionForm={forms[section]}
          audience={audience}
          options={options}
          currency={customer.currency}
          saving={savingSection === section}
          onSave={() => save(section)}
          focusOnMount={focus?.section === section ? focus.name : undefined}
          onFocused={clearFocus}
        />
      </SectionTabs>
      <UnsavedChangesGuard forms={forms} stayWithin={`${basePath}/`} />
    </Stack>
  );
}
