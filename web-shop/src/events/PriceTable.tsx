import type { Schemas } from '@prichal/sdk';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { formatPercent, formatPrice } from '../i18n/format';

type PriceList = Schemas['PriceList'];
type TicketType = Schemas['TicketType'];
type SeatCategory = Schemas['SeatCategory'];

/** Ticket types and what each costs per seat category, with the VAT in the price. */
export function PriceTable({ prices, ticketTypes, categories }: { prices: PriceList; ticketTypes: TicketType[]; categories: SeatCategory[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const categoryName = (id: string | null) => (id ? (categories.find((c) => c.id === id)?.name ?? '') : '');
  const vat = prices.vat;
  const vatNote = (vatKopecks: number) =>
    vat.mode === 'none' ? t('prices.noVat') : t('prices.vatIncluded', { rate: formatPercent(vat.ratePercent, lang), amount: formatPrice(vatKopecks, lang) });

  return (
    <table className="prices">
      <caption className="visually-hidden">{t('prices.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('prices.ticketType')}</th>
          <th scope="col">{t('prices.price')}</th>
        </tr>
      </thead>
      <tbody>
        {ticketTypes.map((type) => {
          const rows = prices.items.filter((p) => p.ticketTypeId === type.id);
          if (rows.length === 0) return null;
          return rows.map((price, index) => (
            <tr key={`${type.id}:${price.seatCategoryId ?? ''}`}>
              <th scope="row">
                {index === 0 ? type.name : <span className="visually-hidden">{type.name}</span>}
                {price.seatCategoryId && <span className="prices__category">{categoryName(price.seatCategoryId)}</span>}
                {index === 0 && type.description && <small className="prices__description">{type.description}</small>}
              </th>
              <td>
                <span className="prices__amount">{formatPrice(price.totalKopecks, lang)}</span>
                <small className="prices__vat">{vatNote(price.vatKopecks)}</small>
              </td>
            </tr>
          ));
        })}
      </tbody>
    </table>
  );
}
