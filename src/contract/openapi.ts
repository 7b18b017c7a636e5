import { z } from 'zod';
import { generatedSchema } from '../features/customers/api/generators';
import {
  customerCreateBodySchema,
  customerPageSchema,
  customerPatchSchema,
  customerSchema,
  customerSummarySchema,
} from '../features/customers/customer-schema';
import { sortFields } from '../features/customers/list/list-state';
import { isResellerScoped } from '../features/reference/reference-paths';
import {
  countrySchema,
  currencySchema,
  localizationSchema,
  rateGroupSchema,
  referenceLists,
  resellerSchema,
  taxSchema,
  timezoneSchema,
} from '../features/reference/reference-schema';
import { credentialsSchema, sessionSchema, userSchema } from '../features/session/session-schema';
import { defaultSettings, settingsSchema } from '../features/settings/settings-schema';
import { problemSchema } from '../shared/http/http-client';

/**
 * The HTTP contract (SPEC section 4) as an OpenAPI 3.1 document, generated from the zod
 * schemas the console and the mock backend use, so it cannot drift from them.
 * `npm run openapi` writes it to docs/openapi.json; a test fails when that file is stale,
 * and another checks the mock backend's answers against it.
 */

type JsonSchema = Record<string, unknown>;

/** 422: problem details whose `errors` name each invalid field by its JSON name. */
const validationProblemSchema = z.object({
  ...problemSchema.shape,
  status: z.literal(422),
  errors: z
    .record(z.string(), z.array(z.string()))
    .describe('Messages for each invalid field, keyed by its JSON name; "_" when the body as a whole is wrong'),
});

const ruleContext = { settings: defaultSettings, mode: 'edit' as const };

/** Answers: converted as zod outputs them. */
const responseSchemas = {
  Problem: problemSchema,
  ValidationProblem: validationProblemSchema,
  User: userSchema,
  Session: sessionSchema,
  Settings: settingsSchema,
  Customer: customerSchema,
  CustomerSummary: customerSummarySchema,
  CustomerPage: customerPageSchema,
  Generated: generatedSchema,
  Reseller: resellerSchema,
  RateGroup: rateGroupSchema,
  Localization: localizationSchema,
  Tax: taxSchema,
  Country: countrySchema,
  Timezone: timezoneSchema,
  Currency: currencySchema,
};

/** Request bodies: converted as zod takes them in (money as typed, before its transform). */
const requestSchemas = {
  Credentials: credentialsSchema,
  CustomerPatch: customerPatchSchema(ruleContext),
  CustomerCreate: customerCreateBodySchema({ ...ruleContext, mode: 'create' }),
};

const schemaRef = (id: string) => `#/components/schemas/${id}`;

function components(schemas: Record<string, z.core.$ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, uri: schemaRef });
  if ('__shared' in converted) throw new Error('A schema refers to one that is not a component; add it to the document');
  // Each component is a Schema Object of the document, not a standalone JSON Schema resource.
  return Object.fromEntries(
    Object.entries(converted).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema as JsonSchema]),
  );
}

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const ref = (id: keyof typeof responseSchemas | keyof typeof requestSchemas) => ({ $ref: schemaRef(id) });

const problemResponse = (description: string, id: 'Problem' | 'ValidationProblem' = 'Problem') => ({
  description,
  content: { 'application/problem+json': { schema: ref(id) } },
});

const etagHeader = {
  ETag: {
    description:
      'The record’s only concurrency token: an opaque quoted string (an entity tag, RFC 9110) that changes when the record does. Send it back unchanged as If-Match to change the record; clients never read a meaning into it',
    required: true,
    schema: { type: 'string', pattern: '^"[!#-~]*"$' },
  },
};

const errors = {
  unauthorized: problemResponse('Not signed in, or the session has ended'),
  notFound: problemResponse('No such customer, or not one of the caller’s (another reseller’s customer answers exactly like a missing one)'),
  forbidden: problemResponse('The caller may not do this'),
  invalid: problemResponse('Field errors, keyed by JSON field name', 'ValidationProblem'),
  unexpected: problemResponse('Any other failure (5xx), as problem details'),
};

