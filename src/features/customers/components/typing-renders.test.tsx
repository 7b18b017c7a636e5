import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render';

/**
 * What one keystroke re-renders. Each field subscribes to its own value (useController) and
 * only the tab mark, the Save bar and the unsaved-changes guard subscribe to the dirty state
 * (useFormState), so typing must not re-render the form, the panel or the other fields; not
 * even the first keystroke, which turns the form dirty (the reference react-admin form
 * re-renders everything then, one long task per first keystroke).
 *
 * Renders are counted by wrapping the components and hooks that matter: a field's render is
 * a call of useController with its name; a component's is a call of its function.
 */
const renders = vi.hoisted(() => ({ log: [] as string[] }));

vi.mock('react-hook-form', async (importOriginal) => {
  const actual = await importOriginal<typeof import('react-hook-form')>();
  return {
    ...actual,
    useController: ((props: Parameters<typeof actual.useController>[0]) => {
      renders.log.push(`field:${props.name}`);
      return actual.useController(props);
    }) as typeof actual.useController,
    useFormState: ((props: Parameters<typeof actual.useFormState>[0]) => {
      renders.log.push('useFormState');
      return actual.useFormState(props);
    }) as typeof actual.useFormState,
  };
});

function counted<M extends Record<string, unknown>>(actual: M, name: keyof M & string, label?: (props: never) => string) {
  const component = actual[name] as (props: never) => unknown;
  return {
    ...actual,
    [name]: (props: never) => {
      renders.log.push(label ? `${name}:${label(props)}` : name);
      return component(props);
    },
  };
}

vi.mock('./customer-profile', async (importOriginal) => counted(await importOriginal<typeof import('./customer-profile')>(), 'CustomerProfile'));
vi.mock('./section-tabs', async (importOriginal) => counted(await importOriginal<typeof import('./section-tabs')>(), 'SectionTabs'));
vi.mock('./section-panel', async (importOriginal) => counted(await importOriginal<typeof import('./section-panel')>(), 'SectionPanel'));
vi.mock('./unsaved-changes-guard', async (importOriginal) =>
  counted(await importOriginal<typeof import('./unsaved-changes-guard')>(), 'UnsavedChangesGuard'),
);
vi.mock('./section-tab', async (importOriginal) =>
  counted(await importOriginal<typeof import('./section-tab')>(), 'SectionTab', (props: { slug: string }) => props.slug),
);

/** Renders logged while `action` runs, once React has settled. */
async function rendersDuring(action: () => Promise<void>): Promise<string[]> {
  // Settling inside act(): late work (a select's chunk arriving, a panel mounting when idle)
  // lands here, not in the counted window.
  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await settle();
  renders.log.length = 0;
  await action();
  await settle();
  return [...renders.log];
}

const fieldsIn = (log: string[]) => [...new Set(log.filter((entry) => entry.startsWith('field:')))];
const componentsIn = (log: string[]) => [...new Set(log.filter((entry) => !entry.startsWith('field:') && entry !== 'useFormState'))];

describe('typing in a profile field', () => {
  beforeEach(() => {
    renders.log.length = 0;
  });

  it('re-renders only that field and what shows the dirty state, from the first keystroke on', async () => {
    const { user } = renderApp('/customers/1/profile');
    const city = await screen.findByLabelText('City');
    await screen.findByRole('combobox', { name: /^Country/ });
    // The other sections' panels mount, hidden, once the browser is idle; the last one is Billing Settings.
    await screen.findByLabelText('Reference');
    await user.click(city);

    const first = await rendersDuring(() => user.keyboard('x'));
    expect(fieldsIn(first)).toEqual(['field:city']);
    // The form turns dirty: the Profile tab's mark and the leave-without-saving guard update…
    expect(componentsIn(first).sort()).toEqual(['SectionTab:profile', 'UnsavedChangesGuard']);
    // …and the Save bar, which is enabled now.
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(screen.getByRole('tab', { name: /^Profile, unsaved changes$/ })).toBeInTheDocument();

    const later = await rendersDuring(() => user.keyboard('yz'));
    expect(fieldsIn(later)).toEqual(['field:city']);
    expect(componentsIn(later)).toEqual([]);
    expect(later.filter((entry) => entry === 'useFormState')).toEqual([]);
    expect(city).toHaveValue(`${(city as HTMLInputElement).value.slice(0, -3)}xyz`);
  });
});
