import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BUSINESS_TIME_ZONE } from '../../../platform/time';
import { amountInWordsRu, formatRubles, pluralRu } from '../amount-in-words';
import type { DocumentLine, OrderDocumentData } from '../document-data';
import type { DocumentKind } from '../document-numbers';
import type { Requisites } from '../requisites.schemas';
import { formatDateRu } from './ticket-labels';
import { withCjkRuns } from './pdf-renderer';

/**
 * Invoices (счёт), acts (акт) and refund acts (акт возврата) as pdfmake definitions. They are
 * primary accounting documents, so they are in Russian whatever the buyer's language (the
 * e-ticket speaks the buyer's language). Nothing from the fiscal receipt or the payment
 * service (receipt or payment ids, fiscal signs, FN numbers) is printed on any of them.
 */
export interface FinancialDocumentInput {
  kind: DocumentKind;
  number: string;
  issuedAt: Date;
  requisites: Requisites;
  order: OrderDocumentData;
  /** The lines the document covers: all of the order's, or the refunded ones. */
  lines: DocumentLine[];
  /** For a refund act: the act it corrects and when the money went back. */
  refund?: { completedAt: Date; act: { number: string; issuedAt: Date } | null };
}

const TITLES: Record<DocumentKind, string> = {
  invoice: 'Счёт на оплату',
  act: 'Акт об оказании услуг',
  refund_act: 'Акт возврата денежных средств',
};

const moscowDateTime = (instant: Date) =>
  new Intl.DateTimeFormat('ru-RU', { timeZone: BUSINESS_TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }).format(instant);

/** "Билет на рейс «…», 12.06.2026, 18:30 (мск), Взрослый, палуба 1, ряд 3, место 12". */
export function lineDescriptionRu(order: OrderDocumentData, line: DocumentLine): string {
  const seat = line.seat
    ? `${line.seat.deck.ru.toLowerCase()}, ряд ${line.seat.row}, место ${line.seat.number}`
    : line.seatCode ? `место ${line.seatCode}` : 'без места';
  return `Билет на рейс «${order.sailing.title.ru}», ${moscowDateTime(order.sailing.startsAt)} (мск), ${line.ticketTypeName.ru}, ${seat}`;
}

function vatRate(line: DocumentLine): string {
  if (line.vatMode === 'none') return 'Без НДС';
  return line.vatMode === 'excluded' ? `${line.vatPercent}% сверху` : `${line.vatPercent}%`;
}

const cell = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text: withCjkRuns(text), ...extra }) as TableCell;
const money = (kopecks: number) => cell(formatRubles(kopecks), { alignment: 'right', noWrap: true });

function linesTable(input: FinancialDocumentInput): Content {
  const header = ['№', 'Наименование', 'Кол-во', 'Ед.', 'Цена, ₽', 'Скидка, ₽', 'Ставка НДС', 'НДС, ₽', 'Сумма, ₽'].map((h) =>
    cell(h, { bold: true, fillColor: '#eeeeee' }),
  );
  const rows = input.lines.map((line, i) => [
    cell(String(i + 1)),
    cell(lineDescriptionRu(input.order, line)),
    cell('1', { alignment: 'right' }),
    cell('шт.'),
    money(line.unitPriceKopecks),
    money(line.discountKopecks),
    cell(vatRate(line), { noWrap: true }),
    money(line.vatKopecks),
    money(line.totalKopecks),
  ]);
  return { table: { headerRows: 1, widths: [14, '*', 28, 18, 46, 42, 44, 40, 50], body: [header, ...rows] }, layout: 'lightHorizontalLines' };
}

function totalsBlock(input: FinancialDocumentInput, total: number, vat: number): Content {
  const label = input.kind === 'invoice' ? 'Всего к оплате:' : input.kind === 'act' ? 'Всего оказано услуг на сумму:' : 'Сумма возврата:';
  const noVat = input.lines.every((l) => l.vatMode === 'none');
  return {
    table: {
      widths: ['*', 90],
      body: [
        [cell('Итого:', { alignment: 'right', bold: true }), money(total)],
        [cell(noVat ? 'Без налога (НДС):' : 'В том числе НДС:', { alignment: 'right' }), noVat ? cell('—', { alignment: 'right' }) : money(vat)],
        [cell(label, { alignment: 'right', bold: true }), money(total)],
      ],
    },
    layout: 'noBorders',
    margin: [0, 4, 0, 4],
  };
}

