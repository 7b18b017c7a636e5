import { Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { ReferenceData } from '../../reference/reference-schema';
import type { User } from '../../session/session-schema';
import type { Settings } from '../../settings/settings-schema';
import type { VersionedCustomer } from '../api/get-customer';
import type { Audience } from '../fields';
import { fieldOptions } from '../form/field-options';
import { draftKey, useDraft } from '../form/use-draft';
import { useProfileForms } from '../form/use-profile-forms';
import { useProfileSave } from '../form/use-profile-save';
import type { SectionSlug } from '../sections';
import { ConflictDialog } from './conflict-dialog';
import { DraftOffer } from './draft-offer';
import { ProfileHeader } from './profile-header';
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
  const basePath = `/customers/${customer.id}`;
  const goTo = useCallback((slug: SectionSlug) => navigate(`${basePath}/${slug}`), [navigate, basePath]);

  const { save, savingSection, focus, clearFocus, conflict, keepMine, takeTheirs, keepEditing, conflictBusy } =
    useProfileSave({ customerId: customer.id, forms, currentSection: section, goTo });
  const draft = useDraft(draftKey(customer.id), forms, customer.version);

  useHotkeys(
    [
      [
        'mod+S',
        () => save(section),
        { preventDefault: true },
      ],
    ],
    [],
  );

  return (
    <Stack gap="lg">
      <ProfileHeader customer={customer} />
      {draft.offered ? (
        <DraftOffer
          draft={draft.offered}
          options={options}
          currency={customer.currency}
          onRestore={draft.restore}
          onDiscard={draft.discard}
          changedSince={draft.offered.version !== null && draft.offered.version !== customer.version}
        />
      ) : null}
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
      <ConflictDialog
        conflict={conflict}
        options={options}
        onKeepMine={() => void keepMine()}
        onTakeTheirs={takeTheirs}
        onKeepEditing={keepEditing}
        busy={conflictBusy}
      />
      <UnsavedChangesGuard forms={forms} stayWithin={`${basePath}/`} />
    </Stack>
  );
}
