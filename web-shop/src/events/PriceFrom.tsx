import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { formatPrice } from '../i18n/format';

/** "from 1 500 ₽" for the cheapest ticket (kopecks), or "price to be announced". */
export function PriceFrom({ kopecks, className }: { kopecks: number | null; className?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p className={className}>
      {kopecks === null ? t('events.priceUnknown') : t('events.priceFrom', { price: formatPrice(kopecks, lang) })}
    </p>
  );
}
