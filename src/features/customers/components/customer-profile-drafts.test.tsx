import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { mockServer } from '../../../../mocks/node';
import { etagOf, publicCustomer, readState } from '../../../../mocks/db';
import { renderApp } from '../../../test/render';
import { missingEtagMessage } from '../api/get-customer';
import { draftKey, type Draft } from '../form/use-draft';

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
