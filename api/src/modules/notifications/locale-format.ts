import type { Lang } from '../../platform/http/locale';
import { BUSINESS_TIME_ZONE } from '../../platform/time';

/** Words the formatted data needs in each language (the rest of a message is its template). */
const WORDS: Record<Lang, { moscowTime: string; seat: string; none: string }> = {
  ru: { moscowTime: 'по московскому времени', seat: 'место', none: '—' },
  en: { moscowTime: 'Moscow time', seat: 'seat', none: '—' },
  zh: { moscowTime: '莫斯科时间', seat: '座位', none: '—' },
};

// en-GB: a 24-hour clock and "12 June", which reads naturally next to Russian timetables.
const INTL_LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB', zh: 'zh-CN' };

const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * A moment as a reader in `lang` expects it, always in Moscow time (where the boats are).
 *
 * @example
 * formatMoscowDateTime(new Date('2026-06-12T16:00:00Z'), 'ru') // 'пятница, 12 июня 2026 г. в 19:00 (по московскому времени)'
 * formatMoscowDateTime(new Date('2026-06-12T16:00:00Z'), 'en') // 'Friday, 12 June 2026 at 19:00 (Moscow time)'
 */
export function formatMoscowDateTime(instant: Date, lang: Lang): string {
  let format = dateTimeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: BUSINESS_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' });
    dateTimeFormats.set(lang, format);
  }
  const text = format.format(instant);
  return lang === 'zh' ? `${text}（${WORDS.zh.moscowTime}）` : `${text} (${WORDS[lang].moscowTime})`;
}

/**
 * Kopecks as roubles in the reader's notation: "1 500,00 ₽", "RUB 1,500.00", "1,500.00 俄罗斯卢布".
 * Only formatting divides by 100; amounts stay integer kopecks everywhere else.
 */
export function formatRub(kopecks: number, lang: Lang): string {
  const roubles = kopecks / 100;
  if (lang === 'ru') return new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', currencyDisplay: 'narrowSymbol' }).format(roubles);
  if (lang === 'en') return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'RUB', currencyDisplay: 'code' }).format(roubles);
  return `${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(roubles)} 俄罗斯卢布`;
}

/** One ticket on its own line: "• Взрослый, место D1-R1-S2 — 1 500,00 ₽". */
export function ticketLine(ticket: { typeName: string; seatCode: string | null; totalKopecks: number }, lang: Lang): string {
  const seat = ticket.seatCode ? `, ${WORDS[lang].seat} ${ticket.seatCode}` : '';
  return `• ${ticket.typeName}${seat} — ${formatRub(ticket.totalKopecks, lang)}`;
}

export function ticketList(lines: string[], lang: Lang): string {
  return lines.length > 0 ? lines.join('\n') : WORDS[lang].none;
}

/**
 * The refund policy as one sentence with the exact deadline (24 hours before departure): while
 * it is open, until when; once it has passed (tickets bought on the day), that it has.
 */
export function refundPolicy(deadline: Date, now: Date, lang: Lang): string {
  const at = formatMoscowDateTime(deadline, lang);
  const open = now.getTime() <= deadline.getTime();
  switch (lang) {
    case 'ru':
      return open
        ? `билеты можно вернуть за полную стоимость до ${at} — за 24 часа до отправления. Позже вернуть их нельзя.`
        : `билеты можно было вернуть до ${at} — за 24 часа до отправления; сейчас вернуть их уже нельзя.`;
    case 'en':
      return open
        ? `you can return the tickets for their full price until ${at}, 24 hours before departure. After that they cannot be refunded.`
        : `tickets could be refunded until ${at}, 24 hours before departure; they can no longer be refunded.`;
    case 'zh':
      return open ? `在 ${at}（出发前 24 小时）之前可全额退票，之后不再受理退票。` : `退票截止时间为 ${at}（出发前 24 小时），现已无法退票。`;
  }
}

/**
 * What a cancelled sailing means for the buyer's money, as one sentence: a paid order comes
 * back in full (the merchant cancelled, so the 24-hour rule does not apply); an unpaid one
 * costs nothing.
 */
export function cancellationRefund(paid: boolean, lang: Lang): string {
  switch (lang) {
    case 'ru':
      return paid
        ? 'мы вернём полную стоимость билетов на карту, с которой вы платили, независимо от правила 24 часов — рейс отменили мы. Подтверждение возврата с документами придёт отдельным письмом.'
        : 'заказ не был оплачен, поэтому ничего списано не будет.';
    case 'en':
      return paid
        ? 'we refund the full price of your tickets to the card you paid with, whatever the 24-hour rule says, because we cancelled the trip. A refund confirmation with its documents follows in a separate email.'
        : 'the order was not paid, so nothing is charged.';
    case 'zh':
      return paid
        ? '由于航班由我们取消，无论是否符合 24 小时规则，我们都将把船票全款退回您付款所用的银行卡。退款确认及相关单据将另行发送。'
        : '该订单尚未付款，因此不会产生任何费用。';
  }
}
