import type { DataSource } from 'typeorm';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import { localize } from '../../../platform/http/locale';
import { toMoscowIso } from '../../../platform/time';
import { searchOrders, type OrderSearch, type OrderSearchRow } from './order-search';

const COLUMNS = ['Номер', 'Статус', 'Создан', 'Рейс', 'Отправление', 'ФИО', 'E-mail', 'Телефон', 'Сумма, ₽'];

/**
 * Orders with their customers' contacts as CSV (UTF-8 with a BOM, so Excel reads Cyrillic).
 * Personal data leaving the system: the export and its audit row — who, which filters, how
 * many rows — are one transaction, so there is no export without its record.
 */
export async function exportOrdersCsv(db: DataSource, audit: AuditService, ctx: AuditContext, search: Omit<OrderSearch, 'cursor'>): Promise<string> {
  const rows = await db.transaction(async (tx) => {
    const found = (await searchOrders(tx, { ...search, cursor: undefined })) as OrderSearchRow[];
    await audit.record(tx, ctx, {
      action: 'personal_data.export', entityType: 'order', entityId: null,
      after: { filters: describe(search), rows: found.length },
    });
    return found;
  });
  const lines = rows.map((r) => [
    r.number, r.status, toMoscowIso(r.created_at), localize(r.title, 'ru'), toMoscowIso(r.starts_at),
    r.customer_full_name, r.customer_email, r.customer_phone, (r.total_kopecks / 100).toFixed(2),
  ]);
  return `\uFEFF${[COLUMNS, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A CSV cell, quoted; text a spreadsheet would run as a formula is defused with a leading quote. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

function describe(search: Omit<OrderSearch, 'cursor'>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({ ...search, from: search.from?.toISOString(), to: search.to?.toISOString() }).filter(([, value]) => value !== undefined),
  );
}
