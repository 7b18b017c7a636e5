import { Alert, Button, CopyButton, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../shared/http/http-client';
import { asSentence, notify } from '../../../shared/notify';
import { useReferenceData } from '../../reference';
import { retryAfterSignIn, useSignedInUser, type User } from '../../session';
import { useSettings, type Settings } from '../../settings';
import { useCreateCustomer } from '../api/create-customer';
import { generate } from '../api/generators';
import { DraftOffer } from '../components/draft-offer';
import { SectionPanelWithLists } from '../components/section-panel-with-lists';
import { SectionTabs } from '../components/section-tabs';
import { UnsavedChangesGuard } from '../components/unsaved-changes-guard';
import type { Audience } from '../fields';
import { applyFieldErrors, firstErrorLocation, type FieldLocation } from '../form/field-errors';
import type { FormValues } from '../form/form-values';
import { draftKey, useDraft } from '../form/use-draft';
import { showAsSaved, useProfileForms, type ProfileForms } from '../form/use-profile-forms';
import { firstSection, sections, type SectionSlug } from '../sections';
import { newCustomerDefaults } from './new-customer-defaults';
import { ClearedChoicesNotice } from './cleared-choices-notice';
import { useResellerLists } from './reseller-lists';

/** Route `/customers/new`: the profile's four sections and one Create customer button. */
export function CreateCustomerPage() {
  const settings = useSettings();
  const user = useSignedInUser();
  // A new customer starts as the user's own (a reseller's, or the carrier's): those lists first.
  const { timezones } = useReferenceData(user.role === 'reseller' ? user.resellerId : null);
  // Fresh values every time the form opens: a generated account number is unique only until used.
  const generated = useQuery({
    queryKey: ['customers', 'new', 'generated'],
    queryFn: async () => {
      const [accountNumber, pin, password] = await Promise.all([generate('account-number'), generate('pin'), generate('password')]);
      return { accountNumber, pin, password };
    },
    staleTime: 0,
    gcTime: 0,
    refetchOnMount: 'always',
  });

  if (generated.error) {
    return (
      <Alert color="red" title="The new-customer form could not be loaded" role="alert">
        <Text size="sm">{generated.error.message}</Text>
        <Button mt="sm" onClick={() => void generated.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  }
  if (!generated.data) {
    return (
      <Stack aria-busy="true" aria-label="Loading new customer form">
        <Skeleton height={32} width={240} />
        <Skeleton height={38} maw={620} />
        <Skeleton height={420} />
      </Stack>
    );
  }
  return <CreateCustomerForm settings={settings} timezones={timezones} user={user} generated={generated.data} />;
}

function CreateCustomerForm({
  settings,
  timezones,
  user,
  generated,
}: {
  settings: Settings;
  timezones: ReadonlyArray<{ id: string }>;
  user: User;
  generated: { accountNumber: string; pin: string; password: string };
}) {
  const navigate = useNavigate();
  const audience = useMemo<Audience>(() => ({ mode: 'create', role: user.role, settings }), [user.role, settings]);
  const initial = useMemo(() => newCustomerDefaults(settings, user, generated, timezones), [settings, user, generated, timezones]);
  const forms = useProfileForms(initial, audience, settings);
  const [section, setSection] = useState<SectionSlug>(firstSection);
  const [focus, setFocus] = useState<FieldLocation | null>(null);
  const create = useCreateCustomer();
  const [createdId, setCreatedId] = useState<number | null>(null);

  // Open the new customer once the unsaved-changes guard is gone: navigating in the same tick
  // as the save, the guard still saw the form dirty, blocked the way, and was then unmounted
  // with the navigation still held, which left the user on a filled-in form.
  useEffect(() => {
    if (createdId !== null) navigate(`/customers/${createdId}/panel-access`);
  }, [createdId, navigate]);

  const panel = forms['panel-access'].form;
  const resellerId = (useWatch({ control: panel.control, name: 'resellerId' }) ?? null) as number | null;
  // Money is stored in the base currency, whichever Currency the customer gets (ASTPP).
  const currency = settings.baseCurrency;
  // Rate groups, localizations and taxes are the chosen reseller's: another one clears what it does not offer.
  const { options, cleared, dismissCleared } = useResellerLists(forms, resellerId);

  const regenerate = useCallback(
    async (name: 'accountNumber' | 'pin' | 'password') => {
      try {
        const value = await generate(name === 'accountNumber' ? 'account-number' : name);
        panel.setValue(name, value, { shouldDirty: true, shouldValidate: true });
      } catch (error) {
        notify.error('Could not generate a new value', error instanceof Error ? error.message : '');
      }
    },
    [panel],
  );

  const password = useWatch({ control: panel.control, name: 'password' }) as string;
  const draft = useDraft(draftKey('new'), forms, null);
  useHotkeys([['mod+S', () => void submit(), { preventDefault: true }]], []);

  const actions = {
    accountNumber: (
      <Button variant="subtle" size="compact-sm" mt={4} onClick={() => void regenerate('accountNumber')}>
        Regenerate account number
      </Button>
    ),
    pin: (
      <Button variant="subtle" size="compact-sm" mt={4} onClick={() => void regenerate('pin')}>
        Regenerate pin
      </Button>
    ),
    password: (
      <Group gap="xs" mt={4}>
        <CopyButton value={password ?? ''}>
          {({ copied, copy }) => (
            <Button variant="subtle" size="compact-sm" onClick={copy} disabled={!password}>
              {copied ? 'Password copied' : 'Copy password'}
            </Button>
          )}
        </CopyButton>
        <Button variant="subtle" size="compact-sm" onClick={() => void regenerate('password')}>
          Regenerate password
        </Button>
      </Group>
    ),
  };

  const submit = async () => {
    if (create.isPending) return;
    const results = await Promise.all(sections.map(({ slug }) => validated(forms, slug)));
    const invalid = results.flatMap((r) => r.errors);
    if (invalid.length) {
      const first = firstErrorLocation(forms, invalid);
      if (first) {
        setSection(first.section);
        setFocus(first);
      }
      notify.error('Not created yet', 'Some fields need attention. Tabs with errors are marked.');
      return;
    }
    const input = Object.assign({}, ...results.map((r) => r.values)) as FormValues;
    try {
      const saved = await create.mutateAsync(input);
      setCreatedId(saved.customer.id);
      draft.discard();
      sections.forEach(({ slug }) => showAsSaved(forms[slug].form, forms[slug].form.getValues()));
      // What ASTPP's own page does besides the account, the backend leaves to ASTPP (README).
      notify.success(
        'Customer created',
        `Account ${saved.customer.accountNumber} is ready. Its SIP device, a receipt for any opening balance and the welcome email are made in ASTPP itself.`,
      );
    } catch (error) {
      if (isApiError(error, 'validation')) {
        const { first, unplaced } = applyFieldErrors(forms, error.fieldErrors);
        if (first) {
          setSection(first.section);
          setFocus(first);
        }
        notify.error('Not created', unplaced.length ? unplaced.join(' ') : 'Some fields need attention. Tabs with errors are marked.');
      } else if (isApiError(error, 'unauthorized')) {
        notify.error('Not created yet', 'Your session has ended. Sign in again and the customer is created with what you entered.');
        retryAfterSignIn(() => void submit());
      } else {
        notify.error('Not created', `${asSentence(error)} Everything you entered is still here.`);
      }
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1} size="h2">
          New customer
        </Title>
        <Button component={Link} to="/customers" variant="default">
          Cancel
        </Button>
      </Group>
      {cleared ? <ClearedChoicesNotice cleared={cleared} resellers={options.resellers ?? []} onClose={dismissCleared} /> : null}
      {draft.offered ? (
        <DraftOffer
          draft={draft.offered}
          options={options}
          currency={currency}
          onRestore={draft.restore}
          onDiscard={draft.discard}
          changedSince={false}
        />
      ) : null}
      <SectionTabs
        forms={forms}
        section={section}
        onSectionChange={setSection}
        renderPanel={(slug) => (
          <SectionPanelWithLists
            sectionForm={forms[slug]}
            audience={audience}
            options={options}
            currency={currency}
            saving={create.isPending}
            onSave={() => undefined}
            hideSubmit
            actions={slug === 'panel-access' ? actions : undefined}
            focusOnMount={focus?.section === slug && slug === section ? focus.name : undefined}
            onFocused={() => setFocus(null)}
          />
        )}
      />
      <Group justify="flex-end">
        <Button size="md" onClick={() => void submit()} loading={create.isPending} disabled={create.isPending}>
          Create customer
        </Button>
      </Group>
      {createdId !== null ? null : <UnsavedChangesGuard forms={forms} stayWithin="/customers/new" />}
    </Stack>
  );
}

/** Runs a section's resolver; gives its output values, or the names of its invalid fields. */
function validated(forms: ProfileForms, slug: SectionSlug): Promise<{ values: FormValues; errors: string[] }> {
  const { form } = forms[slug];
  return new Promise((resolve) => {
    void form.handleSubmit(
      (values) => resolve({ values, errors: [] }),
      (errors) => resolve({ values: {}, errors: Object.keys(errors) }),
    )();
  });
}
