import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { translateOr, useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { useErrorText } from '../ui/Status';
import { useDownloadDocument } from './hooks';
import type { AdminOrder } from './types';

/**
 * The invoice, act and refund acts issued for the order. Each PDF downloads with the staff
 * session (documents:read); without that permission the list still says what was issued.
 */
export function OrderDocuments({ order }: { order: AdminOrder }) {
  const { t } = useTranslation();
  const lang = useLang();
  const auth = useAuth();
  const errorText = useErrorText();
  const download = useDownloadDocument(order.id);
  const canDownload = auth.can('documents:read');

  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('orders.documents.title')}</h2>
      {order.documents.length === 0 ? (
        <p className="muted">{t('orders.documents.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact" aria-labelledby="documents-title">
            <thead>
              <tr>
                <th scope="col">{t('orders.documents.document')}</th>
                <th scope="col">{t('orders.documents.issuedAt')}</th>
                <th scope="col">{t('orders.documents.status')}</th>
                {canDownload && <th scope="col">{t('orders.documents.file')}</th>}
              </tr>
            </thead>
            <tbody>
              {order.documents.map((doc) => {
                const name = t('orders.documents.name', { kind: translateOr(`orders.documents.kinds.${doc.kind}`, doc.kind), number: doc.number });
                const busy = download.isPending && download.variables.id === doc.id;
                return (
                  <tr key={doc.id}>
                    <td>{name}</td>
                    <td className="nowrap">
                      <time dateTime={doc.issuedAt}>{formatDateTime(doc.issuedAt, lang)}</time>
                    </td>
                    <td>{translateOr(`orders.documents.statuses.${doc.status}`, doc.status)}</td>
                    {canDownload && (
                      <td>
                        <button
                          type="button"
                          className="button button--link"
                          disabled={busy}
                          aria-label={t('orders.documents.downloadOne', { name })}
                          onClick={() => download.mutate(doc)}
                        >
                          {busy ? t('orders.documents.downloading') : t('orders.documents.download')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {!canDownload && order.documents.length > 0 && <p className="muted">{t('orders.documents.noAccess')}</p>}
      {download.isError && (
        <p className="field__error" role="alert">
          {errorText(download.error)}
        </p>
      )}
    </section>
  );
}