/** Every guarded call can answer 401, and anything can fail unexpectedly. */
function responses(ok: Record<string, unknown>, more: Record<string, unknown> = {}) {
  return { ...ok, ...more, '401': errors.unauthorized, default: errors.unexpected };
}

const customerId = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The customer’s id',
  schema: { type: 'integer', minimum: 1 },
};

const listParameters = [
  {
    name: 'q',
    in: 'query',
    description:
      'Words to find. A customer matches when each word begins its account number, first name, last name, email or company, or when the whole text begins one of them: "john sm" finds John Smith, "4155" account 4155…, "Acme Telecom" that company; "Telecom" alone does not. Case-insensitive; % and _ are taken literally.',
    schema: { type: 'string', maxLength: 100 },
  },
  { name: 'status', in: 'query', schema: { type: 'string', enum: ['active', 'inactive'] } },
  { name: 'accountType', in: 'query', schema: { type: 'string', enum: ['prepaid', 'postpaid'] } },
  { name: 'page', in: 'query', description: 'From 1', schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
  {
    name: 'sort',
    in: 'query',
    description: 'A field to sort by; a leading "-" sorts descending',
    schema: { type: 'string', pattern: `^-?(${sortFields.join('|')})$`, default: 'accountNumber' },
  },
];

/** Rate groups, localizations and taxes belong to a reseller: a customer is offered those of its own. */
const resellerIdParameter = {
  name: 'resellerId',
  in: 'query',
  required: false,
  description:
    'Whose items: the reseller of the customer being edited or created; absent, empty or 0 for the carrier’s own. A reseller user always gets its own, whatever it asks.',
  schema: { type: 'integer', minimum: 0 },
};

const referencePaths = Object.fromEntries(
  (
    [
      ['resellers', 'Reseller', 'listResellers', 'Resellers the caller may assign (a reseller sees only itself)'],
      ['rateGroups', 'RateGroup', 'listRateGroups', 'Active rate groups of one reseller, or of the carrier'],
      ['localizations', 'Localization', 'listLocalizations', 'Active localizations of one reseller, or of the carrier'],
      ['taxes', 'Tax', 'listTaxes', 'Active taxes of one reseller, or of the carrier'],
      ['countries', 'Country', 'listCountries', 'Countries (ISO 3166-1 alpha-2)'],
      ['timezones', 'Timezone', 'listTimezones', 'IANA time zones, with their current UTC offset'],
      ['currencies', 'Currency', 'listCurrencies', 'Currencies (ISO 4217) and their minor-unit digits'],
    ] as const
  ).map(([list, item, operationId, summary]) => [
    referenceLists[list].path,
    {
      get: {
        operationId,
        tags: ['reference lists'],
        summary,
        ...(isResellerScoped(list) ? { parameters: [resellerIdParameter] } : {}),
        responses: responses(
          { '200': { description: summary, content: json({ type: 'array', items: ref(item) }) } },
          isResellerScoped(list) ? { '400': problemResponse('resellerId is not a reseller id') } : {},
        ),
      },
    },
  ]),
);

const generatorPaths = Object.fromEntries(
  (
    [
      ['account-number', 'generateAccountNumber', 'A free account number of the configured length'],
      ['pin', 'generatePin', 'A pin of the configured length'],
      ['password', 'generatePassword', 'A strong password'],
    ] as const
  ).map(([name, operationId, summary]) => [
    `/generators/${name}`,
    {
      get: {
        operationId,
        tags: ['customers'],
        summary: `${summary}, for the create form`,
        responses: responses({ '200': { description: summary, content: json(ref('Generated')) } }),
      },
    },
  ]),
);

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Carrierdesk API',
      version: '1.0.0',
      description: [
        'The HTTP contract of the Carrierdesk console (SPEC section 4), generated from its zod schemas.',
        'Errors are RFC 9457 problem details; a 422 carries `errors` keyed by JSON field name.',
        'Money is a decimal string ("12.50000"). Rules that depend on GET /settings (account number and',
        'pin length, password length) are shown with the default settings.',
      ].join(' '),
    },
    servers: [{ url: '/api', description: 'The console’s default base URL (VITE_API_BASE_URL)' }],
    tags: [
      { name: 'session', description: 'Sign-in' },
      { name: 'customers', description: 'The Customer Profile and the customer list' },
      { name: 'reference lists', description: 'Options of the profile’s selects, scoped to the caller' },
    ],
    paths: {
      '/session': {
        post: {
          operationId: 'signIn',
          tags: ['session'],
          summary: 'Sign in with email or account number, and password',
          requestBody: { required: true, content: json(ref('Credentials')) },
          responses: {
            '200': { description: 'Signed in', content: json(ref('Session')) },
            '401': problemResponse('Wrong email, account number or password'),
            '422': errors.invalid,
            default: errors.unexpected,
          },
        },
        get: {
          operationId: 'getSession',
          tags: ['session'],
          summary: 'Who is signed in',
          responses: responses({ '200': { description: 'The signed-in user', content: json(ref('Session')) } }),
        },
        delete: {
          operationId: 'signOut',
          tags: ['session'],
          summary: 'Sign out',
          responses: { '204': { description: 'Signed out' }, default: errors.unexpected },
        },
      },
      '/settings': {
        get: {
          operationId: 'getSettings',
          tags: ['customers'],
          summary: 'Global settings that shape the customer rules',
          responses: responses({ '200': { description: 'The settings', content: json(ref('Settings')) } }),
        },
      },
      '/customers': {
        get: {
          operationId: 'listCustomers',
          tags: ['customers'],
          summary: 'A page of the caller’s customers',
          parameters: listParameters,
          responses: responses({ '200': { description: 'One page', content: json(ref('CustomerPage')) } }),
        },
        post: {
          operationId: 'createCustomer',
          tags: ['customers'],
          summary: 'Create a customer (a reseller’s customers are always its own)',
          requestBody: { required: true, content: json(ref('CustomerCreate')) },
          responses: responses(
            {
              '201': {
                description: 'Created',
                headers: {
                  ...etagHeader,
                  Location: { description: 'The new customer’s address', required: true, schema: { type: 'string' } },
                },
                content: json(ref('Customer')),
              },
            },
            { '422': errors.invalid },
          ),
        },
      },
      '/customers/{id}': {
        parameters: [customerId],
        get: {
          operationId: 'getCustomer',
          tags: ['customers'],
          summary: 'One customer, with its ETag',
          responses: responses(
            { '200': { description: 'The customer', headers: etagHeader, content: json(ref('Customer')) } },
            { '403': errors.forbidden, '404': errors.notFound },
          ),
        },
        patch: {
          operationId: 'updateCustomer',
          tags: ['customers'],
          summary: 'Change some fields of a customer (send only the changed ones)',
          parameters: [
            {
              name: 'If-Match',
              in: 'header',
              required: true,
              description: 'The ETag of the record the changes were made on, exactly as it was answered (412 when it is no longer the current one)',
              schema: { type: 'string' },
            },
          ],
          requestBody: { required: true, content: json(ref('CustomerPatch')) },
          responses: responses(
            { '200': { description: 'Saved; the new record and its ETag', headers: etagHeader, content: json(ref('Customer')) } },
            {
              '403': errors.forbidden,
              '404': errors.notFound,
              '412': problemResponse('Someone else saved the customer since it was read: read it again'),
              '422': errors.invalid,
              '428': problemResponse('If-Match is missing'),
            },
          ),
        },
      },
      ...generatorPaths,
      ...referencePaths,
    },
    components: {
      schemas: { ...components(responseSchemas, 'output'), ...components(requestSchemas, 'input') },
    },
  };
}

