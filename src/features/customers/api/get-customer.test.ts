import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../../../../mocks/node';
import { aCustomer } from '../../../test/customer-fixture';
import { getCustomer, missingEtagMessage, versioned } from './get-customer';

describe('a customer and its ETag', () => {
  it('takes the ETag as the server sent it, opaque: never read, never built from the record', () => {
    const customer = aCustomer();
    expect(versioned({ data: customer, etag: '"9f86d081884c7d65"', status: 200 })).toEqual({ customer, etag: '"9f86d081884c7d65"' });
  });

  it('refuses an answer without an ETag, saying why', () => {
    expect(() => versioned({ data: aCustomer(), etag: undefined, status: 200 })).toThrow(missingEtagMessage);
  });

  it('a read answered without an ETag fails as a malformed answer, with that message', async () => {
    mockServer.use(http.get('*/api/customers/:id', () => HttpResponse.json(aCustomer())));
    await expect(getCustomer(1)).rejects.toMatchObject({ name: 'ApiError', kind: 'malformed', status: 200, message: missingEtagMessage });
  });
});
