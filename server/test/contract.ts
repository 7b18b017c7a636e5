import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import openapi from '../../docs/openapi.json';

/**
 * Checks a server answer against docs/openapi.json, as src/contract/contract.test.ts checks
 * the mock backend's: the status is documented, and the content type, body and documented
 * headers match their JSON Schemas (ajv, draft 2020-12).
 */

type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema: Json }>; headers?: Record<string, { required?: boolean; schema: Json }> }>;
}

const doc = openapi as unknown as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Json> } };

const BASE = 'https://carrierdesk.example/components';
const rebase = <T>(schema: T): T => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${BASE}#/$defs/`)) as T;

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

const templates = Object.keys(doc.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

export interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

export function expectContract(method: string, path: string, answer: Answer) {
  const pathname = path.split('?')[0]!;
  const match = templates.find(({ pattern }) => pattern.test(pathname));
  const operation = match && doc.paths[match.template]![method.toLowerCase()];
  const key = `${method} ${match?.template ?? pathname}`;
  expect(operation, `${key} is in docs/openapi.json`).toBeDefined();
  const status = String(answer.statusCode);
  const documented = operation!.responses[status] ?? (answer.statusCode >= 500 ? operation!.responses.default : undefined);
  expect(documented, `${key} documents ${status}`).toBeDefined();
  const mediaType = String(answer.headers['content-type'] ?? '').split(';')[0]!.trim();
  if (documented!.content) {
    expect(Object.keys(documented!.content), `${key} ${status} content type`).toContain(mediaType);
    const validate = validatorOf(documented!.content[mediaType]!.schema);
    const body = JSON.parse(answer.body) as unknown;
    expect(validate(body) ? [] : validate.errors, `${key} ${status} body`).toEqual([]);
  } else {
    expect(answer.body, `${key} ${status} has no body`).toBe('');
  }
  for (const [name, header] of Object.entries(documented!.headers ?? {})) {
    const value = answer.headers[name.toLowerCase()];
    if (header.required) expect(value, `${key} ${status} header ${name}`).toBeDefined();
    if (value !== undefined) {
      const validate = validatorOf(header.schema);
      expect(validate(String(value)) ? [] : validate.errors, `${key} ${status} header ${name}`).toEqual([]);
    }
  }
}
