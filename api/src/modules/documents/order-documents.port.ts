import type { OrderDocumentsPort } from '../orders/admin/order-ports';
import { enqueue } from '../../platform/outbox/enqueue';
import { REGENERATE_DOCUMENTS } from './documents.events';
import { documentListing, type DocumentsService } from './documents.service';

/**
 * The documents as the CRM's order page uses them: the list with links to the staff download
 * route, one PDF, and "regenerate" queued as an outbox row in the staff action's transaction
 * (with its audit row), which the documents job `documents.regenerate` carries out.
 *
 * @example
 * createAdminOrdersModule({ ..., documents: orderDocumentsPort(services.documents.service, 'https://prichal.example/api/v1') });
 */
export function orderDocumentsPort(documents: DocumentsService, apiBaseUrl: string): OrderDocumentsPort {
  return {
    async list(orderId) {
      return (await documents.list(orderId)).map((d) => ({ ...documentListing(d), url: `${apiBaseUrl}/admin/orders/${orderId}/documents/${d.id}` }));
    },
    async pdf(orderId, documentId) {
      const file = await documents.pdf(documentId, orderId);
      return { filename: file.filename, content: file.content };
    },
    async regenerate(tx, orderId) {
      await enqueue(tx, REGENERATE_DOCUMENTS, { orderId });
    },
  };
}
