import type { OrderDocument } from '@prichal/sdk';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { accountKeys } from '../account/keys';
import { accountOrders } from '../account/session';
import { useLang } from '../i18n';
import { errorText } from '../i18n/errors';
import { formatDeadline } from '../i18n/format';
import type { OrderView } from './hooks';
import { orderFileUrl, saveFile } from './fileUrls';

type Ticket = OrderView['tickets'][number];

/** A ticket's QR code; with a token its URL, otherwise fetched with the customer's login. */
export function TicketQr({ orderId, ticket, token }: { orderId: string; ticket: Ticket; token: string | null }) {
  const { t } = useTranslation();
  const fetched = useQuery({
    queryKey: accountKeys.qr(orderId, ticket.id),
    enabled: token === null,
    queryFn: async ({ signal }) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await accountOrders.ticketQrSvg(orderId, ticket.id, null, signal))}`,
    staleTime: Infinity,
  });
  const src = token ? orderFileUrl(orderId, { ticketQr: ticket.id }, token) : fetched.data;
  if (!src) return <span className="ticket__qr ticket__qr--loading" role="img" aria-label={t('order.qrLoading')} />;
  return <img className="ticket__qr" src={src} alt={t('order.qrAlt', { code: ticket.code })} width={160} height={160} />;
}

/**
 * A PDF of the order: a link when the buyer has the order's token, a button that fetches it
 * with the customer's login otherwise.
 */
export function PdfDownload({
  orderId,
  file,
  filename,
  token,
  label,
  testId,
}: {
  orderId: string;
  file: { ticketPdf: string } | { document: string };
  filename: string;
  token: string | null;
  label: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: async () => {
      const blob = 'ticketPdf' in file ? await accountOrders.ticketPdf(orderId, file.ticketPdf) : await accountOrders.documentPdf(orderId, file.document);
      saveFile(blob, filename);
    },
  });
  if (token) {
    return (
      <a className="file" href={orderFileUrl(orderId, file, token)} download={filename} data-testid={testId}>
        {label}
      </a>
    );
  }
  return (
    <span className="file">
      <button type="button" className="button--link" onClick={() => download.mutate()} disabled={download.isPending} data-testid={testId}>
        {label}
      </button>
      {download.isError && (
        <span role="alert" className="field__error">
          {' '}
          {errorText(t, download.error)}
        </span>
      )}
    </span>
  );
}

/** Orders that were paid: they have tickets and documents. */
export function isPaid(order: OrderView): boolean {
  return order.status === 'PAID' || order.status === 'PARTIALLY_REFUNDED' || order.status === 'REFUNDED';
}

/** Paid orders get an invoice and an act; the list is asked again until both are there. */
export const awaitingPaidDocuments = (order: OrderView) => (items: Array<{ kind: string }>) =>
  isPaid(order) && !(items.some((doc) => doc.kind === 'invoice') && items.some((doc) => doc.kind === 'act'));

const POLL_MS = 1_000;
/** Documents are issued by a background job within seconds; stop asking after about a minute. */
const MAX_POLLS = 60;

export const documentsKey = (orderId: string, token: string | null, round: number) =>
  [...accountKeys.documents(orderId), token ? 'token' : 'customer', round] as const;

/**
 * The invoice, act and refund acts. They are issued by a job shortly after payment and after
 * each refund, so the list is asked again while `waitFor` says one is still due; a new `round`
 * (after a refund) asks again for another minute.
 */
export function OrderDocuments({
  order,
  token,
  waitFor,
  round = 0,
}: {
  order: OrderView;
  token: string | null;
  waitFor: (items: OrderDocument[]) => boolean;
  round?: number;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const documents = useQuery({
    queryKey: documentsKey(order.id, token, round),
    queryFn: ({ signal }) => accountOrders.listDocuments(order.id, token, signal),
    refetchInterval: (query) => (query.state.data && waitFor(query.state.data) && query.state.dataUpdateCount < MAX_POLLS ? POLL_MS : false),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const items = documents.data ?? [];

  return (
    <section aria-labelledby="documents-title" className="panel">
      <h2 id="documents-title">{t('documents.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{documents.isError ? errorText(t, documents.error) : t('documents.pending')}</p>
      ) : (
        <ul className="files">
          {items.map((doc) => (
            <li key={doc.id}>
              <PdfDownload
                orderId={order.id}
                file={{ document: doc.id }}
                filename={doc.filename}
                token={token}
                label={t(`documents.kind.${doc.kind}`, { number: doc.number })}
                testId={`document-${doc.kind}`}
              />{' '}
              <span className="muted">{formatDeadline(doc.issuedAt, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
