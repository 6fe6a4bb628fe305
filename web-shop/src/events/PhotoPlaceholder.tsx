/** Hues for the placeholder's water, picked by route so a route keeps its colour. */
const HUES = [195, 205, 215, 185, 225, 175];

function hueOf(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return HUES[hash % HUES.length] ?? 200;
}

/**
 * Stands in for the sailing's photo until the catalog has photos: waves and a boat, tinted
 * per route. Decorative, so hidden from assistive technology.
 */
export function PhotoPlaceholder({ seed, kind }: { seed: string; kind: 'excursion' | 'event' }) {
  const hue = hueOf(seed);
  return (
    <svg className="card__photo" viewBox="0 0 320 120" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">
      <rect width="320" height="120" fill={`hsl(${hue} 55% ${kind === 'event' ? 28 : 42}%)`} />
      <circle cx={kind === 'event' ? 260 : 60} cy="34" r="16" fill={kind === 'event' ? '#f5e7a1' : '#ffd56b'} opacity=".9" />
      <path d="M0 82 Q40 70 80 82 T160 82 T240 82 T320 82 V120 H0Z" fill={`hsl(${hue} 60% 30%)`} />
      <path d="M0 96 Q40 86 80 96 T160 96 T240 96 T320 96 V120 H0Z" fill={`hsl(${hue} 65% 22%)`} />
      <path d="M130 78 h70 l-12 12 h-48z M150 66 h26 v12 h-26z" fill="#fff" opacity=".92" />
    </svg>
  );
}
