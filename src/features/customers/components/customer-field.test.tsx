import { zodResolver } from '@hookform/resolvers/zod';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, type Resolver } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { aCustomer } from '../../../test/customer-fixture';
import { defaultSettings } from '../../settings';
import { sectionValidator, type Customer } from '../customer-schema';
import { fieldByName, type FormMode } from '../fields';
import { validDaysFromExpiry } from '../form/field-links';
import { sectionFormValues, type FormValues } from '../form/form-values';
import type { SectionSlug } from '../sections';
import { CustomerField } from './customer-field';
import { ListField } from './list-field';

/** Account Settings' call limits, bound to a form with the section's own rules, and its Save. */
function CallLimits({ onSave, maxChannels = 5 }: { onSave: (values: FormValues) => void; maxChannels?: number | null }) {
  const names = ['maxChannels', 'cps'];
  const form = useForm<FormValues>({
    defaultValues: sectionFormValues('account-settings', aCustomer({ maxChannels: maxChannels as number }), defaultSettings.baseCurrency),
    resolver: zodResolver(
      sectionValidator('account-settings', names, { settings: defaultSettings, mode: 'edit' }) as unknown as z.ZodType<FormValues, FormValues>,
    ) as unknown as Resolver<FormValues>,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  return (
    <MantineProvider env="test">
      <form onSubmit={form.handleSubmit(onSave)}>
        {names.map((name) => (
          <CustomerField
            key={name}
            field={fieldByName(name)!}
            control={form.control}
            setValue={form.setValue}
            access="editable"
            options={{}}
            currency="EUR"
            mode="edit"
          />
        ))}
        <button type="submit">Save</button>
      </form>
    </MantineProvider>
  );
}

async function typeConcurrentCalls(text: string) {
  const user = userEvent.setup();
  const onSave = vi.fn();
  render(<CallLimits onSave={onSave} />);
  const calls = screen.getByLabelText(/^Concurrent Calls/);
  await user.clear(calls);
  if (text) await user.type(calls, text);
  await user.tab();
  return { user, onSave, calls };
}

describe('a whole-number field (Concurrent Calls)', () => {
  it('"1.5" stays as typed and gets "Enter a whole number"; Save sends nothing', async () => {
    const { user, onSave, calls } = await typeConcurrentCalls('1.5');
    expect(calls).toHaveValue('1.5');
    expect(await screen.findByText('Enter a whole number')).toBeInTheDocument();
    expect(calls).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveAccessibleDescription(/Enter a whole number/);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(calls).toHaveValue('1.5');
  });

  it('"-3" stays as typed and gets the lower limit; Save sends nothing', async () => {
    const { user, onSave, calls } = await typeConcurrentCalls('-3');
    expect(calls).toHaveValue('-3');
    expect(await screen.findByText('Enter 0 (unlimited) or more')).toBeInTheDocument();
    expect(calls).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(calls).toHaveValue('-3');
  });

  it('a lone "-" holds no number: Save sends nothing and the field asks for one', async () => {
    const { user, onSave } = await typeConcurrentCalls('-');
    expect(await screen.findByText('Enter a number of calls (0 for unlimited)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a whole number reaches the form as a number', async () => {
    const { user, onSave, calls } = await typeConcurrentCalls('1200');
    expect(calls).toHaveValue('1,200');
    expect(calls).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledOnce();
    expect(onSave.mock.calls[0]![0]).toMatchObject({ maxChannels: 1200, cps: 1 });
  });

  it('left empty, it asks for a number: the field is required', async () => {
    const { user, onSave } = await typeConcurrentCalls('');
    expect(await screen.findByText('Enter a number of calls (0 for unlimited)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('0 is valid and says it means unlimited', async () => {
    const { user, onSave, calls } = await typeConcurrentCalls('0');
    expect(calls).toHaveAccessibleDescription(/0 = unlimited/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ maxChannels: 0 });
  });
});

/** Some fields of one section, bound to a form with the section's own rules, and its Save. */
function SectionFields({
  section,
  names,
  customer = aCustomer(),
  readOnly = [],
  mode = 'edit',
  onSave = () => undefined,
}: {
  section: SectionSlug;
  names: string[];
  customer?: Customer;
  readOnly?: string[];
  mode?: FormMode;
  onSave?: (values: FormValues) => void;
}) {
  const form = useForm<FormValues>({
    defaultValues: sectionFormValues(section, customer, defaultSettings.baseCurrency),
    resolver: zodResolver(
      sectionValidator(section, names, { settings: defaultSettings, mode }) as unknown as z.ZodType<FormValues, FormValues>,
    ) as unknown as Resolver<FormValues>,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  return (
    <MantineProvider env="test">
      <form onSubmit={form.handleSubmit(onSave)}>
        {names.map((name) => (
          <CustomerField
            key={name}
            field={fieldByName(name)!}
            control={form.control}
            setValue={form.setValue}
            access={readOnly.includes(name) ? 'readonly' : 'editable'}
            options={{
              resellers: [{ value: 7, label: 'Northwind Telecom' }],
              localizations: [
                { value: 1, label: 'Carrier default' },
                { value: 2, label: 'Nordic dial plan' },
              ],
            }}
            currency="EUR"
            mode={mode}
            listField={ListField}
          />
        ))}
        <button type="submit">Save</button>
      </form>
    </MantineProvider>
  );
}

describe('a short fixed list (Status, Billing Day)', () => {
  it('is the browser\'s own list of its options, showing the current one, and sends the option chosen', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<SectionFields section="panel-access" names={['status']} onSave={onSave} />);
    const status = screen.getByRole('combobox', { name: /^Status/ });
    expect(status.tagName).toBe('SELECT');
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['Active', 'Inactive']);
    expect(within(status).getByRole('option', { name: 'Active' })).toHaveProperty('selected', true);

    await user.selectOptions(status, 'Inactive');
    expect(within(status).getByRole('option', { name: 'Inactive' })).toHaveProperty('selected', true);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave.mock.calls[0]![0]).toEqual({ status: 'inactive' });
  });

  it('keeps a billing day a number', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<SectionFields section="billing-settings" names={['billingSchedule', 'billingDay']} onSave={onSave} />);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Billing Day/ }), '28');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave.mock.calls[0]![0]).toEqual({ billingSchedule: 'monthly', billingDay: 28 });
  });

  it('with no value yet, says "Choose…" rather than showing its first option as chosen, and asks for one on Save', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(
      <SectionFields
        section="billing-settings"
        names={['billingSchedule', 'billingDay']}
        customer={aCustomer({ billingDay: null } as unknown as Partial<Customer>)}
        onSave={onSave}
      />,
    );
    const day = screen.getByRole('combobox', { name: /^Billing Day/ });
    expect(within(day).getByRole('option', { name: 'Choose…' })).toHaveProperty('selected', true);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(day).toHaveAttribute('aria-invalid', 'true');
    expect(day).toHaveAccessibleDescription(/Choose the day of the month invoices are made/);
  });
});

