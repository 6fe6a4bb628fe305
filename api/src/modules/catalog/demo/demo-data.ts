import type { LocalizedText } from '../../../platform/http/locale';

/**
 * The St Petersburg demo catalog: real piers and the classic routes from them. Coordinates
 * are the piers' approximate positions; prices are typical of the 2026 season.
 */

export const DEMO_BERTHS = {
  palace: {
    name: { ru: 'Причал «Дворцовая набережная»', en: 'Palace Embankment Pier', zh: '宫殿堤岸码头' },
    address: { ru: 'Дворцовая набережная, 2', en: '2 Dvortsovaya Embankment', zh: '宫殿堤岸2号' },
    latitude: 59.9412,
    longitude: 30.3125,
  },
  admiralty: {
    name: { ru: 'Причал «Адмиралтейская набережная»', en: 'Admiralty Embankment Pier', zh: '海军部堤岸码头' },
    address: { ru: 'Адмиралтейская набережная, 2', en: '2 Admiralteyskaya Embankment', zh: '海军部堤岸2号' },
    latitude: 59.9378,
    longitude: 30.3017,
  },
  anichkov: {
    name: { ru: 'Причал «Аничков мост»', en: 'Anichkov Bridge Pier', zh: '阿尼奇科夫桥码头' },
    address: { ru: 'набережная реки Фонтанки, 27', en: '27 Fontanka Embankment', zh: '丰坦卡河堤岸27号' },
    latitude: 59.9332,
    longitude: 30.3434,
  },
  university: {
    name: { ru: 'Причал «Университетская набережная»', en: 'University Embankment Pier', zh: '大学堤岸码头' },
    address: { ru: 'Университетская набережная, 5', en: '5 Universitetskaya Embankment', zh: '大学堤岸5号' },
    latitude: 59.9419,
    longitude: 30.2987,
  },
  peterhof: {
    name: { ru: 'Причал «Петергоф, Нижний парк»', en: 'Peterhof Lower Park Pier', zh: '彼得霍夫下花园码头' },
    address: { ru: 'Петергоф, Нижний парк, Морской канал', en: 'Peterhof, Lower Park, Sea Canal', zh: '彼得霍夫下花园海运河' },
    latitude: 59.8866,
    longitude: 29.9085,
  },
  kronstadt: {
    name: { ru: 'Причал «Кронштадт, Летний сад»', en: 'Kronstadt Summer Garden Pier', zh: '喀琅施塔得夏园码头' },
    address: { ru: 'Кронштадт, Петровская улица, 2', en: 'Kronstadt, 2 Petrovskaya Street', zh: '喀琅施塔得彼得罗夫斯卡娅街2号' },
    latitude: 59.9918,
    longitude: 29.7727,
  },
} as const satisfies Record<string, { name: LocalizedText; address: LocalizedText; latitude: number; longitude: number }>;

export type DemoBerthKey = keyof typeof DEMO_BERTHS;

export const DEMO_TICKET_TYPES = [
  { code: 'adult', name: { ru: 'Взрослый', en: 'Adult', zh: '成人' }, description: { ru: 'С 14 лет', en: 'Aged 14 and over', zh: '14岁及以上' } },
  { code: 'child', name: { ru: 'Детский', en: 'Child', zh: '儿童' }, description: { ru: 'От 3 до 13 лет', en: 'Aged 3 to 13', zh: '3至13岁' } },
  {
    code: 'concession',
    name: { ru: 'Льготный', en: 'Concession', zh: '优惠票' },
    description: { ru: 'Пенсионеры и студенты очной формы', en: 'Pensioners and full-time students', zh: '退休人员和全日制学生' },
  },
] as const;

export type DemoTicketTypeCode = (typeof DEMO_TICKET_TYPES)[number]['code'];

export const DEMO_SEAT_CATEGORIES = [
  { code: 'standard', name: { ru: 'Стандарт', en: 'Standard', zh: '标准座' }, sortOrder: 0 },
  { code: 'window', name: { ru: 'У окна', en: 'Window', zh: '靠窗座' }, sortOrder: 1 },
  { code: 'vip', name: { ru: 'Панорама VIP', en: 'Panorama VIP', zh: '全景贵宾座' }, sortOrder: 2 },
] as const;

export type DemoCategoryCode = (typeof DEMO_SEAT_CATEGORIES)[number]['code'];

export interface DemoRoute {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  durationMinutes: number;
  stops: Array<{ berth: DemoBerthKey; offsetMinutes: number }>;
}

export const DEMO_ROUTES: DemoRoute[] = [
  {
    key: 'peterhof',
    name: { ru: 'Санкт-Петербург — Петергоф', en: 'St Petersburg — Peterhof', zh: '圣彼得堡 — 彼得霍夫' },
    description: {
      ru: 'Скоростной «Метеор» по Неве и Финскому заливу прямо к Нижнему парку Петергофа и его фонтанам.',
      en: 'A Meteor hydrofoil along the Neva and the Gulf of Finland straight to the fountains of the Peterhof Lower Park.',
      zh: '乘坐“流星”水翼船沿涅瓦河和芬兰湾直达彼得霍夫下花园的喷泉。',
    },
    durationMinutes: 40,
    stops: [{ berth: 'admiralty', offsetMinutes: 0 }, { berth: 'peterhof', offsetMinutes: 40 }],
  },
  {
    key: 'canals',
    name: { ru: 'Реки и каналы Петербурга', en: 'Rivers and Canals of St Petersburg', zh: '圣彼得堡河流与运河' },
    description: {
      ru: 'Фонтанка, Мойка, Крюков и Зимняя канавка: сорок мостов и дворцы с воды.',
      en: 'The Fontanka, the Moika, the Kryukov Canal and the Winter Canal: forty bridges and the palaces seen from the water.',
      zh: '丰坦卡河、莫伊卡河、克留科夫运河和冬宫运河：从水上欣赏四十座桥梁和宫殿。',
    },
    durationMinutes: 70,
    stops: [{ berth: 'anichkov', offsetMinutes: 0 }, { berth: 'anichkov', offsetMinutes: 70 }],
  },
  {
    key: 'evening-neva',
    name: { ru: 'Вечерняя Нева', en: 'The Neva by Night', zh: '涅瓦河夜游' },
    description: {
      ru: 'Стрелка Васильевского острова, Петропавловская крепость и Дворцовый мост в огнях.',
      en: 'The Spit of Vasilyevsky Island, the Peter and Paul Fortress and the Palace Bridge in lights.',
      zh: '灯火中的瓦西里岛尖岬、彼得保罗要塞和宫殿桥。',
    },
    durationMinutes: 120,
    stops: [{ berth: 'palace', offsetMinutes: 0 }, { berth: 'palace', offsetMinutes: 120 }],
  },
  {
    key: 'kronstadt',
    name: { ru: 'Санкт-Петербург — Кронштадт', en: 'St Petersburg — Kronstadt', zh: '圣彼得堡 — 喀琅施塔得' },
    description: {
      ru: 'Морская крепость на острове Котлин: форты, Морской собор и Якорная площадь.',
      en: 'The sea fortress on Kotlin Island: its forts, the Naval Cathedral and Anchor Square.',
      zh: '科特林岛上的海上要塞：炮台、海军大教堂和锚广场。',
    },
    durationMinutes: 90,
    stops: [{ berth: 'university', offsetMinutes: 0 }, { berth: 'kronstadt', offsetMinutes: 90 }],
  },
];
