/**
 * Hands a fetched file to the browser as a download named `filename`. Staff files (PDFs, CSV)
 * come from routes that need the Bearer token, which a plain link cannot carry, so the SPA
 * fetches them and saves the blob.
 *
 * @example
 * saveBlob(unwrap(await api.GET('/admin/orders/export', { parseAs: 'blob' })), 'orders.csv');
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after click() returns; free it once that has surely happened.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
