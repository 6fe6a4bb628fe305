import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';

export interface WhatsAppReceived {
  phoneNumberId: string;
  authorization: string | null;
  body: {
    messaging_product?: unknown;
    to?: unknown;
    type?: unknown;
    template?: { name?: unknown; language?: { code?: unknown }; components?: Array<{ type?: unknown; parameters?: Array<{ type?: unknown; text?: unknown }> }> };
  };
}

export interface WhatsAppEmulator {
  app: Hono;
  received: WhatsAppReceived[];
  /** The next `count` sends fail with Graph API errors: 'unavailable' (503, code 131016) or 'undeliverable' (400, code 131026). */
  failNext(count: number, kind?: 'unavailable' | 'undeliverable'): void;
}

const FAILURES = {
  unavailable: { status: 503, error: { message: 'Service unavailable', type: 'OAuthException', code: 131016 } },
  undeliverable: { status: 400, error: { message: 'Message undeliverable', type: 'OAuthException', code: 131026 } },
} as const;

/**
 * The WhatsApp Cloud API's send: `POST /{phone_number_id}/messages` with `Authorization: Bearer`,
 * a business-initiated message being a template `{messaging_product: "whatsapp", to, type:
 * "template", template: {name, language: {code}, components: [{type: "body", parameters}]}}` →
 * `{messaging_product, contacts: [{input, wa_id}], messages: [{id}]}`, errors as `{error: {message, type, code, fbtrace_id}}`.
 * With `templates`, only those approved template names are accepted.
 */
export function createWhatsAppEmulator(options: { token: string; phoneNumberId: string; templates?: string[] }): WhatsAppEmulator {
  const received: WhatsAppReceived[] = [];
  const failures: Array<keyof typeof FAILURES> = [];
  const app = new Hono();
  const graphError = (status: number, error: { message: string; type: string; code: number; error_subcode?: number }) =>
    new Response(JSON.stringify({ error: { ...error, fbtrace_id: randomBytes(8).toString('hex') } }), { status, headers: { 'content-type': 'application/json' } });

  app.post('/:phoneNumberId/messages', async (c) => {
    const authorization = c.req.header('authorization') ?? null;
    if (authorization !== `Bearer ${options.token}`) return graphError(401, { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 });
    const phoneNumberId = c.req.param('phoneNumberId');
    if (phoneNumberId !== options.phoneNumberId) {
      return graphError(400, { message: `Unsupported post request. Object with ID '${phoneNumberId}' does not exist`, type: 'GraphMethodException', code: 100, error_subcode: 33 });
    }
    const body = (await c.req.json().catch(() => null)) as WhatsAppReceived['body'] | null;
    const invalid = (message: string) => graphError(400, { message: `(#100) ${message}`, type: 'OAuthException', code: 100 });
    if (!body || body.messaging_product !== 'whatsapp') return invalid('The parameter messaging_product is required.');
    if (typeof body.to !== 'string' || !/^\+?\d{8,15}$/.test(body.to)) return invalid('Invalid parameter: to');
    if (body.type !== 'template' || !body.template) return invalid('Business-initiated messages must be templates.');
    const template = body.template;
    if (typeof template.name !== 'string' || typeof template.language?.code !== 'string') return invalid('template.name and template.language.code are required.');
    if (options.templates && !options.templates.includes(template.name)) {
      return graphError(404, { message: '(#132001) Template name does not exist in the translation', type: 'OAuthException', code: 132001 });
    }
    for (const component of template.components ?? []) {
      for (const parameter of component.parameters ?? []) {
        if (parameter.type !== 'text' || typeof parameter.text !== 'string' || /[\n\t]| {5,}/.test(parameter.text)) {
          return invalid('Param text cannot have new-line/tab characters or more than 4 consecutive spaces');
        }
      }
    }
    received.push({ phoneNumberId, authorization, body });
    const injected = failures.shift();
    if (injected) return graphError(FAILURES[injected].status, FAILURES[injected].error);
    return c.json({
      messaging_product: 'whatsapp',
      contacts: [{ input: body.to, wa_id: body.to.replace(/^\+/, '') }],
      messages: [{ id: `wamid.${randomBytes(16).toString('base64url')}` }],
    }, 200);
  });

  return {
    app,
    received,
    failNext(count, kind = 'unavailable') {
      failures.length = 0;
      for (let i = 0; i < count; i += 1) failures.push(kind);
    },
  };
}
