import type { Context } from 'hono';
import { createRouter } from '../../platform/http/router';
import type { AppEnv } from '../../platform/http/app-env';
import { authorizeOrderAccess } from '../orders/order-access';
import { documentListing, type PdfFile } from './documents.service';
import { getOrderDocumentRoute, getTicketPdfRoute, listOrderDocumentsRoute } from './documents.routes';

function pdfResponse(c: Context<AppEnv>, file: PdfFile) {
  c.header('Cache-Control', 'private, no-store');
  c.header('Content-Disposition', `inline; filename="${file.filename}"`);
  return c.body(new Uint8Array(file.content), 200, { 'Content-Type': file.contentType });
}

export const documentsRouter = createRouter()
  .openapi(listOrderDocumentsRoute, async (c) => {
    const { id } = c.req.valid('param');
    await authorizeOrderAccess(c, id, c.req.valid('query').token);
    const documents = await c.var.services.documents.service.list(id);
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        items: documents.map((d) => ({ ...documentListing(d), refundId: d.refundId, downloadUrl: d.downloadUrl })),
      },
      200,
    );
  })
  .openapi(getOrderDocumentRoute, async (c) => {
    const { id, documentId } = c.req.valid('param');
    await authorizeOrderAccess(c, id, c.req.valid('query').token);
    return pdfResponse(c, await c.var.services.documents.service.pdf(documentId, id));
  })
  .openapi(getTicketPdfRoute, async (c) => {
    const { id, ticketId } = c.req.valid('param');
    await authorizeOrderAccess(c, id, c.req.valid('query').token);
    return pdfResponse(c, await c.var.services.documents.service.ticketPdf(ticketId, id));
  });
