import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { Notice } from '../ui/Notice';
import { ErrorMessage } from '../ui/Status';
import { useReplaceLayout } from './hooks';
import {
  addDeck, addRow, addSeat, addSection, getSeat, layoutProblems, removeDeck, removeRow, removeSeat, toggleFlag, updateSeat,
  type Seat, type SeatFlag, type SeatPath,
} from './layout-model';
import { SeatInspector } from './SeatInspector';
import { localized, type SeatCategory, type SeatLayout, type VesselDetail } from './types';

type Tool = 'select' | 'category' | SeatFlag | 'delete';
const TOOLS: readonly Tool[] = ['select', 'category', 'wheelchair', 'companion', 'restrictedView', 'delete'];
const FLAGS: readonly SeatFlag[] = ['wheelchair', 'companion', 'restrictedView'];
const FLAG_MARK: Record<SeatFlag, string> = { wheelchair: '♿', companion: '+', restrictedView: '◐' };
/** Category colours, in the categories' order (distinct in print and for most colour vision). */
export const CATEGORY_COLOURS = ['#cfe3f6', '#f9dcb6', '#d4ecd0', '#ead5f2', '#f6d0d5', '#e3e3b8', '#c9ecec', '#e0d7c8'];

/**
 * The visual seat-layout editor: decks as tabs, each section a grid of rows and seats placed by
 * their x/y, tools to paint categories and accessibility flags or remove seats, an inspector
 * for the chosen seat. Seats sold or held on upcoming sailings are marked and cannot be
 * removed; the plan is saved whole (PUT), and the API refuses a plan that drops one anyway.
 */
