import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { formatPrice } from '../i18n/format';
import { seatShortName } from './seatLabel';
import type { SeatInfo, TicketType } from './types';

export interface SelectedSeat {
  seat: SeatInfo;
  /** Ticket types sold for this seat. */
  options: TicketType[];
  ticketTypeId: string;
  totalKopecks: number;
}

/** The seats the session holds, each with its ticket type and price, and the total. */
export function SelectionPanel({
  selected,
  onTypeChange,
  onRemove,
  busy,
}: {
  selected: SelectedSeat[];
  onTypeChange: (seatCode: string, ticketTypeId: string) => void;
  onRemove: (seat: SeatInfo) => void;
  busy: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const total = selected.reduce((sum, s) => sum + s.totalKopecks, 0);

  if (selected.length === 0) return <p className="muted">{t('seatmap.nothingSelected')}</p>;
  return (
    <>
      <p className="selection__count" data-testid="selected-count">
        {t('seatmap.selectedCount', { count: selected.length })}
      </p>
      <ul className="selection">
        {selected.map(({ seat, options, ticketTypeId, totalKopecks }) => {
          const name = seatShortName(t, seat);
          const selectId = `type-${seat.seatCode}`;
          return (
            <li key={seat.seatCode} className="selection__item">
              <span className="selection__seat">{name}</span>
              <label htmlFor={selectId} className="visually-hidden">
                {t('seatmap.ticketTypeFor', { seat: name })}
              </label>
              <select id={selectId} value={ticketTypeId} onChange={(e) => onTypeChange(seat.seatCode, e.target.value)}>
                {options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </select>
              <span className="selection__price">{formatPrice(totalKopecks, lang)}</span>
              <button
                type="button"
                className="button button--link"
                onClick={() => onRemove(seat)}
                disabled={busy.has(seat.seatCode)}
                aria-label={t('seatmap.removeSeat', { seat: name })}
              >
                {t('seatmap.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="selection__total">
        {t('seatmap.total')} <strong data-testid="selection-total">{formatPrice(total, lang)}</strong>
      </p>
    </>
  );
}
