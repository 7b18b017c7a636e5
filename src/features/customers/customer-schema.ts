import { withMeta, z } from '../../shared/zod';
import {
  customerFields,
  fieldByName,
  isRequired,
  isStored,
  isVisible,
  type AnyFieldSpec,
  type CustomerField,
  type CustomerFieldName,
  type FormMode,
  type RuleContext,
} from './fields';
import type { Settings } from '../settings';
import type { SectionSlug } from './sections';

/**
 * Schemas derived from the field table in `fields.ts`. The form's resolver and the mock
 * backend validate with the same `customerValidator`, so they cannot disagree.
 */

type FieldOf<N extends CustomerFieldName> = Extract<CustomerField, { name: N }>;
type RuleOutput<N extends CustomerFieldName> = z.output<ReturnType<FieldOf<N>['rule']>>;

/** Names a user can send: not computed by the server. */
type WritableFieldName = Exclude<CustomerFieldName, 'firstUsedAt'>;

/** A customer as the create form sends it (and as a full PATCH would). */
export type CustomerInput = { [N in WritableFieldName]: RuleOutput<N> };

/** A customer as the API returns it. */
export type Customer = Omit<CustomerInput, 'password' | 'creditLimit' | 'billingDay'> & {
  id: number;
  /**
   * ASTPP's balance, a money string in the base currency (`settings.baseCurrency`), not the
   * customer's: the money left on a prepaid account, the money used (owed) on a postpaid one.
   */
  balance: string;
  /** When the account was created; null where ASTPP holds a zero date. */
  createdAt: string | null;
  firstUsedAt: string | null;
  /** Set for postpaid customers only. */
  creditLimit: string | null;
  /** Set for monthly billing only. */
  billingDay: number | null;
};

/** Ids of these reference lists are numbers; countries, timezones and currencies are codes. */
const numericSources = new Set(['resellers', 'localizations', 'rateGroups', 'taxes']);

function hasNumericValue(f: AnyFieldSpec): boolean {
  return (
    f.input === 'integer' ||
    (typeof f.options === 'string' && numericSources.has(f.options)) ||
    f.name === 'billingDay'
  );
}

/** The field's label and help text, for the OpenAPI document. */
function documented<T extends z.ZodMiniType>(f: AnyFieldSpec, schema: T): T {
  const money =
    f.input === 'money'
      ? 'Decimal string, 0 or more, up to 15 digits before the point and 5 after ("1,234.50" and surrounding spaces are read too); answered as "1234.50000".'
      : undefined;
  const description = [f.description, money].filter(Boolean).join('. ');
  return withMeta(schema, { title: f.label, ...(description ? { description } : {}) });
}

/** The JSON type of a field in an API answer, derived from its input kind. */
function wireType(f: AnyFieldSpec): z.ZodMiniType {
  let type: z.ZodMiniType;
  switch (f.input) {
    case 'integer':
      type = z.number().check(z.int());
      break;
    case 'money':
      type = z.string().check(z.regex(/^\d{1,15}\.\d{5}$/));
      break;
    case 'date':
      type = z.iso.date();
      break;
    case 'datetime':
      type = z.nullable(z.iso.datetime({ offset: true }));
      break;
    case 'switch':
      type = z.boolean();
      break;
    case 'multi-select':
      type = z.array(z.number().check(z.int()));
      break;
    case 'select':
      type = hasNumericValue(f)
        ? z.number().check(z.int())
        : Array.isArray(f.options)
          ? z.enum(f.options.map((o) => o.value) as [string, ...string[]])
          : z.string();
      break;
    default:
      type = z.string();
  }
  return documented(f, f.clearable || f.visibleWhen || f.name === 'resellerId' ? z.nullable(type) : type);
}

const recordFields = customerFields.filter((f) => f.name !== 'password');

export const customerSchema = withMeta(
  z.object({
    id: z.number().check(z.int(), z.positive()),
    balance: withMeta(z.string().check(z.regex(/^-?\d{1,15}\.\d{5}$/)), {
      title: 'Balance',
      description:
        'Read-only, in the base currency (settings.baseCurrency): the money left on a prepaid account, the money used (owed) on a postpaid one, whose available credit is creditLimit less balance. While it is not 0, a PATCH that changes accountType is refused (422).',
    }),
    createdAt: z.nullable(z.iso.datetime({ offset: true })),
    ...Object.fromEntries(recordFields.map((f) => [f.name, wireType(f)])),
  }),
  { id: 'Customer' },
) as unknown as z.ZodMiniType<Customer>;

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}

