/**
 * The permission matrix: every /admin operation of the committed openapi/openapi.json, called
 * as each kind of caller, with the answer each must get. Dummy inputs (random ids, empty
 * bodies) are enough: the permission gate answers before validation or lookup, so "allowed"
 * means past the gate and handled — a 400, 404 or 409 shows that; a 401/403 is the gate
 * refusing, and a 5xx is the route failing on the input (see `isAllowedAnswer`).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isRoutePermission, parsePermission, SECTIONS, type RoutePermission, type Section } from '../modules/staff/permissions';

const DOCUMENT_PATH = path.resolve(__dirname, '../../../openapi/openapi.json');

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; format?: string; enum?: unknown[] };
}
interface Operation {
  operationId: string;
  'x-permission'?: unknown;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, unknown> };
}

export interface AdminOperation {
  method: string;
  path: string;
  operationId: string;
  /** As declared; not necessarily valid (the matrix test checks). */
  permission: unknown;
  parameters: Parameter[];
  hasBody: boolean;
}

/** Every operation under /admin in the committed document. */
export function adminOperations(): AdminOperation[] {
  const document = JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8')) as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(document.paths)
    .filter(([template]) => template === '/admin' || template.startsWith('/admin/'))
    .flatMap(([template, item]) =>
      Object.entries(item).map(([method, op]) => ({
        method,
        path: template,
        operationId: op.operationId,
        permission: op['x-permission'],
        parameters: op.parameters ?? [],
        hasBody: Boolean(op.requestBody),
      })),
    );
}

/** A request that reaches the operation with made-up but well-formed values. */
export function dummyRequest(operation: AdminOperation): { url: string; body: object | undefined } {
  const { parameters, hasBody } = operation;
  const url = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const schema = parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
    if (schema.enum?.length) return String(schema.enum[0]);
    if (schema.type === 'integer' || schema.type === 'number') return '1';
    return schema.format === 'uuid' || !schema.type || schema.type === 'string' ? randomUUID() : 'x';
  });
  return { url: `/api/v1${url}`, body: hasBody ? {} : undefined };
}

export type Caller = 'anonymous' | 'customer' | 'managerWithoutSection' | 'managerRead' | 'managerWrite' | 'administrator';
export const CALLERS: Caller[] = ['anonymous', 'customer', 'managerWithoutSection', 'managerRead', 'managerWrite', 'administrator'];

/** What `caller` must get from a route needing `permission`: denied with 401, 403, or let through. */
export function expectedOutcome(permission: RoutePermission, caller: Caller): 401 | 403 | 'allowed' {
  if (permission === 'public') return 'allowed';
  if (caller === 'anonymous' || caller === 'customer') return 401;
  if (permission === 'self') return 'allowed';
  const { access } = parsePermission(permission);
  if (caller === 'managerWithoutSection') return 403;
  if (caller === 'managerRead') return access === 'read' ? 'allowed' : 403;
  return 'allowed';
}

/**
 * Whether `status` is what a caller the gate lets through may get: the route's own answer to
 * the dummy request. A 5xx counts as a failure, not as "let through": it means the route broke
 * on a well-formed request (an unhandled error), which the matrix would otherwise hide.
 *
 * @example isAllowedAnswer(404) // true; isAllowedAnswer(403) and isAllowedAnswer(500) are false
 */
export function isAllowedAnswer(status: number): boolean {
  return status !== 401 && status !== 403 && status < 500;
}

/** The section a route's permission belongs to (null for `public` and `self`). */
export function sectionOf(permission: unknown): Section | null {
  return isRoutePermission(permission) && permission !== 'public' && permission !== 'self' ? parsePermission(permission).section : null;
}

/** Grants of a Manager who holds every section except `section`, for the "without the section" caller. */
export function everySectionBut(section: Section): Partial<Record<Section, 'write'>> {
  return Object.fromEntries(SECTIONS.filter((s) => s !== section).map((s) => [s, 'write'])) as Partial<Record<Section, 'write'>>;
}
