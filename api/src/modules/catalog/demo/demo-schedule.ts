import type { LocalizedText } from '../../../platform/http/locale';
import type { EventSupplier } from '../entities/event.entity';
import type { DemoCategoryCode, DemoTicketTypeCode } from './demo-data';
import { gridDeck } from './layout-grid';
import type { VesselSpec } from '../catalog.writer';

/** Vessel specs take seat-category ids once the categories exist. */
type CategoryIds = Record<DemoCategoryCode, string>;

export const DEMO_VESSELS = {
  /** Two decks, 156 seats: a glazed salon below and an open panorama deck above. */
  nevaPrestige: (c: CategoryIds): VesselSpec => ({
    name: { ru: 'Теплоход «Нева Престиж»', en: 'Motor ship Neva Prestige', zh: '“涅瓦威望”号游船' },
    seatingMode: 'assigned',
    decks: [
      gridDeck(1, { ru: 'Нижняя палуба, салон', en: 'Lower deck, salon', zh: '下层甲板·船舱' }, [
        {
          name: { ru: 'Салон', en: 'Salon', zh: '船舱' },
          rows: 8,
          seatsPerRow: 12,
          categoryOf: (_row, seat, perRow) => (seat === 1 || seat === perRow ? c.window : c.standard),
          accessibilityOf: (row, seat) =>
            row === 8 && (seat === 1 || seat === 12) ? { wheelchair: true } : row === 8 && (seat === 2 || seat === 11) ? { companion: true } : {},
        },
      ]),
      gridDeck(2, { ru: 'Верхняя палуба, открытая', en: 'Upper deck, open air', zh: '上层甲板·露天' }, [
        {
          name: { ru: 'Панорама', en: 'Panorama', zh: '全景区' },
          rows: 2,
          seatsPerRow: 10,
          categoryOf: () => c.vip,
        },
        {
          name: { ru: 'Корма', en: 'Stern', zh: '船尾' },
          rows: 4,
          seatsPerRow: 10,
          categoryOf: () => c.standard,
          accessibilityOf: (row, seat) => (row === 3 && (seat === 5 || seat === 6) ? { restrictedView: true } : {}),
        },
      ]),
    ],
  }),
  /** A Meteor hydrofoil: one deck of three salons, 120 seats. */
  meteor: (c: CategoryIds): VesselSpec => ({
    name: { ru: 'Метеор-193', en: 'Meteor 193 hydrofoil', zh: '“流星193”号水翼船' },
    seatingMode: 'assigned',
    decks: [
      gridDeck(1, { ru: 'Главная палуба', en: 'Main deck', zh: '主甲板' }, [
        { name: { ru: 'Носовой салон', en: 'Bow salon', zh: '船头舱' }, rows: 4, seatsPerRow: 10, categoryOf: (_r, s, n) => (s === 1 || s === n ? c.window : c.standard) },
        { name: { ru: 'Средний салон', en: 'Middle salon', zh: '中舱' }, rows: 4, seatsPerRow: 10, categoryOf: (_r, s, n) => (s === 1 || s === n ? c.window : c.standard) },
        {
          name: { ru: 'Кормовой салон', en: 'Stern salon', zh: '船尾舱' },
          rows: 4,
          seatsPerRow: 10,
          categoryOf: (_r, s, n) => (s === 1 || s === n ? c.window : c.standard),
          accessibilityOf: (row, seat) => (row === 12 && seat === 5 ? { wheelchair: true } : row === 12 && seat === 6 ? { companion: true } : {}),
        },
      ]),
    ],
  }),
  /** An open canal boat, general admission. */
  fontanka: (): VesselSpec => ({
    name: { ru: 'Катер «Фонтанка-5»', en: 'Canal boat Fontanka 5', zh: '“丰坦卡5”号游艇' },
    seatingMode: 'general',
    capacity: 40,
  }),
  /** A coastal ship to Kronstadt, general admission. */
  kronstadtExpress: (): VesselSpec => ({
    name: { ru: 'Теплоход «Кронштадт Экспресс»', en: 'Motor ship Kronstadt Express', zh: '“喀琅施塔得快线”号游船' },
    seatingMode: 'general',
    capacity: 120,
  }),
};

export type DemoVesselKey = keyof typeof DEMO_VESSELS;

export interface DemoSchedule {
  route: string;
  vessel: DemoVesselKey;
  kind: 'excursion' | 'event';
  title: LocalizedText;
  description: LocalizedText;
  /** Departure times, local to Moscow. */
  times: string[];
  /** ISO weekdays (1 = Monday) it runs on; every day when omitted. */
  weekdays?: number[];
  supplier: EventSupplier;
  prices: Array<{ ticketType: DemoTicketTypeCode; category?: DemoCategoryCode; rubles: number }>;
  quotas?: Partial<Record<DemoTicketTypeCode, number>>;
}

