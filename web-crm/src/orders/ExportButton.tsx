import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { setOnly } from '../lib/filters';
import { saveBlob } from '../lib/saveBlob';
import { useErrorText } from '../ui/Status';
import { unwrap } from '@prichal/sdk';
import type { OrderFilters } from './types';

/**
 * Downloads the filtered orders with contacts as CSV. It is an export of personal data: the
 * API audits it and needs customers:read, so the button is shown only with that.
 */
export function ExportButton({ filters }: { filters: OrderFilters }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const { sort, ...query } = setOnly(filters);
      const blob = unwrap(
        await api.GET('/admin/orders/export', {
          params: { query: { ...query, ...(sort === 'createdAt' || sort === '-total' || sort === 'total' ? { sort } : {}) } },
          parseAs: 'blob',
        }),
      );
      saveBlob(blob, `orders-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void download()}>
        {t('orders.export')}
      </button>
      {error !== null && (
        <span className="field__error" role="alert">
          {errorText(error)}
        </span>
      )}
    </>
  );
}
