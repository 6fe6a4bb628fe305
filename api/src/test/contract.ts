/**
 * Checks responses against the committed openapi/openapi.json: the status must be documented
 * for the operation, the content type declared, and the body valid against its schema. The
 * test app runs every response it sends through this; setup-contract.ts fails the test that
 * received a response the document does not describe.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const DOCUMENT_PATH = path.resolve(__dirname, '../../../openapi/openapi.json');
const API_PREFIX = '/api/v1';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: object;
}

const document = JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8')) as Document;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

const templates = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));
const validators = new Map<string, ValidateFunction>();
const violations: string[] = [];

function validatorFor(key: string, schema: object): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ ...schema, components: document.components });
    validators.set(key, validate);
  }
  return validate;
}

/** Records why `response` to `method url` breaks the contract, if it does. */
export async function checkResponse(method: string, url: string, response: Response): Promise<void> {
  const { pathname } = new URL(url, 'http://test');
  if (!pathname.startsWith(`${API_PREFIX}/`) || pathname === `${API_PREFIX}/openapi.json`) return;
  const apiPath = pathname.slice(API_PREFIX.length);
  const label = `${method} ${pathname} → ${response.status}`;
  const match = templates.find((t) => t.pattern.test(apiPath));
  const operation = match ? document.paths[match.template]?.[method.toLowerCase()] : undefined;
  if (!match || !operation) {
    // Unknown routes must still answer with a problem; the document cannot list them.
    if (response.status !== 404) violations.push(`${label}: operation not in openapi.json`);
    return;
  }
  const documented = operation.responses[String(response.status)];
  if (!documented) {
    violations.push(`${label}: status not documented`);
    return;
  }
  if (!documented.content) return;
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const media = documented.content[contentType];
  if (!media) {
    violations.push(`${label}: content type "${contentType}" not documented`);
    return;
  }
  // Only JSON bodies have a schema worth checking; images and streams are described as strings.
  if (!contentType.endsWith('json')) return;
  const body: unknown = JSON.parse(await response.text());
  const validate = validatorFor(`${match.template} ${method} ${response.status} ${contentType}`, media.schema);
  if (!validate(body)) violations.push(`${label}: ${ajv.errorsText(validate.errors)}`);
}

/** The violations recorded since the last call. */
export function takeViolations(): string[] {
  return violations.splice(0, violations.length);
}
