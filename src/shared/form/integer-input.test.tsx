import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { IntegerInput } from './integer-input';

function Days({ initial, onValue }: { initial: number | ''; onValue?: (value: number | '') => void }) {
  const [value, setValue] = useState<number | ''>(initial);
  return (
    <MantineProvider env="test">
      <IntegerInput
        label="Account Valid Days"
        value={value}
        onChange={(next) => {
          setValue(next);
          onValue?.(next);
        }}
      />
      <button type="button">elsewhere</button>
    </MantineProvider>
  );
}

describe('IntegerInput', () => {
  it('shows thousands grouped, and plain digits while being edited', async () => {
    const user = userEvent.setup();
    render(<Days initial={36500} />);
    const days = screen.getByLabelText('Account Valid Days');
    expect(days).toHaveValue('36,500');
    await user.click(days);
    expect(days).toHaveValue('36500');
    await user.tab();
    expect(days).toHaveValue('36,500');
  });

  it('takes digits only and hands over a number, or empty', async () => {
    const user = userEvent.setup();
    const values: Array<number | ''> = [];
    render(<Days initial={30} onValue={(v) => values.push(v)} />);
    const days = screen.getByLabelText('Account Valid Days');
    await user.clear(days);
    expect(values.at(-1)).toBe('');
    await user.type(days, '1a2-.5');
    expect(days).toHaveValue('125');
    expect(values.at(-1)).toBe(125);
  });

  it('steps by one with the arrow keys, never below 0', async () => {
    const user = userEvent.setup();
    render(<Days initial={1} />);
    const days = screen.getByLabelText('Account Valid Days');
    await user.click(days);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(days).toHaveValue('3');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(days).toHaveValue('0');
  });
});
