import type { Schemas } from '@prichal/sdk';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { translateOr, useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';

export type AuditRecord = Schemas['AuditRecord'];

/** A value from before/after, compact: strings as they are, everything else as JSON. */
function show(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The fields an action changed, `field: before → after`. */
export function AuditChanges({ record }: { record: Pick<AuditRecord, 'before' | 'after'> }) {
  const fields = [...new Set([...Object.keys(record.before ?? {}), ...Object.keys(record.after ?? {})])];
  if (fields.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="changes">
      {fields.map((field) => (
        <li key={field}>
          <code>{field}</code>: <span className="changes__before">{show(record.before?.[field])}</span> →{' '}
          <span className="changes__after">{show(record.after?.[field])}</span>
        </li>
      ))}
    </ul>
  );
}

/** The action's name in the user's language when known (`order.refund`), else as stored. */
export function useActionLabel(): (action: string) => string {
  useTranslation(); // re-render on a language change
  return (action) => translateOr(`audit.actions.${action}`, action);
}

/** Links the entity when the CRM has a page for it and the user may open it. */
function EntityCell({ record }: { record: AuditRecord }) {
  const auth = useAuth();
  const id = record.entityId;
  if (id && record.entityType === 'order' && auth.can('orders:read')) return <Link to={`/orders/${id}`}>{id}</Link>;
  if (id && record.entityType === 'staff_user' && auth.can('users:read')) return <Link to={`/users/${id}`}>{id}</Link>;
  return <>{id ?? '—'}</>;
}

/** Audit rows; `compact` leaves out the entity columns (on an entity's own page). */
export function AuditTable({ records, busy, compact = false }: { records: AuditRecord[]; busy?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const actionLabel = useActionLabel();

  return (
    <div className="table-wrap" role="region" aria-label={t('audit.title')} tabIndex={0}>
      <table className="table table--compact" aria-busy={busy ?? false}>
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.at')}</th>
            <th scope="col">{t('audit.columns.actor')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            {!compact && <th scope="col">{t('audit.columns.entity')}</th>}
            <th scope="col">{t('audit.columns.changes')}</th>
            {!compact && <th scope="col">{t('audit.columns.ip')}</th>}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.id}>
              <td className="nowrap">
                <time dateTime={record.at}>{formatDateTime(record.at, lang)}</time>
              </td>
              <td>{record.actor.label}</td>
              <td>
                {actionLabel(record.action)}
                <div className="muted">
                  <code>{record.action}</code>
                </div>
              </td>
              {!compact && (
                <td>
                  <span className="muted">{record.entityType}</span> <EntityCell record={record} />
                </td>
              )}
              <td>
                <AuditChanges record={record} />
              </td>
              {!compact && <td className="nowrap">{record.ip ?? '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
