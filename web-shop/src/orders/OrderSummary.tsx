import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { formatPercent, formatPrice } from '../i18n/format';
import type { OrderView } from './hooks';

/** The order's lines, discount, VAT and total exactly as the API computed them. */
export function OrderSummary({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const money = (kopecks: number) => formatPrice(kopecks, lang);
  const vatMode = order.lines[0]?.vatMode ?? 'none';
  const vatPercent = order.lines[0]?.vatPercent ?? 0;

  return (
    <table className="summary">
      <caption className="visually-hidden">{t('summary.caption', { number: order.number })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.item')}</th>
          <th scope="col" className="num">
            {t('summary.price')}
          </th>
          <th scope="col" className="num">
            {t('summary.discount')}
          </th>
          <th scope="col" className="num">
            {t('summary.lineTotal')}
          </th>
        </tr>
      </thead>
      <tbody>
        {order.lines.map((line) => (
          <tr key={line.id}>
            <th scope="row">{line.description}</th>
            <td className="num">{money(line.unitPriceKopecks)}</td>
            <td className="num">{line.discountKopecks > 0 ? `−${money(line.discountKopecks)}` : '—'}</td>
            <td className="num">{money(line.totalKopecks)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {t('summary.subtotal')}
          </th>
          <td className="num">{money(order.subtotalKopecks)}</td>
        </tr>
        {order.discountKopecks > 0 && (
          <tr>
            <th scope="row" colSpan={3}>
              {order.promoCode ? t('summary.discountWithCode', { code: order.promoCode }) : t('summary.discount')}
            </th>
            <td className="num">−{money(order.discountKopecks)}</td>
          </tr>
        )}
        <tr>
          <th scope="row" colSpan={3}>
            {vatMode === 'none' ? t('summary.noVat') : t(vatMode === 'excluded' ? 'summary.vatAdded' : 'summary.vatIncluded', { rate: formatPercent(vatPercent, lang) })}
          </th>
          <td className="num">{vatMode === 'none' ? '—' : money(order.vatKopecks)}</td>
        </tr>
        <tr className="summary__total">
          <th scope="row" colSpan={3}>
            {t('summary.total')}
          </th>
          <td className="num" data-testid="order-total">
            {money(order.totalKopecks)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
