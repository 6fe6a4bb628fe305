/**
 * The whole template language: `{{name}}` is replaced by a value, nothing else. Templates are
 * edited by staff in the CRM, so there are no loops, conditions or code to get wrong; lists
 * (tickets) arrive as ready lines. A template library would bring all of that and an escaping
 * mode per tag to keep right; this keeps the check "only known placeholders" exact.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

export type RenderMode = 'text' | 'html';

/** Values by placeholder name; plain text (HTML mode escapes them). */
export type TemplateValues = Record<string, string>;

/**
 * The placeholder names a template uses, and the pieces that look like a placeholder but are not one.
 *
 * @example
 * placeholdersIn('Заказ {{orderNumber}} {{ total }}') // { names: ['orderNumber', 'total'], malformed: [] }
 * placeholdersIn('Hi {{name') // { names: [], malformed: ['{{name'] }
 */
export function placeholdersIn(template: string): { names: string[]; malformed: string[] } {
  const names = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) names.add(match[1] as string);
  const rest = template.replace(PLACEHOLDER, ' ');
  const malformed = [...rest.matchAll(/\{\{[^{}]{0,40}\}?\}?|\}\}/g)].map((m) => m[0]);
  return { names: [...names], malformed };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

/** A template placeholder with no value: a programming error, since templates are validated when saved. */
export class MissingTemplateValue extends Error {
  override readonly name = 'MissingTemplateValue';
}

/**
 * Fills a template. In HTML mode every value is escaped and its line breaks become `<br>`,
 * so customer data can never add markup.
 *
 * @example
 * renderTemplate('<p>{{name}}</p>', { name: 'A & B' }, 'html') // '<p>A &amp; B</p>'
 */
export function renderTemplate(template: string, values: TemplateValues, mode: RenderMode): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new MissingTemplateValue(`no value for {{${name}}}`);
    return mode === 'html' ? escapeHtml(value).replace(/\r?\n/g, '<br>\n') : value;
  });
}