describe('a reference list (Localization)', () => {
  it('is Mantine\'s Select, naming its open listbox in aria-controls as the WAI-ARIA combobox pattern asks', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<SectionFields section="account-settings" names={['localizationId']} onSave={onSave} />);
    const localization = screen.getByRole('combobox', { name: 'Localization' });
    expect(localization).toHaveValue('Carrier default');
    expect(localization).toHaveAttribute('aria-expanded', 'false');

    await user.click(localization);
    const listbox = await screen.findByRole('listbox');
    expect(listbox.id).not.toBe('');
    expect(localization).toHaveAttribute('aria-controls', listbox.id);
    expect(localization).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('option', { name: 'Nordic dial plan' }));
    expect(localization).toHaveValue('Nordic dial plan');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave.mock.calls[0]![0]).toEqual({ localizationId: 2 });
  });
});

describe('Account Type on an existing customer', () => {
  it('asks before changing; keeping the type leaves the list on it', async () => {
    const user = userEvent.setup();
    render(<SectionFields section="billing-settings" names={['accountType']} />);
    const type = screen.getByRole('combobox', { name: /^Account Type/ });
    await user.selectOptions(type, 'Prepaid');

    const dialog = await screen.findByRole('dialog', { name: 'Change the account type?' });
    expect(within(type).getByRole('option', { name: 'Postpaid' })).toHaveProperty('selected', true);
    await user.click(within(dialog).getByRole('button', { name: 'Keep postpaid' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(type).getByRole('option', { name: 'Postpaid' })).toHaveProperty('selected', true);
  });

  it('changes it once confirmed', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<SectionFields section="billing-settings" names={['accountType']} onSave={onSave} />);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Account Type/ }), 'Prepaid');
    await user.click(await screen.findByRole('button', { name: 'Change account type' }));
    expect(within(screen.getByRole('combobox', { name: /^Account Type/ })).getByRole('option', { name: 'Prepaid' })).toHaveProperty(
      'selected',
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave.mock.calls[0]![0]).toEqual({ accountType: 'prepaid' });
  });
});

describe('Expiry Date', () => {
  it('is the browser\'s date field holding the date as the API sends it, and moves Account Valid Days', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<SectionFields section="panel-access" names={['validDays', 'expiresAt']} onSave={onSave} />);
    const expiry = screen.getByLabelText(/^Expiry Date/);
    expect(expiry).toHaveAttribute('type', 'date');
    expect(expiry).toHaveValue('2026-03-01');

    fireEvent.change(expiry, { target: { value: '2099-03-01' } });
    expect(expiry).toHaveValue('2099-03-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const sent = onSave.mock.calls[0]![0] as FormValues;
    // The very day chosen, whatever the time zone; the days count from today.
    expect(sent.expiresAt).toBe('2099-03-01');
    expect(sent.validDays).toBe(validDaysFromExpiry('2099-03-01'));
  });

  it('emptied, it is marked invalid and says why', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<SectionFields section="panel-access" names={['expiresAt']} onSave={onSave} />);
    const expiry = screen.getByLabelText(/^Expiry Date/);
    fireEvent.change(expiry, { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(expiry).toHaveAttribute('aria-invalid', 'true');
    expect(expiry).toHaveAccessibleDescription(/Choose an expiry date/);
  });
});

describe('a read-only choice (Reseller on edit)', () => {
  it('shows the option\'s name as text, with no list to open', () => {
    render(<SectionFields section="panel-access" names={['resellerId']} readOnly={['resellerId']} customer={aCustomer({ resellerId: 7 })} />);
    const reseller = screen.getByRole('textbox', { name: 'Reseller' });
    expect(reseller).toHaveValue('Northwind Telecom');
    expect(reseller).toHaveAttribute('readonly');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
