import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

export interface CategoryLegendItem {
  id: string;
  name: string;
  color: string;
  priceText: string;
}

/** What the seat colours and markers mean: statuses, categories with their prices, accessibility. */
export function SeatLegend({ categories }: { categories: CategoryLegendItem[] }) {
  const { t } = useTranslation();
  const swatch = (className: string, style?: CSSProperties) => (
    <svg viewBox="0 0 10 10" className="legend__swatch" aria-hidden="true">
      <g className={className}>
        <rect className="seat__box" x="0.8" y="0.8" width="8.4" height="8.4" rx="2" style={style} />
      </g>
    </svg>
  );
  return (
    <div className="legend">
      <h3 className="visually-hidden">{t('seatmap.legend')}</h3>
      <ul className="legend__list">
        {categories.map((category) => (
          <li key={category.id}>
            {swatch('seat seat--free', { fill: category.color })}
            {category.name} — {category.priceText}
          </li>
        ))}
        <li>
          {swatch('seat seat--selected')}
          {t('seatmap.status.selected')}
        </li>
        <li>
          {swatch('seat seat--reserved')}
          {t('seatmap.status.reserved')}
        </li>
        <li>
          {swatch('seat seat--sold')}
          {t('seatmap.status.sold')}
        </li>
        <li>
          {swatch('seat seat--unknown')}
          {t('seatmap.status.unknown')}
        </li>
      </ul>
      <ul className="legend__list">
        <li>
          <span className="legend__icon" aria-hidden="true">
            ♿
          </span>
          {t('seatmap.access.wheelchair')}
        </li>
        <li>
          <svg viewBox="0 0 10 10" className="legend__swatch" aria-hidden="true">
            <circle className="seat__companion" cx="5" cy="5" r="2.6" />
          </svg>
          {t('seatmap.access.companion')}
        </li>
        <li>
          <svg viewBox="0 0 10 10" className="legend__swatch" aria-hidden="true">
            <path className="seat__restricted" d="M1.5 8.5 l6 0 l-6 -6z" />
          </svg>
          {t('seatmap.access.restrictedView')}
        </li>
      </ul>
    </div>
  );
}
