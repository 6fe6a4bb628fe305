import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { useUrlFilters } from '../lib/filters';
import { useUserList } from '../users/hooks';
import { ListFoot } from '../ui/ListFoot';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { AUDIT_FILTERS, useAuditList, type AuditFilters } from './hooks';
import { AuditTable } from './AuditTable';

/** Actions offered in the filter; `order.` (ending in a dot) selects all of an entity's. */
const ACTION_CHOICES = [
  'order.', 'order.refund', 'order.cancel', 'order.status_change', 'order.resend', 'order.documents_regenerate', 'order.create',
  'catalog.', 'catalog.price_change', 'catalog.layout_change',
  'staff.', 'staff.login', 'staff.login_failed', 'staff.permissions_change', 'staff.user_create', 'staff.password_reset',
  'personal_data.export', 'settings.',
] as const;

const ENTITY_TYPES = ['order', 'staff_user', 'event', 'vessel', 'berth', 'route', 'ticket_type', 'price', 'promo_code', 'settings'] as const;

/** `/admin/audit`: who did what, when, from where — filtered on the server, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [filters, setFilters] = useUrlFilters(AUDIT_FILTERS);
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const [applied, setApplied] = useState(filters);
  if (applied !== filters) {
    // Back/forward changed the URL: the form follows.
    setApplied(filters);
    setDraft(filters);
  }
  const users = useUserList(auth.can('users:read'));
  const list = useAuditList(filters);
  const records = list.data?.pages.flatMap((page) => page.items) ?? [];

  const field = (key: keyof AuditFilters) => ({
    name: key,
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFilters(draft);
  }

  return (
    <section className="page" aria-labelledby="audit-title">
      <div className="page__head">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <p className="muted">{t('common.moscowTime')}</p>
      </div>
      <form className="filters card" onSubmit={submit} aria-label={t('common.filters')}>
        <label className="field">
          <span className="field__label">{t('audit.filters.actor')}</span>
          {users.data ? (
            <select {...field('actorId')}>
              <option value="">{t('common.any')}</option>
              {users.data.items.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} ({user.email})
                </option>
              ))}
            </select>
          ) : (
            <input {...field('actorId')} placeholder={t('audit.filters.actorIdPlaceholder')} />
          )}
        </label>
        <label className="field">
          <span className="field__label">{t('audit.filters.action')}</span>
          <input {...field('action')} list="audit-actions" placeholder="order.refund" />
          <datalist id="audit-actions">
            {ACTION_CHOICES.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span className="field__label">{t('audit.filters.entityType')}</span>
          <select {...field('entityType')}>
            <option value="">{t('common.any')}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('audit.filters.entityId')}</span>
          <input {...field('entityId')} />
        </label>
        <label className="field">
          <span className="field__label">{t('common.dateFrom')}</span>
          <input type="date" {...field('dateFrom')} />
        </label>
        <label className="field">
          <span className="field__label">{t('common.dateTo')}</span>
          <input type="date" {...field('dateTo')} />
        </label>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('common.apply')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setFilters(Object.fromEntries(AUDIT_FILTERS.map((k) => [k, ''])))}
          >
            {t('common.reset')}
          </button>
        </div>
      </form>

      {list.isPending && <Loading>{t('audit.loading')}</Loading>}
      {list.isError && !list.isFetchNextPageError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && records.length === 0 && <Empty>{t('audit.empty')}</Empty>}
      {records.length > 0 && <AuditTable records={records} busy={list.isPlaceholderData} />}
      <ListFoot list={list} shown={records.length} />
    </section>
  );
}
