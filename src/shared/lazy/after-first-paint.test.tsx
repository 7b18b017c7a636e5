import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AfterFirstPaint } from './after-first-paint';

describe('AfterFirstPaint', () => {
  it('shows the stand-in first, the real thing once the first screen is painted, and the real thing from then on', async () => {
    const { unmount } = render(
      <AfterFirstPaint fallback={<p>stand-in</p>}>
        <p>date picker</p>
      </AfterFirstPaint>,
    );
    expect(screen.getByText('stand-in')).toBeInTheDocument();
    expect(await screen.findByText('date picker')).toBeInTheDocument();
    expect(screen.queryByText('stand-in')).not.toBeInTheDocument();
    unmount();

    // A part mounted later (another tab's field) needs no wait: its first render is the real one.
    render(
      <AfterFirstPaint fallback={<p>stand-in</p>}>
        <p>date picker</p>
      </AfterFirstPaint>,
    );
    expect(screen.getByText('date picker')).toBeInTheDocument();
  });
});
