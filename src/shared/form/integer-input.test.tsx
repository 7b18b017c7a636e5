import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { IntegerInput } from './integer-input';

function Calls({ initial, onValue }: { initial: number | string; onValue?: (value: number | string) => void }) {
  const [value, setValue] = useState<number | string>(initial);
  return (
    <MantineProvider env="test">
      <IntegerInput
        label="Concurrent Calls"
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
  it('groups thousands and hands over the number', async () => {
    const user = userEvent.setup();
    const values: Array<number | string> = [];
    render(<Calls initial={36500} onValue={(v) => values.push(v)} />);
    const calls = screen.getByLabelText('Concurrent Calls');
    expect(calls).toHaveValue('36,500');
    await user.clear(calls);
    expect(values.at(-1)).toBe('');
    await user.type(calls, '1000');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(calls).toHaveValue('1,000');
    expect(values.at(-1)).toBe(1000);
  });

  it('keeps "1.5" as typed, through blur, for the rule to refuse', async () => {
    const user = userEvent.setup();
    const values: Array<number | string> = [];
    render(<Calls initial={5} onValue={(v) => values.push(v)} />);
    const calls = screen.getByLabelText('Concurrent Calls');
    await user.clear(calls);
    await user.type(calls, '1.5');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(calls).toHaveValue('1.5');
    expect(values.at(-1)).toBe(1.5);
  });

  it('keeps "-3" as typed, through blur: nothing is clamped to the lower limit', async () => {
    const user = userEvent.setup();
    const values: Array<number | string> = [];
    render(<Calls initial={5} onValue={(v) => values.push(v)} />);
    const calls = screen.getByLabelText('Concurrent Calls');
    await user.clear(calls);
    await user.type(calls, '-3');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(calls).toHaveValue('-3');
    expect(values.at(-1)).toBe(-3);
  });

  it('reads a typed "1,000" as a thousand, never as 1.000', async () => {
    const user = userEvent.setup();
    const values: Array<number | string> = [];
    render(<Calls initial="" onValue={(v) => values.push(v)} />);
    const calls = screen.getByLabelText('Concurrent Calls');
    await user.type(calls, '1,000');
    expect(calls).toHaveValue('1,000');
    expect(values.at(-1)).toBe(1000);
  });

  it('steps by one with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Calls initial={1} />);
    const calls = screen.getByLabelText('Concurrent Calls');
    await user.click(calls);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(calls).toHaveValue('3');
    await user.keyboard('{ArrowDown}');
    expect(calls).toHaveValue('2');
  });
});
