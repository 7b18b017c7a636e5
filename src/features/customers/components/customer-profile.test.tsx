import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../../../../mocks/node';
import { etagOf, readState } from '../../../../mocks/db';
import { renderApp } from '../../../test/render';

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
});
