import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../ui/usePageTitle';

/**
 * The public offer and the personal-data policy (152-FZ) the checkout links to: the terms a
 * buyer accepts, in short. The merchant's full legal text replaces these when it is supplied.
 */
export function LegalPage({ document }: { document: 'offer' | 'privacy' }) {
  const { t } = useTranslation();
  const title = document === 'offer' ? t('legal.offer.title') : t('legal.privacy.title');
  usePageTitle(title);
  const paragraphs =
    document === 'offer'
      ? [t('legal.offer.p1'), t('legal.offer.p2'), t('legal.offer.p3'), t('legal.offer.p4')]
      : [t('legal.privacy.p1'), t('legal.privacy.p2'), t('legal.privacy.p3'), t('legal.privacy.p4')];
  return (
    <article className="page page--narrow legal" aria-labelledby="legal-title">
      <h1 id="legal-title">{title}</h1>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p>
        <Link to="/events">{t('nav.events')}</Link>
      </p>
    </article>
  );
}

export function OfferPage() {
  return <LegalPage document="offer" />;
}

export function PrivacyPage() {
  return <LegalPage document="privacy" />;
}
