import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCustomerSession } from '../account/session';
import { useLang } from '../i18n';
import { formatDeadline } from '../i18n/format';
import { useNow } from '../ui/useNow';
import type { OrderView } from './hooks';
import { refundEligibility } from './refunds';

/**
 * The refund rules and this order's exact deadline (Moscow time) on the confirmation page, and
 * where refunds are made: the customer account, which a guest opens with the order's email.
 */
export function RefundPolicy({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const account = useCustomerSession();
  const eligibility = refundEligibility(order, now);
  if (eligibility.kind === 'none' && eligibility.reason === 'not_paid') return null;
  const deadline = formatDeadline(order.refundPolicy.refundableUntil, lang);
  const email = encodeURIComponent(order.customer.email);
  const accountOrder = `/account/orders/${order.id}`;

  return (
    <section aria-labelledby="refund-policy-title" className="panel">
      <h2 id="refund-policy-title">{t('refund.title')}</h2>
      <p data-testid="refund-deadline">
        {eligibility.kind === 'closed' ? t('refund.closedOn', { deadline }) : t('refund.until', { deadline })} ({t('refund.moscowTime')})
      </p>
      <p className="muted">{t('refund.rules')}</p>
      {eligibility.kind === 'open' &&
        (account.status === 'signedIn' ? (
          <p>
            <Link to={accountOrder} data-testid="refund-in-account">
              {t('refund.inAccount')}
            </Link>
          </p>
        ) : (
          <p>
            {t('refund.guestStart', { email: order.customer.email })}{' '}
            <Link to={`/account/register?email=${email}`} data-testid="register-to-refund">
              {t('refund.guestRegister')}
            </Link>{' '}
            {t('refund.guestOr')}{' '}
            <Link to={`/account/login?email=${email}&next=${encodeURIComponent(accountOrder)}`}>{t('refund.guestLogin')}</Link>
            {t('refund.guestEnd')}
          </p>
        ))}
    </section>
  );
}
