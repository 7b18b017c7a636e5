import type { FastifyPluginAsync } from 'fastify';
import * as generate from '../../astpp/generators';
import { createCustomer, updateCustomer } from '../../repositories/customer-writes';
import { customersRepository, type CustomerListQuery } from '../../repositories/customers';
import { settingsRepository } from '../../repositories/settings';

/** Query parameters read as the mock backend reads them (mocks/handlers.ts). */
function listQuery(raw: Record<string, string | undefined>): CustomerListQuery {
  const status = raw.status === 'active' || raw.status === 'inactive' ? raw.status : undefined;
  const accountType = raw.accountType === 'prepaid' || raw.accountType === 'postpaid' ? raw.accountType : undefined;
  return {
    q: (raw.q ?? '').slice(0, 100),
    status,
    accountType,
    page: Math.max(1, Math.floor(Number(raw.page)) || 1),
    pageSize: Math.min(100, Math.max(1, Math.floor(Number(raw.pageSize)) || 25)),
    sort: raw.sort ?? 'accountNumber',
  };
}

const notFound = 'This customer does not exist or is not one of yours.';

const customerRoutes: FastifyPluginAsync = async (app) => {
  const customers = customersRepository(app.db, app.astppColumns);
  const settings = settingsRepository(app.db, app.astppColumns);
  const guarded = { preHandler: app.requireUser };

  app.get('/customers', guarded, async (request) => customers.list(request.user!, listQuery(request.query as Record<string, string | undefined>)));

  app.get<{ Params: { id: string } }>('/customers/:id', guarded, async (request, reply) => {
    const id = /^\d{1,10}$/.test(request.params.id) ? Number(request.params.id) : undefined;
    // Another reseller's customer is answered exactly like a missing one: no existence leak.
    const found = id ? await customers.find(request.user!, id) : undefined;
    if (!found) return reply.problem(404, 'Customer not found', notFound);
    return reply.header('ETag', found.etag).send(found.customer);
  });

  app.patch<{ Params: { id: string } }>('/customers/:id', guarded, async (request, reply) => {
    const id = /^\d{1,10}$/.test(request.params.id) ? Number(request.params.id) : undefined;
    if (!id) return reply.problem(404, 'Customer not found', notFound);
    const ifMatch = request.headers['if-match'];
    if (!ifMatch) return reply.problem(428, 'If-Match required', 'Send the ETag of the record you edited.');
    const user = request.user!;
    const outcome = await updateCustomer(
      app.db,
      app.astppColumns,
      user,
      id,
      ifMatch,
      request.body,
      await settings.read(user.resellerId),
      (plain) => app.passwords.encrypt(plain),
    );
    switch (outcome.kind) {
      case 'not-found':
        return reply.problem(404, 'Customer not found', notFound);
      case 'stale':
        return reply.problem(412, 'Changed by someone else', 'Someone else saved this customer after you opened it.');
      case 'invalid':
        return reply.problem(422, 'Invalid customer', 'Some fields need attention.', outcome.errors);
      case 'updated':
        return reply.header('ETag', outcome.etag).send(outcome.customer);
    }
  });

  app.post('/customers', guarded, async (request, reply) => {
    const user = request.user!;
    const outcome = await createCustomer(app.db, app.astppColumns, user, request.body, await settings.read(user.resellerId), (plain) =>
      app.passwords.encrypt(plain),
    );
    if (outcome.kind === 'invalid') return reply.problem(422, 'Invalid customer', 'Some fields need attention.', outcome.errors);
    return reply
      .code(201)
      .header('ETag', outcome.etag)
      .header('Location', `/api/customers/${outcome.customer.id}`)
      .send(outcome.customer);
  });

  // Generators for the create form; an account number is checked against every account.
  app.get('/generators/account-number', guarded, async (request) => {
    const { accountNumberLength } = await settings.read(request.user!.resellerId);
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const value = generate.accountNumber(accountNumberLength);
      if (!(await customers.numberTaken(value))) return { value };
    }
    throw new Error(`No free ${accountNumberLength}-digit account number after 50 tries`);
  });
  app.get('/generators/pin', guarded, async (request) => ({ value: generate.pin((await settings.read(request.user!.resellerId)).pinLength) }));
  app.get('/generators/password', guarded, async (request) => ({
    value: generate.password((await settings.read(request.user!.resellerId)).passwordMinLength),
  }));
};

export default customerRoutes;
