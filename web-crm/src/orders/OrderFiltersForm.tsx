import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SailingPicker } from '../events/SailingPicker';
import { Field } from '../ui/Field';
import { ORDER_FILTERS, ORDER_STATUSES, type OrderFilters } from './types';

const EMPTY = Object.fromEntries(ORDER_FILTERS.map((key) => [key, ''])) as OrderFilters;

/**
 * The orders table's filters. Text fields apply on "Find" (or Enter); statuses and the sailing
 * apply at once. The sort is kept; "Reset" clears the rest.
 */
export function OrderFiltersForm({ value, onApply }: { value: OrderFilters; onApply: (filters: OrderFilters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [applied, setApplied] = useState(value);
  if (applied !== value) {
    setApplied(value);
    setDraft(value);
  }
  const statuses = new Set(draft.status.split(',').filter(Boolean));

  const text = (key: 'q' | 'email' | 'phone' | 'dateFrom' | 'dateTo') => ({
    name: key,
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });

  function toggleStatus(status: string) {
    const next = new Set(statuses);
    if (next.has(status)) next.delete(status);
    else next.add(status);
    const changed = { ...draft, status: ORDER_STATUSES.filter((s) => next.has(s)).join(',') };
    setDraft(changed);
    onApply(changed);
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onApply({ ...draft, q: draft.q.trim(), email: draft.email.trim(), phone: draft.phone.trim() });
  }

  return (
    <form className="card form" onSubmit={submit} aria-label={t('common.filters')} role="search">
      <div className="search__row">
        <Field label={t('orders.filters.q')} className="grow">
          <input type="search" {...text('q')} placeholder={t('orders.filters.qPlaceholder')} maxLength={100} autoComplete="off" />
        </Field>
      </div>
      <fieldset className="chips">
        <legend className="field__label">{t('orders.filters.status')}</legend>
        {ORDER_STATUSES.map((status) => (
          <label key={status} className="chip">
            <input type="checkbox" checked={statuses.has(status)} onChange={() => toggleStatus(status)} />
            {t(`orders.status.${status}`)}
          </label>
        ))}
      </fieldset>
      <div className="filters">
        <SailingPicker
          label={t('orders.filters.sailing')}
          value={draft.eventId}
          onChange={(eventId) => {
            const changed = { ...draft, eventId };
            setDraft(changed);
            onApply(changed);
          }}
        />
        <Field label={t('orders.filters.email')}>
          <input type="email" {...text('email')} autoComplete="off" />
        </Field>
        <Field label={t('orders.filters.phone')}>
          <input type="tel" {...text('phone')} autoComplete="off" />
        </Field>
        <Field label={t('orders.filters.dateFrom')}>
          <input type="date" {...text('dateFrom')} />
        </Field>
        <Field label={t('orders.filters.dateTo')}>
          <input type="date" {...text('dateTo')} />
        </Field>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('orders.filters.find')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onApply({ ...EMPTY, sort: draft.sort })}>
            {t('common.reset')}
          </button>
        </div>
      </div>
    </form>
  );
}
