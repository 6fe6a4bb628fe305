import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { deckBounds, neighbour, type Direction } from './seatGeometry';
import type { SeatInfo, SeatLayout, SeatStatus } from './types';

const UNIT = 10;
const LEFT = 2.2; // room for row labels, in seats
const TOP = 1.6; // room for the first section's name

const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export interface SeatMapProps {
  layout: SeatLayout;
  seats: SeatInfo[];
  statusOf: (seatCode: string) => SeatStatus;
  labelOf: (seat: SeatInfo) => string;
  colorOf: (categoryId: string) => string;
  /** Seats with a lock or unlock request in flight. */
  pending: ReadonlySet<string>;
  /** A seat to flash (someone else just took it). */
  flash: string | null;
  onToggle: (seat: SeatInfo) => void;
  /** The buyer is looking at a seat (focus or pointer). */
  onLook: (seat: SeatInfo) => void;
  deckLabel: (deck: SeatLayout['decks'][number]) => string;
}

/**
 * The vessel's decks as SVG, scaled to the screen. Each seat is a checkbox-like control with
 * an accessible name; one seat per deck is in the tab order and the arrow keys move between
 * seats (Enter or Space picks one), so the map works without a pointer.
 */
export function SeatMap(props: SeatMapProps) {
  const decks = props.layout.decks.filter((deck) => deck.sections.some((s) => s.rows.some((r) => r.seats.length > 0)));
  return (
    <div className="seatmap">
      {decks.map((deck) => (
        <DeckMap key={deck.id} deck={deck} {...props} seats={props.seats.filter((s) => s.deckId === deck.id)} />
      ))}
    </div>
  );
}

function DeckMap({ deck, seats, statusOf, labelOf, colorOf, pending, flash, onToggle, onLook, deckLabel }: SeatMapProps & { deck: SeatLayout['decks'][number] }) {
  const bounds = useMemo(() => deckBounds(seats), [seats]);
  const refs = useRef(new Map<string, SVGGElement>());
  const [active, setActive] = useState<string | null>(null);
  const tabStop = active && seats.some((s) => s.seatCode === active) ? active : (seats.find((s) => statusOf(s.seatCode) === 'free') ?? seats[0])?.seatCode;
  const px = (x: number) => (x - bounds.minX + LEFT) * UNIT;
  const py = (y: number) => (y - bounds.minY + TOP) * UNIT;
  const headingId = `deck-${deck.id}`;

  const rows = useMemo(() => {
    const byRow = new Map<string, { label: string; y: number }>();
    for (const seat of seats) byRow.set(`${seat.sectionName}:${seat.rowLabel}`, { label: seat.rowLabel, y: seat.y });
    return [...byRow.values()];
  }, [seats]);
  const sectionTitles = useMemo(() => {
    const titles: Array<{ name: string; y: number }> = [];
    const occupied = new Set(seats.map((s) => s.y));
    for (const section of deck.sections) {
      const ys = section.rows.flatMap((r) => r.seats.map((s) => s.y));
      if (ys.length === 0) continue;
      const top = Math.min(...ys);
      // Only where the layout leaves a gap above the section (or it is the first).
      if (top === bounds.minY || !occupied.has(top - 1)) titles.push({ name: section.name, y: top });
    }
    return titles;
  }, [deck, seats, bounds.minY]);

  const onKeyDown = (seat: SeatInfo, event: KeyboardEvent<SVGGElement>) => {
    const direction = KEYS[event.key];
    if (direction) {
      event.preventDefault();
      const next = neighbour(seats, seat, direction);
      refs.current.get(next.seatCode)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle(seat);
    }
  };

  return (
    <section className="deck" aria-labelledby={headingId}>
      <h2 id={headingId} className="deck__title">
        {deckLabel(deck)}
      </h2>
      <svg
        className="deck__map"
        role="group"
        aria-labelledby={headingId}
        viewBox={`0 0 ${(bounds.width + LEFT + 0.4) * UNIT} ${(bounds.height + TOP + 0.4) * UNIT}`}
        style={{ maxWidth: `${(bounds.width + LEFT) * 3.4}rem` }}
      >
        {sectionTitles.map((title) => (
          <text key={`${title.name}:${title.y}`} className="deck__section" x={px(bounds.minX)} y={py(title.y) - 2.5} aria-hidden="true">
            {title.name}
          </text>
        ))}
        {rows.map((row) => (
          <text key={`${row.label}:${row.y}`} className="deck__row" x={UNIT * 0.9} y={py(row.y) + UNIT * 0.62} textAnchor="middle" aria-hidden="true">
            {row.label}
          </text>
        ))}
        {seats.map((seat) => {
          const status = statusOf(seat.seatCode);
          const selected = status === 'selected';
          const classes = ['seat', `seat--${status}`];
          if (pending.has(seat.seatCode)) classes.push('seat--pending');
          if (flash === seat.seatCode) classes.push('seat--flash');
          const x = px(seat.x);
          const y = py(seat.y);
          return (
            <g
              key={seat.seatCode}
              ref={(element) => {
                if (element) refs.current.set(seat.seatCode, element);
                else refs.current.delete(seat.seatCode);
              }}
              className={classes.join(' ')}
              role="checkbox"
              aria-checked={selected}
              aria-disabled={status !== 'free' && !selected}
              aria-label={labelOf(seat)}
              tabIndex={seat.seatCode === tabStop ? 0 : -1}
              data-seat={seat.seatCode}
              onClick={() => onToggle(seat)}
              onKeyDown={(event) => onKeyDown(seat, event)}
              onFocus={() => {
                setActive(seat.seatCode);
                onLook(seat);
              }}
              onPointerEnter={() => onLook(seat)}
            >
              <rect
                className="seat__box"
                x={x + 0.8}
                y={y + 0.8}
                width={UNIT - 1.6}
                height={UNIT - 1.6}
                rx={2}
                style={status === 'free' ? { fill: colorOf(seat.categoryId) } : undefined}
              />
              {selected && <path className="seat__check" d={`M${x + 3} ${y + 5.2} l1.6 1.6 l3 -3.4`} />}
              {status === 'sold' && <path className="seat__cross" d={`M${x + 3.2} ${y + 3.2} l3.6 3.6 M${x + 6.8} ${y + 3.2} l-3.6 3.6`} />}
              {seat.accessibility.wheelchair && !selected && (
                <text className="seat__marker" x={x + UNIT / 2} y={y + 7} textAnchor="middle" aria-hidden="true">
                  ♿
                </text>
              )}
              {seat.accessibility.companion && <circle className="seat__companion" cx={x + UNIT - 2} cy={y + 2} r={1.3} />}
              {seat.accessibility.restrictedView && <path className="seat__restricted" d={`M${x + 1.2} ${y + UNIT - 1.2} l2.6 0 l-2.6 -2.6z`} />}
            </g>
          );
        })}
      </svg>
    </section>
  );
}
