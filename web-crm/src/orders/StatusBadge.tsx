import { useTranslation } from 'react-i18next';
import { statusTone, type OrderStatus } from './types';

export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${statusTone(status)} badge--status`}>{t(`orders.status.${status}`)}</span>;
}
