import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { notify } from '../shared/notify';
import { AppProvider } from './provider';

describe('notices', () => {
  it('shows a notice given before the stack has loaded, and the ones after it', async () => {
    render(<AppProvider env="test">{null}</AppProvider>);
    expect(screen.queryByText('Profile saved')).not.toBeInTheDocument();

    act(() => notify.success('Profile saved'));
    expect(await screen.findByText('Profile saved')).toBeInTheDocument();

    act(() => notify.error('Could not save Billing Settings', 'The server did not answer.'));
    expect(await screen.findByText('Could not save Billing Settings')).toBeInTheDocument();
    expect(screen.getByText('Profile saved')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Close notice' })).toHaveLength(2);
  });
});
