import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translate } from '../i18n';
import { ApiError } from '@prichal/sdk';
import { errorFields, errorKey, errorParams } from '../i18n/errors';
import { isTransientError } from '../lib/apiErrors';

/** A polite live region for "loading…" messages. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="status status--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status status--empty">{children}</p>;
}

/** The translated message of a failed request: its problem code with the problem's params. */
export function useErrorText(): (error: unknown) => string {
  useTranslation(); // re-render on a language change
  return (error) => translate(errorKey(error), errorParams(error));
}

/**
 * A failed request, translated by its problem code; offers a retry when one may help. With
 * `fields` (request field → its label on the form), a 400 also names the fields to fix.
 */
export function ErrorMessage({
  error,
  onRetry,
  fields,
}: {
  error: unknown;
  onRetry?: () => void;
  fields?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const text = useErrorText();
  const named = errorFields(error).map((field) => fields?.[field] ?? field);
  return (
    <div className="status status--error" role="alert">
      <p>
        {text(error)}
        {named.length > 0 && fields && <> {t('errors.fields', { fields: named.join(', ') })}</>}
      </p>
      {onRetry && isTransientError(error) && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * A form's failed save whose fields carry their own messages: a rejected input (400) lists
 * the fields to fix by their labels; any other problem (a business rule, a lost connection)
 * is said as ErrorMessage says it.
 */
export function FormError({ error, labels }: { error: unknown; labels: Record<string, string> }) {
  const { t } = useTranslation();
  const named = errorFields(error).map((field) => labels[field] ?? field);
  if (!(error instanceof ApiError) || error.problem.code !== 'validation_failed' || named.length === 0) return <ErrorMessage error={error} />;
  return (
    <p className="status status--error" role="alert">
      {t('errors.fixFields', { fields: [...new Set(named)].join(', ') })}
    </p>
  );
}