/**
 * Validates the named fields of a customer. Hidden fields (credit limit for prepaid, billing
 * day for daily) are dropped before validation, so they are neither checked nor output;
 * a required field left empty gets its own message ("Enter a first name"), not a type error.
 */
export function customerValidator(names: readonly string[], ctx: RuleContext) {
  const named = names.map((name) => fieldByName(name)).filter((f): f is AnyFieldSpec => f !== undefined);
  const fields = named.filter((f) => isStored(f, ctx.settings));
  // A field this backend has no column for (stock ASTPP 6.0): a new customer's body may only
  // leave it out; a saved record carries what ASTPP means without the column (unpatchable()
  // refuses it in a PATCH body).
  const notStored = named.filter((f) => !isStored(f, ctx.settings));

  // Fields the rules read without judging them (the account type, for the credit limit):
  // carried through to the checks below, then left out of the output.
  const judged = new Set(fields.map((f) => f.name));
  const readOnly = [
    ...new Set([...fields.flatMap((f) => f.dependsOn ?? []), ...(ctx.mode === 'edit' ? notStored.map((f) => f.name) : [])]),
  ].filter((name) => !judged.has(name));
  const shape = {
    ...Object.fromEntries(readOnly.map((name) => [name, z.optional(z.unknown())])),
    ...(ctx.mode === 'create'
      ? Object.fromEntries(notStored.map((f) => [f.name, z.optional(z.undefined({ error: notStoredMessage(f) }))]))
      : {}),
    ...Object.fromEntries(
      fields.map((f) => {
        const rule = f.rule(ctx);
        return [f.name, f.required || f.requiredOnCreate || f.visibleWhen ? z.optional(rule) : rule];
      }),
    ),
  };

  const prepare = (input: unknown) => {
    if (typeof input !== 'object' || input === null) return input;
    const values = { ...(input as Record<string, unknown>) };
    for (const f of fields) {
      if (!isVisible(f, values) || (isRequired(f, values, ctx.mode) && isEmpty(values[f.name]))) {
        delete values[f.name];
      }
    }
    return values;
  };

  // Classic zod's preprocess: a transform piped into the schema.
  const validator = z.pipe(
    z.transform(prepare),
    z.object(shape).check(
      z.superRefine(
        (values: Record<string, unknown>, issues) => {
          for (const f of fields) {
            if (isVisible(f, values) && isRequired(f, values, ctx.mode) && values[f.name] === undefined) {
              issues.addIssue({
                code: 'custom',
                path: [f.name],
                message: f.requiredMessage ?? `Fill in ${f.label}`,
              });
            }
          }
        },
        // Zod skips refinements once another field failed (an unreadable credit limit, say);
        // the missing required fields must still be named, or the tab's error count is short.
        { when: ({ value }) => typeof value === 'object' && value !== null },
      ),
    ),
  );
  if (readOnly.length === 0) return validator;
  return z.pipe(
    validator,
    z.transform((values: Record<string, unknown>) => {
      const judged = { ...values };
      for (const name of readOnly) delete judged[name];
      return judged;
    }),
  );
}

/**
 * The fields a change to `sent` is checked on: those sent, and those whose rule reads one of
 * them (the credit limit when the account type changes, the billing day when the schedule
 * does, the NON-CLI rate group when the CLI pool does). Never the others: a stored value
 * nobody touched (a 10-digit pin under a 6-digit setting, an empty LC charge) is not judged
 * by today's rules, so a record ASTPP holds can always be edited (decision 0013).
 */
export function fieldsToCheck(sent: Iterable<string>): string[] {
  const names = new Set(sent);
  for (const f of customerFields as readonly AnyFieldSpec[]) {
    if (f.dependsOn?.some((d) => names.has(d))) names.add(f.name);
  }
  return customerFields.filter((f) => names.has(f.name)).map((f) => f.name);
}

const notStoredMessage = (f: AnyFieldSpec) => `Leave ${f.label} out: this ASTPP database has no column for it (a stock 6.0 one has none)`;