function requisitesBlock(r: Requisites): Content[] {
  const seller = [
    r.legalName,
    `ИНН ${r.inn}${r.kpp ? `, КПП ${r.kpp}` : ''}, ${r.ogrn.length === 13 ? 'ОГРН' : 'ОГРНИП'} ${r.ogrn}`,
    r.legalAddress,
    `тел. ${r.phone}, e-mail ${r.email}`,
  ].join('\n');
  return [
    {
      table: {
        widths: [110, '*'],
        body: [
          [cell('Банк получателя', { bold: true }), cell(r.bankName)],
          [cell('БИК'), cell(r.bik)],
          [cell('Корр. счёт (к/с)'), cell(r.correspondentAccount)],
          [cell('Расчётный счёт (р/с)'), cell(r.settlementAccount)],
          [cell('Получатель', { bold: true }), cell(`${r.legalName}, ИНН ${r.inn}${r.kpp ? `, КПП ${r.kpp}` : ''}`)],
        ],
      },
      margin: [0, 0, 0, 10],
    },
    { columns: [{ width: 110, text: 'Поставщик (Исполнитель):', bold: true }, { width: '*', text: withCjkRuns(seller) }], margin: [0, 0, 0, 4] },
  ];
}

function heading(input: FinancialDocumentInput): Content[] {
  const { order, refund } = input;
  const basis = [`заказ № ${order.orderNumber}`, `договор-оферта: ${input.requisites.offerUrl}`];
  if (refund?.act) basis.unshift(`акт № ${refund.act.number} от ${formatDateRu(refund.act.issuedAt)}`);
  const buyer = `${order.customer.fullName}, e-mail ${order.customer.email}, тел. ${order.customer.phone}`;
  return [
    { text: `${TITLES[input.kind]} № ${input.number} от ${formatDateRu(input.issuedAt)}`, fontSize: 14, bold: true, margin: [0, 6, 0, 8] },
    ...requisitesBlock(input.requisites),
    { columns: [{ width: 110, text: 'Покупатель (Заказчик):', bold: true }, { width: '*', text: withCjkRuns(buyer) }], margin: [0, 0, 0, 4] },
    { columns: [{ width: 110, text: 'Основание:', bold: true }, { width: '*', text: basis.join('; ') }], margin: [0, 0, 0, 10] },
  ];
}

function closingText(input: FinancialDocumentInput): Content[] {
  const { order } = input;
  switch (input.kind) {
    case 'invoice':
      return order.paidAt ? [{ text: `Счёт оплачен полностью ${formatDateRu(order.paidAt)}.`, bold: true }] : [];
    case 'act':
      return [
        { text: 'Билеты оформлены и оплачены полностью. Стороны претензий по объёму, стоимости и срокам оказания услуг не имеют.' },
        signatures('Исполнитель', 'Заказчик'),
      ];
    case 'refund_act':
      return [
        {
          text:
            `Стоимость возвращённых билетов возвращена покупателю полностью, без удержаний, ` +
            `${input.refund ? formatDateRu(input.refund.completedAt) : ''} тем же способом, которым была произведена оплата. ` +
            'Возвращённые билеты аннулированы.',
        },
        signatures('Исполнитель', 'Покупатель'),
      ];
  }
}

function signatures(left: string, right: string): Content {
  return {
    columns: [
      { text: `${left} ____________________`, margin: [0, 24, 0, 0] },
      { text: `${right} ____________________`, margin: [0, 24, 0, 0] },
    ],
  };
}

/** The whole document, ready for `renderPdf`. */
export function financialDocumentDefinition(input: FinancialDocumentInput): TDocumentDefinitions {
  const total = input.lines.reduce((sum, l) => sum + l.totalKopecks, 0);
  const vat = input.lines.reduce((sum, l) => sum + l.vatKopecks, 0);
  const count = input.lines.length;
  return {
    info: { title: `${TITLES[input.kind]} № ${input.number}`, author: input.requisites.legalName },
    pageSize: 'A4',
    pageMargins: [36, 36, 36, 36],
    content: [
      ...heading(input),
      linesTable(input),
      totalsBlock(input, total, vat),
      { text: `Всего наименований ${count}, на сумму ${formatRubles(total)} руб.`, margin: [0, 4, 0, 0] },
      { text: amountInWordsRu(total), bold: true, margin: [0, 2, 0, 2] },
      ...(vat > 0 ? [{ text: `В том числе НДС: ${formatRubles(vat)} руб. (${amountInWordsRu(vat)})`, margin: [0, 0, 0, 8] } as Content] : []),
      { text: `${count} ${pluralRu(count, ['билет', 'билета', 'билетов'])} по заказу № ${input.order.orderNumber}.`, color: '#555555', margin: [0, 0, 0, 8] },
      ...closingText(input),
    ],
  };
}
