// @vitest-environment node
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeEach, describe, expect, it } from 'vitest';
import { signIn, storage, STORAGE_KEYS } from '../../mocks/db';
import { addFault } from '../../mocks/faults';
import { seedCustomers, seedUsers } from '../../mocks/seed';
import type { Customer } from '../features/customers/customer-schema';
import { defaultSettings } from '../features/settings/settings-schema';
import { buildOpenApiDocument } from './openapi';

/**
 * The mock backend's answers, success and failure alike, checked against the OpenAPI
 * document's JSON Schemas with ajv (draft 2020-12): status documented, content type, body
 * and headers. The requests the console sends are checked against the request bodies too.
 */

type Json = Record<string, unknown>;
interface Operation {
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, { content?: Record<string, { schema: Json }>; headers?: Record<string, { required?: boolean; schema: Json }> }>;
}

const doc = buildOpenApiDocument() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
};

const BASE = 'https://carrierdesk.example/components';
/** Component refs point into the document; ajv gets the components as one schema resource. */
const rebase = <T>(schema: T): T =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${BASE}#/$defs/`)) as T;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: BASE, $defs: rebase(doc.components.schemas) });

const compiled = new Map<Json, ValidateFunction>();
function validatorOf(schema: Json): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(rebase(schema));
    compiled.set(schema, validate);
  }
  return validate;
}

function expectValid(schema: Json, value: unknown, what: string) {
  const validate = validatorOf(schema);
  const valid = validate(value);
  expect(valid ? [] : validate.errors, what).toEqual([]);
}

