import type { Lang } from '../../../platform/http/locale';
import { BUSINESS_TIME_ZONE } from '../../../platform/time';

/** The e-ticket's labels in the buyer's language. */
export interface TicketLabels {
  title: string;
  sailing: string;
  route: string;
  departure: string;
  moscowTime: string;
  berth: string;
  vessel: string;
  seat: string;
  deck: string;
  row: string;
  seatNumber: string;
  generalAdmission: string;
  ticketType: string;
  order: string;
  buyer: string;
  code: string;
  showQr: string;
  refundUntil: (deadline: string) => string;
  void: string;
}

export const TICKET_LABELS: Record<Lang, TicketLabels> = {
  ru: {
    title: 'Электронный билет',
    sailing: 'Рейс',
    route: 'Маршрут',
    departure: 'Отправление',
    moscowTime: 'время московское',
    berth: 'Причал',
    vessel: 'Теплоход',
    seat: 'Место',
    deck: 'палуба',
    row: 'ряд',
    seatNumber: 'место',
    generalAdmission: 'Свободная рассадка',
    ticketType: 'Тип билета',
    order: 'Заказ',
    buyer: 'Покупатель',
    code: 'Код билета',
    showQr: 'Покажите QR-код при посадке. Приходите на причал за 15 минут до отправления.',
    refundUntil: (deadline) => `Вернуть билет за полную стоимость можно до ${deadline} (мск).`,
    void: 'Билет аннулирован: по нему оформлен возврат',
  },
  en: {
    title: 'E-ticket',
    sailing: 'Sailing',
    route: 'Route',
    departure: 'Departure',
    moscowTime: 'Moscow time',
    berth: 'Pier',
    vessel: 'Vessel',
    seat: 'Seat',
    deck: 'deck',
    row: 'row',
    seatNumber: 'seat',
    generalAdmission: 'General admission',
    ticketType: 'Ticket type',
    order: 'Order',
    buyer: 'Buyer',
    code: 'Ticket code',
    showQr: 'Show this QR code when boarding. Please be at the pier 15 minutes before departure.',
    refundUntil: (deadline) => `Full refund available until ${deadline} (Moscow time).`,
    void: 'This ticket has been refunded and is no longer valid',
  },
  zh: {
    title: '电子船票',
    sailing: '航次',
    route: '航线',
    departure: '出发时间',
    moscowTime: '莫斯科时间',
    berth: '码头',
    vessel: '船舶',
    seat: '座位',
    deck: '甲板',
    row: '排',
    seatNumber: '座',
    generalAdmission: '自由入座',
    ticketType: '票种',
    order: '订单号',
    buyer: '购票人',
    code: '票号',
    showQr: '登船时请出示此二维码。请于开船前15分钟到达码头。',
    refundUntil: (deadline) => `${deadline}（莫斯科时间）前可全额退票。`,
    void: '此票已退票，不再有效',
  },
};

const DATE_TIME_LOCALES: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB', zh: 'zh-CN' };

/**
 * A departure in Moscow time, written the way each language writes it.
 *
 * @example
 * formatDateTime(new Date('2026-06-12T15:30:00Z'), 'en') // '12 June 2026 at 18:30'
 */
export function formatDateTime(instant: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(DATE_TIME_LOCALES[lang], {
    timeZone: BUSINESS_TIME_ZONE,
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(instant);
}

/**
 * A date in Moscow as Russian documents print it: "05.06.2026".
 *
 * @example
 * formatDateRu(new Date('2026-06-04T21:30:00Z')) // '05.06.2026'
 */
export function formatDateRu(instant: Date): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone: BUSINESS_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(instant);
}

/** The calendar year in Moscow: document numbers restart with it. */
export function moscowYear(instant: Date): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric' }).format(instant));
}
