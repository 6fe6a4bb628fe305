import type { DataSource } from 'typeorm';
import type { Queryable } from '../../platform/db/sql-client';
import { CommonErrors, type FieldProblem } from '../../platform/errors/app-error';
import type { Lang } from '../../platform/http/locale';
import { PLACEHOLDERS, REQUIRED_PLACEHOLDERS, type NotificationType, type TemplateChannel } from './notification-types';
import { NotificationErrors } from './notifications.errors';
import { placeholdersIn } from './template-renderer';

export interface NotificationTemplate {
  type: NotificationType;
  locale: Lang;
  channel: TemplateChannel;
  /** Email only. */
  subject: string | null;
  bodyText: string;
  /** Email only: the HTML part, wrapped in the mail layout when sent. */
  bodyHtml: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface TemplateEdit {
  subject?: string | null;
  bodyText: string;
  bodyHtml?: string | null;
}

interface TemplateRow {
  type: NotificationType; locale: Lang; channel: TemplateChannel; subject: string | null; body_text: string; body_html: string | null;
  updated_at: Date; updated_by: string | null;
}

const COLUMNS = 'type, locale, channel, subject, body_text, body_html, updated_at, updated_by';

/**
 * The message templates, seeded with default texts in every language and editable by staff
 * (the CRM calls this service). An edit may use only the placeholders its message type is
 * rendered with, so a saved template always renders.
 */
export class NotificationTemplates {
  constructor(private readonly db: DataSource) {}

  async list(filter: { type?: NotificationType; locale?: Lang; channel?: TemplateChannel } = {}): Promise<NotificationTemplate[]> {
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} FROM notification_template
        WHERE ($1::text IS NULL OR type = $1) AND ($2::text IS NULL OR locale = $2) AND ($3::text IS NULL OR channel = $3)
        ORDER BY type, locale, channel`,
      [filter.type ?? null, filter.locale ?? null, filter.channel ?? null],
    )) as TemplateRow[];
    return rows.map(toTemplate);
  }

  /** In the caller's transaction when given one; `forUpdate` holds the row until it ends. */
  async get(type: NotificationType, locale: Lang, channel: TemplateChannel, q: Queryable = this.db, forUpdate = false): Promise<NotificationTemplate> {
    const lock = forUpdate ? ' FOR UPDATE' : '';
    const [row] = (await q.query(`SELECT ${COLUMNS} FROM notification_template WHERE type = $1 AND locale = $2 AND channel = $3${lock}`, [
      type, locale, channel,
    ])) as TemplateRow[];
    if (!row) throw NotificationErrors.templateNotFound(type, locale, channel);
    return toTemplate(row);
  }

  /**
   * Replaces a template's texts after checking them; `updatedBy` names the staff member for the
   * record. In the caller's transaction when given one.
   */
  async update(
    type: NotificationType, locale: Lang, channel: TemplateChannel, edit: TemplateEdit, updatedBy?: string, q: Queryable = this.db,
  ): Promise<NotificationTemplate> {
    const checked = checkTemplate(type, channel, edit);
    const [row] = (await q.query(
      `WITH saved AS (
         UPDATE notification_template SET subject = $4, body_text = $5, body_html = $6, updated_by = $7
          WHERE type = $1 AND locale = $2 AND channel = $3 RETURNING ${COLUMNS}
       ) SELECT * FROM saved`,
      [type, locale, channel, checked.subject, checked.bodyText, checked.bodyHtml, updatedBy ?? null],
    )) as TemplateRow[];
    if (!row) throw NotificationErrors.templateNotFound(type, locale, channel);
    return toTemplate(row);
  }
}

/**
 * Checks an edit: an email needs a subject, text and HTML (a messenger template only text),
 * every `{{…}}` is a well-formed placeholder this type knows, and required ones are there.
 */
export function checkTemplate(
  type: NotificationType,
  channel: TemplateChannel,
  edit: TemplateEdit,
): { subject: string | null; bodyText: string; bodyHtml: string | null } {
  const fields: Array<[string, string | null | undefined]> =
    channel === 'email' ? [['subject', edit.subject], ['bodyText', edit.bodyText], ['bodyHtml', edit.bodyHtml]] : [['bodyText', edit.bodyText]];
  const problems: FieldProblem[] = fields.filter(([, value]) => !value?.trim()).map(([field]) => ({ path: `body.${field}`, message: 'is required' }));
  if (channel === 'messenger') {
    for (const field of ['subject', 'bodyHtml'] as const) {
      if (edit[field]) problems.push({ path: `body.${field}`, message: 'a messenger template has only a text' });
    }
  }
  if (problems.length > 0) throw CommonErrors.validation(problems);

  const allowed = PLACEHOLDERS[type];
  for (const [field, value] of fields) {
    const { names, malformed } = placeholdersIn(value as string);
    if (malformed.length > 0) throw NotificationErrors.malformedPlaceholders(field, malformed);
    const unknown = names.filter((name) => !allowed.includes(name));
    if (unknown.length > 0) throw NotificationErrors.unknownPlaceholders(field, unknown, allowed);
  }
  // A required placeholder must reach the reader in every part they might read.
  for (const [field, value] of fields.filter(([field]) => field !== 'subject')) {
    const used = placeholdersIn(value as string).names;
    const missing = (REQUIRED_PLACEHOLDERS[type] ?? []).filter((name) => !used.includes(name));
    if (missing.length > 0) throw NotificationErrors.missingPlaceholders(field, missing);
  }
  return {
    subject: channel === 'email' ? (edit.subject as string) : null,
    bodyText: edit.bodyText,
    bodyHtml: channel === 'email' ? (edit.bodyHtml as string) : null,
  };
}

function toTemplate(row: TemplateRow): NotificationTemplate {
  return {
    type: row.type,
    locale: row.locale,
    channel: row.channel,
    subject: row.subject,
    bodyText: row.body_text,
    bodyHtml: row.body_html,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}