const templates = Object.keys(doc.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

function operationOf(method: string, path: string): { key: string; operation: Operation } {
  const pathname = path.split('?')[0]!;
  const match = templates.find(({ pattern }) => pattern.test(pathname));
  const operation = match && doc.paths[match.template]![method.toLowerCase()];
  expect(operation, `${method} ${pathname} is in the document`).toBeDefined();
  return { key: `${method} ${match!.template}`, operation: operation! };
}

const exercised = new Set<string>();
const ORIGIN = 'http://localhost';

// Without a browser the mock keeps its data in memory: start every test from the seed, signed out.
beforeEach(() => {
  for (const key of Object.values(STORAGE_KEYS)) storage.remove(key);
});

/** Calls the mock backend through fetch and checks request and answer against the document. */
async function call(method: string, path: string, { body, ifMatch, validRequest = true }: { body?: unknown; ifMatch?: string; validRequest?: boolean } = {}) {
  const { key, operation } = operationOf(method, path);
  if (body !== undefined && validRequest) {
    expectValid(operation.requestBody!.content['application/json']!.schema, body, `${key} request body`);
  }
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = ifMatch;
  const response = await fetch(new URL(`/api${path}`, ORIGIN), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const answer = text ? (JSON.parse(text) as unknown) : undefined;

  const status = String(response.status);
  const documented = operation.responses[status] ?? (response.status >= 500 ? operation.responses.default : undefined);
  expect(documented, `${key} documents ${status}`).toBeDefined();
  const mediaType = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  if (documented!.content) {
    expect(Object.keys(documented!.content), `${key} ${status} content type`).toContain(mediaType);
    expectValid(documented!.content[mediaType]!.schema, answer, `${key} ${status} body`);
  } else {
    expect(text, `${key} ${status} has no body`).toBe('');
  }
  for (const [name, header] of Object.entries(documented!.headers ?? {})) {
    const value = response.headers.get(name);
    if (header.required) expect(value, `${key} ${status} header ${name}`).not.toBeNull();
    if (value !== null) expectValid(header.schema, value, `${key} ${status} header ${name}`);
  }
  exercised.add(key);
  return { status: response.status, etag: response.headers.get('ETag'), body: answer as Json };
}

const [admin, northwind] = seedUsers as [(typeof seedUsers)[0], (typeof seedUsers)[0]];
const seed = seedCustomers(defaultSettings);

function createBody(overrides: Partial<Customer> = {}) {
  const { id: _id, balance: _b, createdAt: _c, firstUsedAt: _f, ...input } = seed.find((c) => c.resellerId === null)!;
  return { ...input, accountNumber: '5550001000', email: 'contract@example.org', password: 'Str0ngPass!', ...overrides };
}

describe('the mock backend answers as docs/openapi.json says', () => {
  beforeEach(() => signIn(admin));

  it('session: sign in, who am I, sign out, and the 401 and 422 problems', async () => {
    expect((await call('POST', '/session', { body: { email: 'admin@example.com', password: 'nope' } })).status).toBe(401);
    expect((await call('POST', '/session', { body: { email: '', password: '' }, validRequest: false })).status).toBe(422);
    expect((await call('POST', '/session', { body: { email: 'northwind@example.com', password: 'Reseller123!' } })).status).toBe(200);
    expect((await call('GET', '/session')).status).toBe(200);
    expect((await call('DELETE', '/session')).status).toBe(204);
    expect((await call('GET', '/session')).status).toBe(401);
    expect((await call('GET', '/customers/1')).status).toBe(401);
  });

  it('settings, generators and every reference list', async () => {
    for (const path of ['/settings', '/generators/account-number', '/generators/pin', '/generators/password']) {
      expect((await call('GET', path)).status, path).toBe(200);
    }
    const lists = ['/resellers', '/rate-groups', '/localizations', '/taxes', '/countries', '/timezones', '/currencies'];
    for (const path of lists) expect((await call('GET', path)).status, path).toBe(200);
    // Rate groups, localizations and taxes of one reseller, and a resellerId that is not an id.
    for (const path of ['/rate-groups?resellerId=1', '/localizations?resellerId=0', '/taxes?resellerId=2']) {
      expect((await call('GET', path)).status, path).toBe(200);
    }
    expect((await call('GET', '/taxes?resellerId=x')).status).toBe(400);
    signIn(northwind);
    for (const path of lists) expect((await call('GET', path)).status, path).toBe(200);
  });

  it('the customer list, filtered, searched and sorted, for an admin and a reseller', async () => {
    for (const query of ['', '?page=2&pageSize=50', '?q=li&status=active&accountType=postpaid&sort=-balance', '?page=999']) {
      expect((await call('GET', `/customers${query}`)).status, query).toBe(200);
    }
    signIn(northwind);
    expect((await call('GET', '/customers?pageSize=100')).status).toBe(200);
  });

  it('a customer with its ETag, the only concurrency token; 404 for a missing one and for another reseller’s', async () => {
    const read = await call('GET', '/customers/1');
    expect(read.etag).toMatch(/^"[!#-~]*"$/);
    expect(read.body).not.toHaveProperty('version');
    expect((await call('GET', '/customers/99999')).status).toBe(404);
    signIn(northwind);
    const others = seed.find((c) => c.resellerId !== 1)!;
    expect((await call('GET', `/customers/${others.id}`)).status).toBe(404);
  });

  it('PATCH: 200 with the new ETag, 412, 428 and 422 problems', async () => {
    const read = await call('GET', '/customers/1');
    const saved = await call('PATCH', '/customers/1', { body: { firstName: 'Zoë', creditLimit: null }, ifMatch: read.etag! });
    expect(saved.status).toBe(200);
    expect(saved.etag).not.toBe(read.etag);
    expect((await call('PATCH', '/customers/1', { body: { firstName: 'Ana' }, ifMatch: read.etag! })).status).toBe(412);
    expect((await call('PATCH', '/customers/1', { body: { firstName: 'Ana' } })).status).toBe(428);
    const duplicate = await call('PATCH', '/customers/1', { body: { email: seed[1]!.email }, ifMatch: saved.etag! });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.errors).toHaveProperty('email');
    const unknown = await call('PATCH', '/customers/1', { body: { nickname: 'Z' }, ifMatch: saved.etag!, validRequest: false });
    expect(unknown.body.errors).toHaveProperty('nickname');
    expect((await call('PATCH', '/customers/99999', { body: {}, ifMatch: saved.etag! })).status).toBe(404);
  });

  it('POST: 201 with ETag and Location, 422 problems', async () => {
    const created = await call('POST', '/customers', { body: createBody() });
    expect(created.status).toBe(201);
    expect(created.etag).toBe((await call('GET', `/customers/${created.body.id as number}`)).etag);
    const refused = await call('POST', '/customers', { body: createBody({ email: 'contract@example.org', accountNumber: '5550001001' }) });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual({ email: ['Another account already uses this email address. Enter a different one.'] });
    const postpaid = await call('POST', '/customers', {
      body: createBody({ accountType: 'postpaid', creditLimit: null, accountNumber: '5550001002', email: 'p@example.org' }),
    });
    expect(postpaid.body.errors).toHaveProperty('creditLimit');
  });

  it('a server failure answers problem details too', async () => {
    addFault({ kind: 'status', status: 503, path: '/settings' });
    expect((await call('GET', '/settings')).status).toBe(503);
  });

  it('every seeded customer matches the Customer schema', () => {
    const customerRef = { $ref: '#/components/schemas/Customer' };
    for (const customer of seed) expectValid(customerRef, customer, `customer ${customer.id}`);
  });

  // Runs last (tests of a file run in order): each operation of the document was called above.
  it('called every operation of the document', () => {
    const documented = Object.entries(doc.paths).flatMap(([template, item]) =>
      Object.keys(item)
        .filter((method) => method !== 'parameters')
        .map((method) => `${method.toUpperCase()} ${template}`),
    );
    expect([...exercised].sort()).toEqual(documented.sort());
  });
});

describe('the document', () => {
  it('has every call of SPEC section 4', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/session',
        '/settings',
        '/customers',
        '/customers/{id}',
        '/generators/account-number',
        '/generators/pin',
        '/generators/password',
        '/resellers',
        '/rate-groups',
        '/localizations',
        '/taxes',
        '/countries',
        '/timezones',
        '/currencies',
      ].sort(),
    );
  });

  it('gives each operation a unique operationId and each answer a description', () => {
    const operations = Object.values(doc.paths).flatMap((item) =>
      Object.entries(item)
        .filter(([method]) => method !== 'parameters')
        .map(([, operation]) => operation as Operation & { operationId: string; responses: Record<string, { description?: string }> }),
    );
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.description, `${operation.operationId} ${status}`).toBeTruthy();
      }
    }
  });

  it('PATCH needs If-Match, and customer answers carry the ETag', () => {
    const item = doc.paths['/customers/{id}']!;
    expect(item.patch!.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header', required: true }));
    expect(item.get!.responses['200']!.headers).toHaveProperty('ETag');
    expect(item.patch!.responses['200']!.headers).toHaveProperty('ETag');
    expect(Object.keys(item.patch!.responses)).toEqual(expect.arrayContaining(['200', '401', '404', '412', '422', '428']));
  });

  it('has the ETag as the only concurrency token: the Customer record has no version, and POST answers the ETag too', () => {
    const customer = doc.components.schemas.Customer as { properties: Record<string, unknown> };
    expect(customer.properties).not.toHaveProperty('version');
    expect(doc.paths['/customers']!.post!.responses['201']!.headers).toHaveProperty('ETag');
  });

  it('describes each customer field with its label', () => {
    const customer = doc.components.schemas.Customer as { properties: Record<string, { title?: string }> };
    expect(customer.properties.creditLimit!.title).toBe('Credit Limit');
    expect(customer.properties.nonCliRateGroupId!.title).toBe('NON-CLI Rate Group');
    expect(doc.components.schemas.CustomerPatch).toMatchObject({ additionalProperties: false });
  });
});
