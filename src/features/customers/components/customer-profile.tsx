import { Center, Loader, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { ReferenceData } from '../../reference';
import type { User } from '../../session';
import type { Settings } from '../../settings';
import { lockedFields } from '../account-type-change';
import type { VersionedCustomer } from '../api/get-customer';
import type { Audience } from '../fields';
import { fieldOptions } from '../form/field-options';
import { draftKey, savedSinceDraft, useDraft } from '../form/use-draft';
import { useProfileForms } from '../form/use-profile-forms';
import { useProfileSave } from '../form/use-profile-save';
import type { SectionSlug } from '../sections';
import { ProfileHeader } from './profile-header';
import { needsListFields, SectionPanel } from './section-panel';
import { SectionTabs } from './section-tabs';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

// Shown only after a 412 or when edits were kept from an earlier visit: in their own chunks,
// so the form does not wait for them.
const ConflictDialog = lazy(() => import('./conflict-dialog').then((m) => ({ default: m.ConflictDialog })));
const DraftOffer = lazy(() => import('./draft-offer').then((m) => ({ default: m.DraftOffer })));
// Panels with reference lists (Mantine's Select and MultiSelect) load after the first one
// when it has none, as Panel Access on edit: that panel is usable without their code.
const SectionPanelWithLists = lazy(() => import('./section-panel-with-lists'));

export interface CustomerProfileProps {
  /** The customer in the query cache: what the forms edit and what changes are measured against. */
  versioned: VersionedCustomer;
  section: SectionSlug;
  settings: Settings;
  reference: ReferenceData;
  user: User;
}

/** The Customer Profile: header, four tabs, four forms. */
export function CustomerProfile({ versioned, section, settings, reference, user }: CustomerProfileProps) {
  const { customer } = versioned;
  const navigate = useNavigate();
  const audience = useMemo<Audience>(() => ({ mode: 'edit', role: user.role, settings }), [user.role, settings]);
  const forms = useProfileForms(customer, audience, settings);
  const options = useMemo(() => fieldOptions(reference), [reference]);
  // ASTPP stores money in the base currency, whatever the customer's own: shown and edited in it.
  const { baseCurrency } = settings;
  const locked = useMemo(
    () => lockedFields({ accountType: customer.accountType, balance: customer.balance }, baseCurrency),
    [customer.accountType, customer.balance, baseCurrency],
  );
  const basePath = `/customers/${customer.id}`;
  const goTo = useCallback((slug: SectionSlug) => navigate(`${basePath}/${slug}`), [navigate, basePath]);

  const { save, savingSection, focus, clearFocus, conflict, keepMine, takeTheirs, keepEditing } = useProfileSave({
    customerId: customer.id,
    forms,
    goTo,
    baseCurrency,
  });
  const draft = useDraft(draftKey(customer.id), forms, versioned.etag);

  useHotkeys([['mod+S', () => save(section), { preventDefault: true }]], []);

  return (
    <Stack gap="lg">
      <ProfileHeader customer={customer} baseCurrency={baseCurrency} />
      {draft.offered ? (
        <Suspense fallback={null}>
          <DraftOffer
            draft={draft.offered}
            options={options}
            currency={baseCurrency}
            onRestore={draft.restore}
            onDiscard={draft.discard}
            changedSince={savedSinceDraft(draft.offered, versioned.etag)}
          />
        </Suspense>
      ) : null}
      <SectionTabs
        forms={forms}
        section={section}
        onSectionChange={goTo}
        renderPanel={(slug) => {
          const Panel = needsListFields(forms[slug].fields, audience) ? SectionPanelWithLists : SectionPanel;
          return (
            <Suspense
              fallback={
                <Center mih={240}>
                  <Loader aria-label="Loading the section" />
                </Center>
              }
            >
              <Panel
                sectionForm={forms[slug]}
                audience={audience}
                options={options}
                currency={baseCurrency}
                locked={locked}
                saving={savingSection === slug}
                onSave={save}
                // A save error can take the user to another section's field: focused once it shows.
                focusOnMount={focus?.section === slug ? focus.name : undefined}
                onFocused={clearFocus}
              />
            </Suspense>
          );
        }}
      />
      {conflict ? (
        <Suspense fallback={null}>
          <ConflictDialog
            conflict={conflict}
            options={options}
            currency={baseCurrency}
            onKeepMine={() => void keepMine()}
            onTakeTheirs={takeTheirs}
            onKeepEditing={keepEditing}
            busy={savingSection === conflict.section}
          />
        </Suspense>
      ) : null}
      <UnsavedChangesGuard forms={forms} stayWithin={`${basePath}/`} />
    </Stack>
  );
}