export const DEMO_SCHEDULES: DemoSchedule[] = [
  {
    route: 'peterhof',
    vessel: 'meteor',
    kind: 'excursion',
    title: { ru: 'Метеор в Петергоф', en: 'Meteor to Peterhof', zh: '乘流星号前往彼得霍夫' },
    description: {
      ru: 'Сорок минут по заливу — и вы у Большого каскада. Обратный билет покупается отдельно.',
      en: 'Forty minutes across the gulf to the Grand Cascade. Return tickets are sold separately.',
      zh: '四十分钟穿越海湾即达大瀑布。返程票需另行购买。',
    },
    times: ['10:00', '12:30', '15:00'],
    supplier: 'neva_travel',
    prices: [
      { ticketType: 'adult', category: 'standard', rubles: 1800 },
      { ticketType: 'adult', category: 'window', rubles: 2000 },
      { ticketType: 'child', category: 'standard', rubles: 1300 },
      { ticketType: 'child', category: 'window', rubles: 1450 },
      { ticketType: 'concession', category: 'standard', rubles: 1500 },
      { ticketType: 'concession', category: 'window', rubles: 1650 },
    ],
  },
  {
    route: 'canals',
    vessel: 'fontanka',
    kind: 'excursion',
    title: { ru: 'Реки и каналы: классика', en: 'Rivers and Canals: the Classic Tour', zh: '河流与运河经典游' },
    description: {
      ru: 'Обзорная экскурсия с гидом по центру города. Пледы на борту.',
      en: 'A guided sightseeing tour of the city centre. Blankets on board.',
      zh: '由导游讲解的市中心观光游。船上提供毛毯。',
    },
    times: ['11:00', '13:00', '15:00', '17:00', '19:00'],
    supplier: 'astra_marin',
    prices: [
      { ticketType: 'adult', rubles: 1200 },
      { ticketType: 'child', rubles: 800 },
      { ticketType: 'concession', rubles: 1000 },
    ],
    quotas: { concession: 10 },
  },
  {
    route: 'evening-neva',
    vessel: 'nevaPrestige',
    kind: 'event',
    title: { ru: 'Джаз на Неве: вечерний круиз', en: 'Jazz on the Neva: an Evening Cruise', zh: '涅瓦河爵士之夜游船' },
    description: {
      ru: 'Живой джаз-бэнд, бокал игристого и разведение Дворцового моста. 18+.',
      en: 'A live jazz band, a glass of sparkling wine and the Palace Bridge opening. 18+.',
      zh: '现场爵士乐队、一杯起泡酒，观赏宫殿桥开启。仅限18岁以上。',
    },
    times: ['22:30'],
    weekdays: [5, 6],
    supplier: 'own',
    prices: [
      { ticketType: 'adult', category: 'standard', rubles: 3500 },
      { ticketType: 'adult', category: 'window', rubles: 3900 },
      { ticketType: 'adult', category: 'vip', rubles: 5500 },
      { ticketType: 'concession', category: 'standard', rubles: 3000 },
    ],
  },
  {
    route: 'evening-neva',
    vessel: 'nevaPrestige',
    kind: 'excursion',
    title: { ru: 'Вечерняя Нева', en: 'The Neva by Night', zh: '涅瓦河夜游' },
    description: {
      ru: 'Прогулка по Неве на закате с аудиогидом на трёх языках.',
      en: 'A sunset cruise on the Neva with an audio guide in three languages.',
      zh: '日落时分的涅瓦河游船，配有三种语言的语音导览。',
    },
    times: ['19:00'],
    supplier: 'own',
    prices: [
      { ticketType: 'adult', category: 'standard', rubles: 1900 },
      { ticketType: 'adult', category: 'window', rubles: 2200 },
      { ticketType: 'adult', category: 'vip', rubles: 2900 },
      { ticketType: 'child', category: 'standard', rubles: 1200 },
      { ticketType: 'concession', category: 'standard', rubles: 1500 },
    ],
  },
  {
    route: 'kronstadt',
    vessel: 'kronstadtExpress',
    kind: 'excursion',
    title: { ru: 'Кронштадт: морская крепость', en: 'Kronstadt: the Sea Fortress', zh: '喀琅施塔得：海上要塞' },
    description: {
      ru: 'Путь по Финскому заливу мимо фортов к Морскому собору.',
      en: 'Across the Gulf of Finland past the forts to the Naval Cathedral.',
      zh: '穿越芬兰湾，途经炮台，前往海军大教堂。',
    },
    times: ['11:30'],
    weekdays: [2, 4, 6, 7],
    supplier: 'own',
    prices: [
      { ticketType: 'adult', rubles: 1500 },
      { ticketType: 'child', rubles: 1000 },
      { ticketType: 'concession', rubles: 1200 },
    ],
  },
];
