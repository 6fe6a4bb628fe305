import { API_BASE_PATH } from '@prichal/sdk';

/**
 * Where an order's files are. A buyer holding the order's access token gets plain links
 * (`?token=`); a signed-in customer's token is in memory, not in a URL, so their files are
 * fetched with it and handed to the browser as a download.
 */
export function orderFileUrl(orderId: string, file: { ticketPdf: string } | { ticketQr: string } | { document: string }, token: string): string {
  const base = `${API_BASE_PATH}/orders/${orderId}`;
  const path = 'ticketPdf' in file ? `tickets/${file.ticketPdf}/pdf` : 'ticketQr' in file ? `tickets/${file.ticketQr}/qr.svg` : `documents/${file.document}`;
  return `${base}/${path}?token=${encodeURIComponent(token)}`;
}

/** Saves a fetched file under `filename`, as a link with `download` would. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is not needed once it has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
