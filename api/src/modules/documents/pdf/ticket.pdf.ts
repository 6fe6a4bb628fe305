import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { localize, type Lang } from '../../../platform/http/locale';
import type { DocumentLine, OrderDocumentData } from '../document-data';
import { withCjkRuns } from './pdf-renderer';
import { formatDateTime, TICKET_LABELS } from './ticket-labels';

export interface TicketPdfInput {
  lang: Lang;
  order: OrderDocumentData;
  line: DocumentLine;
  code: string;
  status: 'valid' | 'void';
  /** The signed payload the QR code carries (what boarding scanners verify). */
  qrPayload: string;
  refundableUntil: Date;
}

/** "Deck 1, row 3, seat 12" in the buyer's language, or general admission. */
export function seatText(line: DocumentLine, lang: Lang): string {
  const l = TICKET_LABELS[lang];
  if (!line.seat) return line.seatCode ?? l.generalAdmission;
  const deck = localize(line.seat.deck, lang);
  if (lang === 'zh') return `${deck} ${line.seat.row}${l.row} ${line.seat.number}${l.seatNumber}`;
  return `${deck}, ${l.row} ${line.seat.row}, ${l.seatNumber} ${line.seat.number}`;
}

const field = (label: string, value: string): Content[] => [
  { text: withCjkRuns(label), color: '#666666', fontSize: 8, margin: [0, 6, 0, 0] },
  { text: withCjkRuns(value), fontSize: 11 },
];

/**
 * One e-ticket, in the language the order was placed in: the QR code with the signed payload,
 * the sailing, route, pier, vessel, seat or ticket type, departure in Moscow time, the order
 * number and the buyer. A refunded ticket is printed as void, without its QR code. Nothing
 * from the fiscal receipt or the payment service appears on it.
 */
export function ticketDefinition(input: TicketPdfInput): TDocumentDefinitions {
  const { lang, order, line } = input;
  const l = TICKET_LABELS[lang];
  const departure = `${formatDateTime(order.sailing.startsAt, lang)} (${l.moscowTime})`;
  const details: Content[] = [
    ...field(l.sailing, localize(order.sailing.title, lang)),
    ...field(l.departure, departure),
    ...field(l.route, localize(order.sailing.route, lang)),
    ...field(l.berth, `${localize(order.sailing.berth, lang)} — ${localize(order.sailing.berthAddress, lang)}`),
    ...field(l.vessel, localize(order.sailing.vessel, lang)),
    ...field(l.seat, seatText(line, lang)),
    ...field(l.ticketType, localize(line.ticketTypeName, lang)),
    ...field(l.order, order.orderNumber),
    ...field(l.buyer, order.customer.fullName),
  ];
  const valid = input.status === 'valid';
  const qr: Content = valid
    ? { stack: [{ qr: input.qrPayload, fit: 190, eccLevel: 'M' }, { text: withCjkRuns(`${l.code}: ${input.code}`), margin: [0, 6, 0, 0], fontSize: 9 }] }
    : { text: withCjkRuns(`${l.code}: ${input.code}`), decoration: 'lineThrough', color: '#888888', fontSize: 9 };
  return {
    info: { title: `${l.title} ${input.code}`, subject: order.orderNumber },
    language: lang,
    pageSize: 'A5',
    pageMargins: [28, 28, 28, 28],
    content: [
      { text: withCjkRuns(l.title), fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      ...(valid ? [] : [{ text: withCjkRuns(l.void), color: '#b00020', bold: true, fontSize: 12, margin: [0, 0, 0, 8] } as Content]),
      { columns: [{ width: '*', stack: details }, { width: 200, stack: [qr] }], columnGap: 12 },
      ...(valid
        ? [{
          text: withCjkRuns(`${l.showQr} ${l.refundUntil(formatDateTime(input.refundableUntil, lang))}`),
          fontSize: 8,
          color: '#444444',
          margin: [0, 14, 0, 0],
        } as Content]
        : []),
    ],
  };
}
