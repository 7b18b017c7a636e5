import { zodResolver } from '@hookform/resolvers/zod';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, type Resolver } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { aCustomer } from '../../../test/customer-fixture';
import { defaultSettings } from '../../settings';
import { sectionValidator } from '../customer-schema';
import { fieldByName } from '../fields';
import { sectionFormValues, type FormValues } from '../form/form-values';
import { CustomerField } from './customer-field';

/** One field of Panel Access, bound to a form. */
function PanelAccessField({ name }: { name: string }) {
  const form = useForm<FormValues>({ defaultValues: sectionFormValues('panel-access', aCustomer()) });
  return (
    <MantineProvider env="test">
      <CustomerField
        field={fieldByName(name)!}
        control={form.control}
        setValue={form.setValue}
        access="editable"
        options={{}}
        currency="EUR"
        mode="edit"
      />
    </MantineProvider>
  );
}

/** Account Settings' call limits, bound to a form with the section's own rules, and its Save. */
function CallLimits({ onSave, maxChannels = 5 }: { onSave: (values: FormValues) => void; maxChannels?: number | null }) {
  const names = ['maxChannels', 'cps'];
  const form = useForm<FormValues>({
    defaultValues: sectionFormValues('account-settings', aCustomer({ maxChannels: maxChannels as number })),
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
    expect(await screen.findByText('Enter 0 (unlimited) or up to 100,000')).toBeInTheDocument();
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

describe('a select (Status)', () => {
  it('names its open listbox in aria-controls, as the WAI-ARIA combobox pattern asks', async () => {
    const user = userEvent.setup();
    render(<PanelAccessField name="status" />);
    const status = screen.getByRole('combobox', { name: /^Status/ });
    expect(status).toHaveValue('Active');
    expect(status).toHaveAttribute('aria-expanded', 'false');

    await user.click(status);
    const listbox = await screen.findByRole('listbox');
    expect(listbox.id).not.toBe('');
    expect(status).toHaveAttribute('aria-controls', listbox.id);
    expect(status).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('option', { name: 'Inactive' }));
    expect(status).toHaveValue('Inactive');
  });
});
