import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { parseRubles, rublesInput } from '../lib/money';
import { localized, type SeatCategory, type TicketType } from './types';

/** A sailing's price list being edited: amounts typed in roubles, keyed `ticketTypeId|categoryId`. */
export interface PriceDraft {
  ticketTypes: Array<{ ticketTypeId: string; quota: string }>;
  amounts: Record<string, string>;
}

const cell = (ticketTypeId: string, categoryId: string | null) => `${ticketTypeId}|${categoryId ?? ''}`;

export function priceDraftOf(list: {
  ticketTypes: Array<{ ticketTypeId: string; quota?: number | null }>;
  prices: Array<{ ticketTypeId: string; seatCategoryId?: string | null; amountKopecks: number }>;
}): PriceDraft {
  return {
    ticketTypes: list.ticketTypes.map((tt) => ({ ticketTypeId: tt.ticketTypeId, quota: tt.quota ? String(tt.quota) : '' })),
    amounts: Object.fromEntries(list.prices.map((p) => [cell(p.ticketTypeId, p.seatCategoryId ?? null), rublesInput(p.amountKopecks)])),
  };
}

/**
 * The API's price list from the draft: one price per ticket type and seat category (or one per
 * ticket type for general admission); empty cells are left out; null if an amount is not a sum.
 */
export function priceListOf(draft: PriceDraft, categoryIds: Array<string | null>) {
  const prices: Array<{ ticketTypeId: string; seatCategoryId: string | null; amountKopecks: number }> = [];
  for (const { ticketTypeId } of draft.ticketTypes) {
    for (const categoryId of categoryIds) {
      const text = draft.amounts[cell(ticketTypeId, categoryId)]?.trim() ?? '';
      if (text === '') continue;
      const amountKopecks = parseRubles(text);
      if (amountKopecks === null) return null;
      prices.push({ ticketTypeId, seatCategoryId: categoryId, amountKopecks });
    }
  }
  return {
    ticketTypes: draft.ticketTypes.map((tt) => ({ ticketTypeId: tt.ticketTypeId, quota: tt.quota ? Number(tt.quota) : null })),
    prices,
  };
}

/**
 * Which ticket types a sailing sells and at what price: a row per ticket type, a column per seat
 * category on the vessel (every seat must have a price), or one column for general admission
 * with an optional quota per type.
 */
export function PriceListEditor({
  value,
  onChange,
  ticketTypes,
  categories,
  general,
  disabled,
}: {
  value: PriceDraft;
  onChange: (draft: PriceDraft) => void;
  ticketTypes: TicketType[];
  categories: SeatCategory[];
  general: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const chosen = new Set(value.ticketTypes.map((tt) => tt.ticketTypeId));
  const columns: Array<{ id: string | null; name: string }> = general
    ? [{ id: null, name: t('catalog.prices.price') }]
    : categories.map((c) => ({ id: c.id, name: localized(c.name, lang) }));

  function toggle(id: string) {
    onChange({
      ...value,
      ticketTypes: chosen.has(id) ? value.ticketTypes.filter((tt) => tt.ticketTypeId !== id) : [...value.ticketTypes, { ticketTypeId: id, quota: '' }],
    });
  }

  return (
    <fieldset className="fieldset" disabled={disabled}>
      <legend>{t('catalog.prices.title')}</legend>
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('catalog.prices.ticketType')}</th>
              {columns.map((column) => (
                <th key={column.id ?? 'ga'} scope="col" className="num">
                  {column.name}, ₽
                </th>
              ))}
              {general && <th scope="col" className="num">{t('catalog.prices.quota')}</th>}
            </tr>
          </thead>
          <tbody>
            {ticketTypes.map((type) => {
              const name = localized(type.name, lang);
              const on = chosen.has(type.id);
              return (
                <tr key={type.id}>
                  <th scope="row">
                    <label className="field--inline">
                      <input type="checkbox" checked={on} onChange={() => toggle(type.id)} />
                      {name}
                    </label>
                  </th>
                  {columns.map((column) => {
                    const key = cell(type.id, column.id);
                    const text = value.amounts[key] ?? '';
                    return (
                      <td key={key} className="num">
                        <input
                          className="price-input"
                          inputMode="decimal"
                          disabled={!on}
                          aria-label={t('catalog.prices.cell', { type: name, category: column.name })}
                          aria-invalid={text !== '' && parseRubles(text) === null}
                          value={text}
                          onChange={(e) => onChange({ ...value, amounts: { ...value.amounts, [key]: e.target.value } })}
                        />
                      </td>
                    );
                  })}
                  {general && (
                    <td className="num">
                      <input
                        className="price-input"
                        type="number"
                        min={1}
                        disabled={!on}
                        aria-label={t('catalog.prices.quotaOf', { type: name })}
                        value={value.ticketTypes.find((tt) => tt.ticketTypeId === type.id)?.quota ?? ''}
                        onChange={(e) =>
                          onChange({ ...value, ticketTypes: value.ticketTypes.map((tt) => (tt.ticketTypeId === type.id ? { ...tt, quota: e.target.value } : tt)) })
                        }
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">{general ? t('catalog.prices.gaNote') : t('catalog.prices.seatNote')}</p>
    </fieldset>
  );
}
