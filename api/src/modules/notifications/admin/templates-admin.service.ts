import type { DataSource } from 'typeorm';
import type { Lang } from '../../../platform/http/locale';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import { changedFields } from '../../audit/audit-diff';
import type { NotificationTemplate, NotificationTemplates, TemplateEdit } from '../notification-templates.service';
import { PLACEHOLDERS, REQUIRED_PLACEHOLDERS, type NotificationType, type TemplateChannel } from '../notification-types';

export type TemplateKey = { type: NotificationType; locale: Lang; channel: TemplateChannel };
export type TemplateView = NotificationTemplate & { placeholders: string[]; requiredPlaceholders: string[] };

const withPlaceholders = (template: NotificationTemplate): TemplateView => ({
  ...template,
  placeholders: [...PLACEHOLDERS[template.type]],
  requiredPlaceholders: [...(REQUIRED_PLACEHOLDERS[template.type] ?? [])],
});

/**
 * The message templates as the CRM edits them: shown with the placeholders their type may use;
 * the templates service checks an edit, and it commits with its audit row (texts before and after).
 */
export class TemplatesAdmin {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly templates: NotificationTemplates,
  ) {}

  async list(filter: Partial<TemplateKey>): Promise<TemplateView[]> {
    const defined = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as Partial<TemplateKey>;
    return (await this.templates.list(defined)).map(withPlaceholders);
  }

  async get(type: NotificationType, locale: Lang, channel: TemplateChannel): Promise<TemplateView> {
    return withPlaceholders(await this.templates.get(type, locale, channel));
  }

  /** The next message of this type, language and channel is rendered with the new texts. */
  async update(ctx: AuditContext, key: TemplateKey, edit: TemplateEdit): Promise<TemplateView> {
    const saved = await this.db.transaction(async (tx) => {
      const before = await this.templates.get(key.type, key.locale, key.channel, tx, true);
      const after = await this.templates.update(key.type, key.locale, key.channel, edit, ctx.actor.label, tx);
      const texts = (t: NotificationTemplate) => ({ subject: t.subject, bodyText: t.bodyText, bodyHtml: t.bodyHtml });
      await this.audit.record(tx, ctx, {
        action: 'settings.template_change', entityType: 'notification_template', entityId: `${key.type}/${key.locale}/${key.channel}`,
        ...changedFields(texts(before), texts(after)),
      });
      return after;
    });
    return withPlaceholders(saved);
  }
}
