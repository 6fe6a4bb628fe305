import type { DataSource } from 'typeorm';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import { changedFields } from '../../audit/audit-diff';
import type { Requisites } from '../requisites.schemas';
import type { RequisitesService } from '../requisites.service';

/**
 * The company requisites as the CRM edits them: the documents module checks them (ИНН, БИК and
 * account keys), and every change commits with its audit row, the changed fields before and after.
 */
export class RequisitesAdmin {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly requisites: RequisitesService,
  ) {}

  get(): Promise<Requisites> {
    return this.requisites.get();
  }

  /** Documents issued (or regenerated) from now on print the new requisites; stored PDFs stay as issued. */
  async update(ctx: AuditContext, input: Requisites): Promise<Requisites> {
    return this.db.transaction(async (tx) => {
      const before = await this.requisites.get(tx, true);
      const after = await this.requisites.update(input, tx);
      await this.audit.record(tx, ctx, { action: 'settings.requisites_change', entityType: 'settings', entityId: 'requisites', ...changedFields(before, after) });
      return after;
    });
  }
}
