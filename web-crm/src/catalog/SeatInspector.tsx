import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { Field } from '../ui/Field';
import type { Seat, SeatFlag } from './layout-model';
import { localized, type SeatCategory } from './types';

const FLAGS: readonly SeatFlag[] = ['wheelchair', 'companion', 'restrictedView'];

/** The chosen seat of the layout editor: its code, number, place, category and flags. */
export function SeatInspector({
  seat,
  categories,
  taken,
  canWrite,
  onChange,
  onRemove,
  onClose,
}: {
  seat: Seat;
  categories: SeatCategory[];
  taken: boolean;
  canWrite: boolean;
  onChange: (change: Partial<Seat>) => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <aside className="card inspector" aria-label={t('catalog.layout.inspector', { code: seat.seatCode })}>
      <div className="dialog__head">
        <h3>{t('catalog.layout.inspector', { code: seat.seatCode })}</h3>
        <button type="button" className="button button--link" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
      </div>
      {taken && <p className="action__reason">{t('catalog.layout.takenNote')}</p>}
      <fieldset className="form" disabled={!canWrite}>
        <Field label={t('catalog.layout.code')} hint={taken ? t('catalog.layout.codeFixed') : undefined}>
          <input value={seat.seatCode} disabled={taken} pattern="[A-Za-z0-9-]{1,32}" onChange={(e) => onChange({ seatCode: e.target.value })} />
        </Field>
        <Field label={t('catalog.layout.number')}>
          <input value={seat.number} maxLength={16} onChange={(e) => onChange({ number: e.target.value })} />
        </Field>
        <Field label={t('catalog.layout.category')}>
          <select value={seat.categoryId} onChange={(e) => onChange({ categoryId: e.target.value })}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {localized(c.name, lang)}
              </option>
            ))}
          </select>
        </Field>
        <div className="form__grid">
          <Field label="x">
            <input type="number" min={0} max={9999} step={0.5} value={seat.x} onChange={(e) => onChange({ x: Number(e.target.value) })} />
          </Field>
          <Field label="y">
            <input type="number" min={0} max={9999} step={0.5} value={seat.y} onChange={(e) => onChange({ y: Number(e.target.value) })} />
          </Field>
        </div>
        {FLAGS.map((flag) => (
          <label key={flag} className="field--inline">
            <input type="checkbox" checked={seat[flag] ?? false} onChange={(e) => onChange({ [flag]: e.target.checked })} />
            <span>{t(`catalog.layout.flags.${flag}`)}</span>
          </label>
        ))}
        <button type="button" className="button button--secondary" disabled={taken} onClick={onRemove}>
          {t('catalog.layout.removeSeat')}
        </button>
      </fieldset>
    </aside>
  );
}
