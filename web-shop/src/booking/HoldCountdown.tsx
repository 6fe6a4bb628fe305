import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from '../i18n/format';

/**
 * "Held for 14:05": counts down to `expiresAt` once a second; at zero calls `onExpired` once.
 * The visible clock is not a live region (a screen reader would read it every second); the
 * last minute is announced once.
 */
export function HoldCountdown({ expiresAt, label, onExpired }: { expiresAt: string; label?: string; onExpired?: () => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const left = Date.parse(expiresAt) - now;
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const expired = left <= 0;
  useEffect(() => {
    if (expired) onExpired?.();
  }, [expired, onExpired]);

  return (
    <p className={left < 60_000 ? 'countdown countdown--urgent' : 'countdown'}>
      {expired ? t('hold.expired') : (label ?? t('hold.heldFor'))}{' '}
      {!expired && <time dateTime={`PT${Math.max(0, Math.ceil(left / 1000))}S`}>{formatCountdown(left)}</time>}
      <span className="visually-hidden" aria-live="polite">
        {left < 60_000 && !expired ? t('hold.lastMinute') : ''}
      </span>
    </p>
  );
}