export function SeatLayoutEditor({ vessel, categories, canWrite }: { vessel: VesselDetail; categories: SeatCategory[]; canWrite: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useReplaceLayout(vessel.id);
  const [saved, setSaved] = useState<SeatLayout>(vessel.layout);
  const [layout, setLayout] = useState<SeatLayout>(vessel.layout);
  const [deck, setDeck] = useState(0);
  const [tool, setTool] = useState<Tool>('select');
  const [brush, setBrush] = useState(categories[0]?.id ?? '');
  const [selected, setSelected] = useState<SeatPath | null>(null);
  const taken = useMemo(() => new Set(vessel.takenSeats), [vessel.takenSeats]);
  const colour = (categoryId: string) => CATEGORY_COLOURS[Math.max(0, categories.findIndex((c) => c.id === categoryId)) % CATEGORY_COLOURS.length];
  const categoryName = (id: string) => localized(categories.find((c) => c.id === id)?.name, lang) || '?';
  const dirty = layout !== saved;
  const problems = layoutProblems(layout, vessel.takenSeats);
  const current = layout.decks[deck];
  const defaultCategory = brush || categories[0]?.id || '';

  function edit(next: SeatLayout) {
    setLayout(next);
    save.reset();
  }

  function clickSeat(path: SeatPath) {
    if (!canWrite || tool === 'select') return setSelected(path);
    if (tool === 'category' && brush) return edit(updateSeat(layout, path, { categoryId: brush }));
    if (tool === 'delete') {
      setSelected(null);
      return edit(removeSeat(layout, path, taken));
    }
    if (tool !== 'category') edit(toggleFlag(layout, path, tool));
  }

  function seatLabel(seat: Seat, rowLabel: string): string {
    const flags = FLAGS.filter((f) => seat[f]).map((f) => t(`catalog.layout.flags.${f}`));
    return [
      t('catalog.layout.seatName', { row: rowLabel, number: seat.number, code: seat.seatCode }),
      categoryName(seat.categoryId),
      ...flags,
      ...(taken.has(seat.seatCode) ? [t('catalog.layout.taken')] : []),
    ].join(', ');
  }

  return (
    <section className="card layout-editor" aria-labelledby="layout-title">
      <div className="page__head">
        <h2 id="layout-title">{t('catalog.layout.title')}</h2>
        <span className="muted">{t('catalog.layout.summary', { seats: layout.decks.flatMap((d) => d.sections.flatMap((s) => s.rows.flatMap((r) => r.seats))).length, taken: taken.size })}</span>
      </div>

      <div className="layout-editor__bar">
        <div className="tabs" role="tablist" aria-label={t('catalog.layout.decks')}>
          {layout.decks.map((d, i) => (
            <button key={i} type="button" role="tab" aria-selected={i === deck} className={i === deck ? 'tab active' : 'tab'} onClick={() => { setDeck(i); setSelected(null); }}>
              {localized(d.name, lang) || t('catalog.layout.deckN', { n: i + 1 })}
            </button>
          ))}
          {canWrite && (
            <button
              type="button"
              className="tab"
              onClick={() => {
                edit(addDeck(layout, { ru: `Палуба ${layout.decks.length + 1}`, en: `Deck ${layout.decks.length + 1}`, zh: null }, { rows: 3, seatsPerRow: 6, categoryId: defaultCategory }));
                setDeck(layout.decks.length);
              }}
            >
              + {t('catalog.layout.addDeck')}
            </button>
          )}
        </div>
        {canWrite && (
          <div className="layout-editor__tools" role="radiogroup" aria-label={t('catalog.layout.tool')}>
            {TOOLS.map((option) => (
              <label key={option} className="chip">
                <input type="radio" name="layout-tool" checked={tool === option} onChange={() => setTool(option)} />
                {t(`catalog.layout.tools.${option}`)}
              </label>
            ))}
            {tool === 'category' && (
              <select aria-label={t('catalog.layout.brush')} value={brush} onChange={(e) => setBrush(e.target.value)}>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {localized(c.name, lang)}
                  </option>
                ))}
              </select>
            )}
          </div>
        )}
      </div>

      <ul className="legend" aria-label={t('catalog.layout.legend')}>
        {categories.map((c) => (
          <li key={c.id}>
            <span className="seat seat--legend" style={{ background: colour(c.id) }} aria-hidden="true" /> {localized(c.name, lang)}
          </li>
        ))}
        {FLAGS.map((f) => (
          <li key={f}>
            <span aria-hidden="true">{FLAG_MARK[f]}</span> {t(`catalog.layout.flags.${f}`)}
          </li>
        ))}
        <li>
          <span className="seat seat--legend seat--taken" aria-hidden="true" /> {t('catalog.layout.taken')}
        </li>
      </ul>

      <div className="layout-editor__body">
        <div className="layout-editor__canvas">
          {current && canWrite && (
            <div className="form__actions">
              <button type="button" className="button button--secondary" onClick={() => edit(addSection(layout, deck, { ru: 'Салон', en: 'Salon', zh: null }, { rows: 2, seatsPerRow: 6, categoryId: defaultCategory }))}>
                + {t('catalog.layout.addSection')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={layout.decks.length === 1}
                onClick={() => {
                  edit(removeDeck(layout, deck, taken));
                  setDeck(0);
                  setSelected(null);
                }}
              >
                {t('catalog.layout.removeDeck')}
              </button>
            </div>
          )}
          {current?.sections.map((section, si) => {
            const seats = section.rows.flatMap((r) => r.seats);
            const minY = Math.min(...seats.map((s) => s.y), 0);
            const maxX = Math.max(...seats.map((s) => s.x), 0);
            const line = (y: number) => Math.round(y - minY) + 1;
            return (
              <div key={si} className="layout-section">
                <h3>{localized(section.name, lang)}</h3>
                <div className="layout-grid" role="grid" aria-label={localized(section.name, lang)}>
                  {section.rows.map((row, ri) => (
                    <div key={ri} role="row" className="layout-row">
                      <span role="rowheader" className="layout-row__label" style={{ gridColumn: 1, gridRow: line(row.seats[0]?.y ?? ri) }}>
                        {row.label}
                      </span>
                      {row.seats.map((seat, i) => {
                        const path = { deck, section: si, row: ri, seat: i };
                        const isSelected = selected?.deck === deck && selected.section === si && selected.row === ri && selected.seat === i;
                        return (
                          <button
                            key={seat.seatCode}
                            type="button"
                            role="gridcell"
                            className={`seat${taken.has(seat.seatCode) ? ' seat--taken' : ''}`}
                            style={{ gridColumn: Math.round(seat.x) + 2, gridRow: line(seat.y), background: colour(seat.categoryId) }}
                            aria-label={seatLabel(seat, row.label)}
                            aria-pressed={isSelected}
                            title={seatLabel(seat, row.label)}
                            onClick={() => clickSeat(path)}
                          >
                            {seat.number}
                            {FLAGS.filter((f) => seat[f]).map((f) => (
                              <span key={f} className="seat__flag" aria-hidden="true">
                                {FLAG_MARK[f]}
                              </span>
                            ))}
                          </button>
                        );
                      })}
                      {canWrite && (
                        <span className="layout-row__tools" style={{ gridColumn: Math.round(maxX) + 3, gridRow: line(row.seats[0]?.y ?? ri) }}>
                          <button type="button" className="button button--link" onClick={() => edit(addSeat(layout, deck, si, ri, defaultCategory))} aria-label={t('catalog.layout.addSeatTo', { row: row.label })}>
                            +
                          </button>
                          <button
                            type="button"
                            className="button button--link"
                            disabled={row.seats.some((s) => taken.has(s.seatCode))}
                            onClick={() => {
                              setSelected(null);
                              edit(removeRow(layout, deck, si, ri, taken));
                            }}
                            aria-label={t('catalog.layout.removeRow', { row: row.label })}
                          >
                            ×
                          </button>
                        </span>
                      )}
                    </div>
                  ))}
                </div>
                {canWrite && (
                  <button type="button" className="button button--secondary" onClick={() => edit(addRow(layout, deck, si, 6, defaultCategory))}>
                    + {t('catalog.layout.addRow')}
                  </button>
                )}
              </div>
            );
          })}
        </div>
        {selected && getSeat(layout, selected) && (
          <SeatInspector
            seat={getSeat(layout, selected)!}
            categories={categories}
            taken={taken.has(getSeat(layout, selected)!.seatCode)}
            canWrite={canWrite}
            onChange={(change) => edit(updateSeat(layout, selected, change))}
            onRemove={() => {
              edit(removeSeat(layout, selected, taken));
              setSelected(null);
            }}
            onClose={() => setSelected(null)}
          />
        )}
      </div>

      {problems.duplicates.length > 0 && <p className="status status--error">{t('catalog.layout.duplicates', { codes: problems.duplicates.join(', ') })}</p>}
      {problems.missingTaken.length > 0 && <p className="status status--error">{t('catalog.layout.missingTaken', { codes: problems.missingTaken.join(', ') })}</p>}
      {save.isError && <ErrorMessage error={save.error} />}
      {save.isSuccess && !dirty && <Notice>{t('catalog.layout.saved')}</Notice>}
      {canWrite && (
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={!dirty || save.isPending || problems.duplicates.length > 0 || problems.missingTaken.length > 0}
            onClick={() =>
              save.mutate(layout, {
                onSuccess: (detail) => {
                  setSaved(detail.layout);
                  setLayout(detail.layout);
                },
              })
            }
          >
            {t('catalog.layout.save')}
          </button>
          <button type="button" className="button button--secondary" disabled={!dirty} onClick={() => { setLayout(saved); setSelected(null); }}>
            {t('catalog.layout.discard')}
          </button>
          {dirty && <span className="muted">{t('catalog.layout.unsaved')}</span>}
        </div>
      )}
    </section>
  );
}
