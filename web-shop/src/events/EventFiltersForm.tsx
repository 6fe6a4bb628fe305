import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '../i18n/format';
import { useLang } from '../i18n';
import { hasFilters, NO_FILTERS, type EventKind, type EventListFilters } from './filters';
import { useEventFilterOptions } from './hooks';

/**
 * Date, route, berth, kind and price filters of the sailing list. Each change applies at
 * once (the list keeps the previous results while the new ones load).
 */
export function EventFiltersForm({ filters, onChange }: { filters: EventListFilters; onChange: (next: EventListFilters) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const options = useEventFilterOptions();
  const id = useId();
  const set = <K extends keyof EventListFilters>(key: K, value: EventListFilters[K]) => onChange({ ...filters, [key]: value });
  const price = options.data?.price;

  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t('filters.legend')}</legend>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('filters.date')}</label>
        <input id={`${id}-date`} type="date" value={filters.date} onChange={(e) => set('date', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-route`}>{t('filters.route')}</label>
        <select id={`${id}-route`} value={filters.routeId} onChange={(e) => set('routeId', e.target.value)}>
          <option value="">{t('filters.anyRoute')}</option>
          {options.data?.routes.map((route) => (
            <option key={route.id} value={route.id}>
              {route.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-berth`}>{t('filters.berth')}</label>
        <select id={`${id}-berth`} value={filters.berthId} onChange={(e) => set('berthId', e.target.value)}>
          <option value="">{t('filters.anyBerth')}</option>
          {options.data?.berths.map((berth) => (
            <option key={berth.id} value={berth.id}>
              {berth.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('filters.kind')}</label>
        <select id={`${id}-kind`} value={filters.kind} onChange={(e) => set('kind', e.target.value as EventKind | '')}>
          <option value="">{t('filters.anyKind')}</option>
          <option value="excursion">{t('filters.kinds.excursion')}</option>
          <option value="event">{t('filters.kinds.event')}</option>
        </select>
      </div>
      <div className="field field--price">
        <span id={`${id}-price`}>{t('filters.price')}</span>
        <div className="field__pair">
          <input
            aria-labelledby={`${id}-price ${id}-min`}
            type="number"
            inputMode="numeric"
            min={0}
            step={100}
            value={filters.priceMin}
            placeholder={price ? String(Math.floor(price.min / 100)) : ''}
            onChange={(e) => set('priceMin', e.target.value.replace(/\D/g, ''))}
          />
          <span id={`${id}-min`} className="visually-hidden">
            {t('filters.priceMin')}
          </span>
          <span aria-hidden="true">–</span>
          <input
            aria-labelledby={`${id}-price ${id}-max`}
            type="number"
            inputMode="numeric"
            min={0}
            step={100}
            value={filters.priceMax}
            placeholder={price ? String(Math.ceil(price.max / 100)) : ''}
            onChange={(e) => set('priceMax', e.target.value.replace(/\D/g, ''))}
          />
          <span id={`${id}-max`} className="visually-hidden">
            {t('filters.priceMax')}
          </span>
        </div>
        {price && (
          <small className="field__hint">{t('filters.priceRange', { min: formatPrice(price.min, lang), max: formatPrice(price.max, lang) })}</small>
        )}
      </div>
      {hasFilters({ ...filters, q: '' }) && (
        <button type="button" className="button button--link" onClick={() => onChange({ ...NO_FILTERS, q: filters.q })}>
          {t('filters.reset')}
        </button>
      )}
    </fieldset>
  );
}