/**
 * The names a PATCH body may not carry, each with the reason: not a field, fixed at creation
 * or computed, or not stored by this backend. Empty when the body's names may all be sent.
 */
export function unpatchable(body: Record<string, unknown>, settings: Settings): Record<string, string[]> {
  const patchable = new Set<string>(writableNames('edit'));
  const errors: Record<string, string[]> = {};
  for (const name of Object.keys(body)) {
    const f = fieldByName(name);
    if (!f) errors[name] = ['Leave this out: customers have no such field'];
    else if (!patchable.has(name)) errors[name] = [`Leave ${f.label} out: it cannot be changed here`];
    else if (!isStored(f, settings)) errors[name] = [notStoredMessage(f)];
  }
  return errors;
}

/** Field names a user may send in this mode. */
export function writableNames(mode: FormMode): WritableFieldName[] {
  return customerFields
    .filter((f) => f.writable !== 'never' && (mode === 'create' || f.writable !== 'on-create'))
    .map((f) => f.name as WritableFieldName);
}

/** What the form of one section validates. */
export function sectionValidator(section: SectionSlug, names: readonly string[], ctx: RuleContext) {
  return customerValidator(
    names.filter((n) => fieldByName(n)?.section === section),
    ctx,
  );
}

/**
 * A PATCH body as the contract documents it: any subset of the fields writable on edit, each
 * by its own rule (clearable fields' rules take null already; hidden ones may be sent as null).
 * The mock backend checks a body by merging it into the record and running
 * `customerValidator`, which also applies the conditions between fields.
 */
export function customerPatchSchema(ctx: RuleContext) {
  const shape = Object.fromEntries(
    writableNames('edit').map((name) => {
      const f = fieldByName(name)!;
      const rule = f.rule({ ...ctx, mode: 'edit' });
      return [name, z.optional(documented(f, f.visibleWhen ? z.nullable(rule) : rule))];
    }),
  );
  return z.strictObject(shape);
}

/** A POST /customers body: every field writable on create. */
export function customerCreateSchema(ctx: RuleContext) {
  return customerValidator(writableNames('create'), { ...ctx, mode: 'create' });
}

/**
 * The same body as the contract documents it: every field writable on create is required
 * except those that only apply under a condition (the credit limit for postpaid, the billing
 * day for monthly, the NON-CLI rate group for its CLI pool mode), which
 * `customerCreateSchema` checks, and the fields a stock ASTPP 6.0 database has no column for
 * (sent only where `GET /settings` says `optionalFields` stores them).
 */
export function customerCreateBodySchema(ctx: RuleContext) {
  const shape = Object.fromEntries(
    writableNames('create').map((name) => {
      const f = fieldByName(name)!;
      const rule = f.rule({ ...ctx, mode: 'create' });
      const conditional = f.visibleWhen !== undefined || typeof f.required === 'function' || f.optionalColumn === true;
      return [name, conditional ? z.optional(documented(f, f.visibleWhen ? z.nullable(rule) : rule)) : documented(f, rule)];
    }),
  );
  return z.object(shape);
}

/** Summary row of the customer list. */
export const customerSummarySchema = withMeta(
  z.object({
    id: z.number().check(z.int()),
    accountNumber: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    company: z.string(),
    email: z.string(),
    status: z.enum(['active', 'inactive']),
    accountType: z.enum(['prepaid', 'postpaid']),
    balance: z.string(),
    currency: z.string(),
    resellerId: z.nullable(z.number().check(z.int())),
  }),
  { id: 'CustomerSummary' },
);

export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export const customerPageSchema = withMeta(
  z.object({
    items: z.array(customerSummarySchema),
    total: z.number().check(z.int(), z.minimum(0)),
    page: z.number().check(z.int(), z.minimum(1)),
    pageSize: z.number().check(z.int(), z.minimum(1)),
  }),
  { id: 'CustomerPage' },
);

export type CustomerPage = z.infer<typeof customerPageSchema>;

/** The name a customer is called by: first and last name. */
export function customerDisplayName(customer: Pick<Customer, 'firstName' | 'lastName'>): string {
  return [customer.firstName, customer.lastName].filter(Boolean).join(' ');
}
