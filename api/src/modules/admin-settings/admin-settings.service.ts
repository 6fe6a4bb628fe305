import type { DataSource } from 'typeorm';
import type { Lang } from '../../platform/http/locale';
import { listDeadJobs, reviveDeadJob } from '../../platform/jobs/outbox-relay';
import type { AuditService } from '../audit/audit.service';
import type { AuditContext } from '../audit/audit-context';
import { changedFields } from '../audit/audit-diff';
import type { Requisites } from '../documents/requisites.schemas';
import type { RequisitesService } from '../documents/requisites.service';
import type { NotificationTemplate, NotificationTemplates, TemplateEdit } from '../notifications/notification-templates.service';
import { PLACEHOLDERS, REQUIRED_PLACEHOLDERS, type NotificationType, type TemplateChannel } from '../notifications/notification-types';
import { AdminSettingsErrors } from './admin-settings.errors';

export type TemplateKey = { type: NotificationType; locale: Lang; channel: TemplateChannel };
export type TemplateView = NotificationTemplate & { placeholders: string[]; requiredPlaceholders: string[] };

const withPlaceholders = (template: NotificationTemplate): TemplateView => ({
  ...template,
  placeholders: [...PLACEHOLDERS[template.type]],
  requiredPlaceholders: [...(REQUIRED_PLACEHOLDERS[template.type] ?? [])],
});

/**
 * The CRM's settings that belong to other modules: the company requisites (documents), the
 * message templates (notifications) and the jobs that failed for good (the job platform). Each
 * owner validates its own data; this adds the staff side — every change and its audit row, with
 * the changed fields before and after, commit in one transaction.
 */
export class AdminSettingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly requisitesService: RequisitesService,
    private readonly templatesService: NotificationTemplates,
  ) {}

  requisites(): Promise<Requisites> {
    return this.requisitesService.get();
  }

  /** Documents issued (or regenerated) from now on print the new requisites; stored PDFs stay as issued. */
  async updateRequisites(ctx: AuditContext, input: Requisites): Promise<Requisites> {
    return this.db.transaction(async (tx) => {
      const before = await this.requisitesService.get(tx, true);
      const after = await this.requisitesService.update(input, tx);
      await this.audit.record(tx, ctx, { action: 'settings.requisites_change', entityType: 'settings', entityId: 'requisites', ...changedFields(before, after) });
      return after;
    });
  }

  async templates(filter: Partial<TemplateKey>): Promise<TemplateView[]> {
    const defined = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as Partial<TemplateKey>;
    return (await this.templatesService.list(defined)).map(withPlaceholders);
  }

  async template(type: NotificationType, locale: Lang, channel: TemplateChannel): Promise<TemplateView> {
    return withPlaceholders(await this.templatesService.get(type, locale, channel));
  }

  /** The next message of this type, language and channel is rendered with the new texts. */
  async updateTemplate(ctx: AuditContext, key: TemplateKey, edit: TemplateEdit): Promise<TemplateView> {
    const saved = await this.db.transaction(async (tx) => {
      const before = await this.templatesService.get(key.type, key.locale, key.channel, tx, true);
      const after = await this.templatesService.update(key.type, key.locale, key.channel, edit, ctx.actor.label, tx);
      const texts = (t: NotificationTemplate) => ({ subject: t.subject, bodyText: t.bodyText, bodyHtml: t.bodyHtml });
      await this.audit.record(tx, ctx, {
        action: 'settings.template_change', entityType: 'notification_template', entityId: `${key.type}/${key.locale}/${key.channel}`,
        ...changedFields(texts(before), texts(after)),
      });
      return after;
    });
    return withPlaceholders(saved);
  }

  deadJobs() {
    return listDeadJobs(this.db).then((jobs) => jobs.map((j) => ({ ...j, createdAt: j.createdAt.toISOString(), deadAt: j.deadAt.toISOString() })));
  }

  /** Runs a dead job again from its first attempt; consumers are idempotent, so nothing already done is done twice. */
  async replay(ctx: AuditContext, jobId: string): Promise<{ id: string; topic: string; replayed: true }> {
    return this.db.transaction(async (tx) => {
      const job = await reviveDeadJob(tx, jobId);
      if (!job) throw AdminSettingsErrors.deadJobNotFound(jobId);
      await this.audit.record(tx, ctx, {
        action: 'job.replay', entityType: 'job', entityId: jobId,
        before: { topic: job.topic, deadAt: job.deadAt.toISOString(), lastError: job.lastError }, after: { topic: job.topic, deadAt: null },
      });
      return { id: job.id, topic: job.topic, replayed: true as const };
    });
  }
}
