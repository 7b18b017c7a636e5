import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { mockServer } from '../../../../mocks/node';
import { etagOf, publicCustomer, readState, writeState } from '../../../../mocks/db';
import { formatMoney } from '../../../shared/format/money';
import { renderApp } from '../../../test/render';
import { missingEtagMessage } from '../api/get-customer';
import { draftKey, type Draft } from '../form/use-draft';

/** Records the PATCH requests the profile sends. */
function capturePatches() {
  const patches: Array<{ body: Record<string, unknown>; ifMatch: string | null }> = [];
  mockServer.events.on('request:start', async ({ request }) => {
    if (request.method === 'PATCH') {
      patches.push({ body: (await request.clone().json()) as Record<string, unknown>, ifMatch: request.headers.get('If-Match') });
    }
  });
  return patches;
}

const tab = (name: RegExp) => screen.getByRole('tab', { name });

describe('Customer Profile', () => {
  it('shows the profile fields of the customer once loaded', async () => {
    renderApp('/customers/1/profile');
    const firstName = await screen.findByLabelText(/^First Name/);
    const customer = readState().customers[0]!;
    expect(firstName).toHaveValue(customer.firstName);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(customer.firstName);
  });

  it('sends only the changed fields of the section, with If-Match, and looks saved afterwards', async () => {
    const patches = capturePatches();
    const read = etagOf(readState().customers[0]!);
    const { user } = renderApp('/customers/1/profile');
    const city = await screen.findByLabelText('City');
    await user.clear(city);
    await user.type(city, 'Zürich');
    expect(tab(/^Profile, unsaved changes$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Profile saved');

    expect(patches).toHaveLength(1);
    expect(patches[0]!.body).toEqual({ city: 'Zürich' });
    expect(patches[0]!.ifMatch).toBe(read);
    expect(tab(/^Profile$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('keeps the focus and every key while typing, and marks the section unsaved from the first keystroke', async () => {
    const { user } = renderApp('/customers/1/profile');
    const address = await screen.findByLabelText('Address 1');
    const city = screen.getByLabelText('City');
    const before = { address: (address as HTMLInputElement).value, city: (city as HTMLInputElement).value };
    await user.click(address);
    await user.keyboard('{End}, Suite 42');

    expect(address).toHaveFocus();
    expect(address).toHaveValue(`${before.address}, Suite 42`);
    expect(city).toHaveValue(before.city);
    expect(tab(/^Profile, unsaved changes$/)).toBeInTheDocument();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('counts errors in the tab name and shows the message on the field', async () => {
    const { user } = renderApp('/customers/1/profile');
    const firstName = await screen.findByLabelText(/^First Name/);
    await user.clear(firstName);
    await user.tab();
    expect(await screen.findByText('Enter a first name')).toBeInTheDocument();
    expect(firstName).toHaveAttribute('aria-invalid', 'true');
    expect(tab(/^Profile, 1 error, unsaved changes$/)).toBeInTheDocument();
  });

  it('Save with an invalid field marks it and moves the focus to it, sending nothing', async () => {
    const patches = capturePatches();
    const { user } = renderApp('/customers/1/profile');
    const firstName = await screen.findByLabelText(/^First Name/);
    await user.clear(firstName);
    await user.click(screen.getByLabelText('Company'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(firstName).toHaveFocus());
    expect(firstName).toHaveAttribute('aria-invalid', 'true');
    expect(patches).toEqual([]);
  });

  it('keeps edits waiting in another tab when one section is saved', async () => {
    const patches = capturePatches();
    const { user } = renderApp('/customers/1/billing-settings');
    const reference = await screen.findByLabelText('Reference');
    await user.clear(reference);
    await user.type(reference, 'PO-778');

    await user.click(tab(/^Profile/));
    const company = await screen.findByLabelText('Company');
    await user.clear(company);
    await user.type(company, 'Acme Ñandú SA');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Profile saved');
    const afterFirst = etagOf(readState().customers[0]!);

    expect(patches[0]!.body).toEqual({ company: 'Acme Ñandú SA' });
    expect(tab(/^Billing Settings, unsaved changes$/)).toBeInTheDocument();

    await user.click(tab(/^Billing Settings/));
    expect(await screen.findByLabelText('Reference')).toHaveValue('PO-778');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Billing Settings saved');
    // The second save uses the ETag of the first one's answer: no 412 against ourselves.
    expect(patches[1]).toEqual({ body: { reference: 'PO-778' }, ifMatch: afterFirst });
    expect(afterFirst).not.toBe(patches[0]!.ifMatch);
  });

  it('puts a 422 from the server on its field', async () => {
    const { user } = renderApp('/customers/1/panel-access');
    const other = readState().customers[1]!;
    const email = await screen.findByLabelText(/^Email/);
    await user.clear(email);
    await user.type(email, other.email);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Another account already uses this email address/)).toBeInTheDocument();
    await waitFor(() => expect(tab(/^Panel Access, 1 error/)).toBeInTheDocument());
    expect(email).toHaveValue(other.email);
    await waitFor(() => expect(email).toHaveFocus());
  });

  // A customer whose balance is 0: only then may the account type change.
  const settledPrepaid = () => readState().customers.find((c) => c.accountType === 'prepaid' && c.resellerId === null && c.balance === '0.00000')!;

  it('asks before changing the account type and shows the credit limit for postpaid only', async () => {
    const prepaid = settledPrepaid();
    const { user } = renderApp(`/customers/${prepaid.id}/billing-settings`);
    await screen.findByRole('combobox', { name: /^Rate Group/ });
    expect(screen.queryByLabelText(/^Credit Limit/)).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: /^Account Type/ }), 'Postpaid');
    const dialog = await screen.findByRole('dialog', { name: 'Change the account type?' });
    await user.click(within(dialog).getByRole('button', { name: 'Change account type' }));

    expect(await screen.findByLabelText(/^Credit Limit/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Account Type/ })).toHaveDisplayValue('Postpaid');
  });

  it('keeps the account type when the change is not confirmed', async () => {
    const prepaid = settledPrepaid();
    const { user } = renderApp(`/customers/${prepaid.id}/billing-settings`);
    const accountType = await screen.findByRole('combobox', { name: /^Account Type/ });
    await user.selectOptions(accountType, 'Postpaid');
    const dialog = await screen.findByRole('dialog', { name: 'Change the account type?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep prepaid' }));
    expect(accountType).toHaveDisplayValue('Prepaid');
    expect(screen.queryByLabelText(/^Credit Limit/)).not.toBeInTheDocument();
  });

  it('refuses to change the account type while the balance is not 0: the field is read-only and says why', async () => {
    const postpaid = readState().customers.find((c) => c.accountType === 'postpaid' && c.resellerId === null && c.balance !== '0.00000')!;
    renderApp(`/customers/${postpaid.id}/billing-settings`);
    await screen.findByRole('combobox', { name: /^Rate Group/ });

    expect(screen.queryByRole('combobox', { name: /^Account Type/ })).not.toBeInTheDocument();
    const accountType = screen.getByRole('textbox', { name: 'Account Type' });
    expect(accountType).toHaveValue('Postpaid');
    expect(accountType).toHaveAttribute('readonly');
    const balance = formatMoney(postpaid.balance, readState().settings.baseCurrency);
    expect(accountType).toHaveAccessibleDescription(
      `The balance must be settled to 0 before the account type can change. It is ${balance}, the money used on this postpaid account.`,
    );
    // The credit limit still applies and can be edited.
    expect(screen.getByLabelText(/^Credit Limit/)).not.toHaveAttribute('readonly');
  });

  it('puts the server’s refusal on Account Type when the balance moved off 0 since the profile was read', async () => {
    const prepaid = settledPrepaid();
    const { user } = renderApp(`/customers/${prepaid.id}/billing-settings`);
    await screen.findByRole('combobox', { name: /^Rate Group/ });
    // The switch bills a call meanwhile.
    const state = readState();
    writeState({ ...state, customers: state.customers.map((c) => (c.id === prepaid.id ? { ...c, balance: '3.20000' } : c)) });

    await user.selectOptions(screen.getByRole('combobox', { name: /^Account Type/ }), 'Postpaid');
    await user.click(within(await screen.findByRole('dialog', { name: 'Change the account type?' })).getByRole('button', { name: 'Change account type' }));
    await user.type(await screen.findByLabelText(/^Credit Limit/), '500');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const accountType = screen.getByRole('combobox', { name: /^Account Type/ });
    await waitFor(() => expect(accountType).toHaveAttribute('aria-invalid', 'true'));
    expect(accountType).toHaveAccessibleDescription(
      /The balance must be settled to 0 before the account type can change\. It is USD\u00a03\.20, the money left on this prepaid account\./,
    );
    expect(tab(/^Billing Settings, 1 error, unsaved changes$/)).toBeInTheDocument();
    expect(readState().customers.find((c) => c.id === prepaid.id)).toMatchObject({ accountType: 'prepaid' });
  });
});

describe('Customer Profile: edits kept from an earlier visit', () => {
  const company = 'Kept From Earlier Ltd';
  const keepDraft = (made: Partial<Draft> & { version?: number }) =>
    sessionStorage.setItem(draftKey(1), JSON.stringify({ savedAt: '2026-01-15T09:30:00.000Z', sections: { profile: { company } }, ...made }));
  // By its label, not its role: naming every role of a whole profile takes jsdom seconds.
  const offer = () => screen.findByLabelText('Unsaved changes from earlier');
  const savedSince = /saved by someone since then/;

  afterEach(() => sessionStorage.clear());

  it('are offered as they are when the customer still has the ETag they were made on', async () => {
    keepDraft({ etag: etagOf(readState().customers[0]!) });
    renderApp('/customers/1/profile');
    const region = await offer();
    expect(region).toHaveTextContent(`Profile · Company: ${company}`);
    expect(region).not.toHaveTextContent(savedSince);
  });

  it('say the customer was saved since when its ETag is another now', async () => {
    keepDraft({ etag: '"an-earlier-one"' });
    renderApp('/customers/1/profile');
    expect(await offer()).toHaveTextContent(savedSince);
  });

  it('kept before drafts held the ETag (a version number then) are offered without claiming a change since', async () => {
    keepDraft({ version: 41 });
    renderApp('/customers/1/profile');
    const region = await offer();
    expect(region).toHaveTextContent(`Profile · Company: ${company}`);
    expect(region).not.toHaveTextContent(savedSince);
  });

  it('are kept with the ETag of the customer they are made on', async () => {
    const { user } = renderApp('/customers/1/profile');
    await user.type(await screen.findByLabelText('City'), 'x');
    await waitFor(() => expect(sessionStorage.getItem(draftKey(1))).not.toBeNull());
    const kept = JSON.parse(sessionStorage.getItem(draftKey(1))!) as Draft;
    expect(kept.etag).toBe(etagOf(readState().customers[0]!));
    expect(kept).not.toHaveProperty('version');
  });
});

describe('Customer Profile: a customer answered without its ETag', () => {
  it('is not shown: the screen says it could not be loaded, and why', async () => {
    mockServer.use(http.get('*/api/customers/:id', () => HttpResponse.json(publicCustomer(readState().customers[0]!))));
    renderApp('/customers/1/profile');
    expect(await screen.findByText(missingEtagMessage)).toBeInTheDocument();
    expect(screen.getByText('This screen could not be loaded')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^First Name/)).not.toBeInTheDocument();
  });
});
