import type { Schemas } from '@prichal/sdk';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { fromMoscowInput, toMoscowInput } from '../lib/moscow';
import { Field } from '../ui/Field';
import { LocalizedInput } from '../ui/LocalizedInput';
import { useRoutes, useSeatCategories, useTicketTypes, useVessel, useVessels } from './hooks';
import { PriceListEditor, priceDraftOf, priceListOf, type PriceDraft } from './PriceListEditor';
import { cleanText, emptyText, localized, type Sailing, type SeatCategory, type VatMode } from './types';

export interface SailingFormValue {
  details: Schemas['UpdateSailingRequest'] & Pick<Schemas['CreateSailingRequest'], 'kind' | 'title' | 'description' | 'routeId' | 'vesselId' | 'startsAt'>;
  prices: Schemas['SailingPriceList'] | null;
}

/** The seat categories a vessel's layout uses: each needs a price on its sailings. */
export function useVesselCategories(vesselId: string): { general: boolean; categories: SeatCategory[] } {
  const vessel = useVessel(vesselId);
  const categories = useSeatCategories();
  if (!vessel.data) return { general: false, categories: [] };
  if (vessel.data.seatingMode === 'general') return { general: true, categories: [] };
  const used = new Set(vessel.data.layout.decks.flatMap((d) => d.sections.flatMap((s) => s.rows.flatMap((r) => r.seats.map((seat) => seat.categoryId)))));
  return { general: false, categories: (categories.data ?? []).filter((c) => used.has(c.id)) };
}

/**
 * A sailing's details (and, for a new one, its price list): kind, titles, route, vessel, the
 * departure in Moscow time, and VAT — the catalog default or its own.
 */
export function SailingForm({
  sailing,
  withPrices,
  disabled,
  onSubmit,
  children,
}: {
  sailing: Sailing | null;
  withPrices: boolean;
  disabled?: boolean;
  onSubmit: (value: SailingFormValue) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const routes = useRoutes();
  const vessels = useVessels();
  const ticketTypes = useTicketTypes();
  const [kind, setKind] = useState<Sailing['kind']>(sailing?.kind ?? 'excursion');
  const [title, setTitle] = useState(sailing?.title ?? emptyText());
  const [description, setDescription] = useState(sailing?.description ?? { ru: '', en: null, zh: null });
  const [routeId, setRouteId] = useState(sailing?.routeId ?? '');
  const [vesselId, setVesselId] = useState(sailing?.vesselId ?? '');
  const [startsAt, setStartsAt] = useState(toMoscowInput(sailing?.startsAt));
  const [endsAt, setEndsAt] = useState(sailing ? toMoscowInput(sailing.endsAt) : '');
  const [ownVat, setOwnVat] = useState(sailing?.vat !== null && sailing?.vat !== undefined);
  const [vatMode, setVatMode] = useState<VatMode>(sailing?.vat?.mode ?? 'included');
  const [vatPercent, setVatPercent] = useState(String(sailing?.vat?.percent ?? 20));
  const [prices, setPrices] = useState<PriceDraft>(priceDraftOf({ ticketTypes: [], prices: [] }));
  const [priceError, setPriceError] = useState(false);
  const { general, categories } = useVesselCategories(vesselId);

  function submit() {
    const start = fromMoscowInput(startsAt);
    if (!start) return;
    const end = fromMoscowInput(endsAt);
    let list: SailingFormValue['prices'] = null;
    if (withPrices) {
      list = priceListOf(prices, general ? [null] : categories.map((c) => c.id));
      setPriceError(list === null);
      if (list === null) return;
    }
    onSubmit({
      details: {
        kind,
        title: cleanText(title),
        description: cleanText(description),
        routeId,
        vesselId,
        startsAt: start,
        ...(end ? { endsAt: end } : {}),
        vat: ownVat ? { mode: vatMode, percent: Number(vatPercent) } : null,
      },
      prices: list,
    });
  }

  return (
    <form
      className="card form"
      aria-label={t('catalog.sailings.details')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="form" disabled={disabled}>
        <div className="grid-2">
          <LocalizedInput name="title" label={t('catalog.sailings.titleField')} value={title} onChange={setTitle} />
          <LocalizedInput name="description" label={t('catalog.fields.description')} value={description} onChange={setDescription} multiline required={false} />
        </div>
        <div className="form__grid">
          <Field label={t('catalog.sailings.kind')}>
            <select value={kind} onChange={(e) => setKind(e.target.value === 'event' ? 'event' : 'excursion')}>
              <option value="excursion">{t('catalog.sailings.kinds.excursion')}</option>
              <option value="event">{t('catalog.sailings.kinds.event')}</option>
            </select>
          </Field>
          <Field label={t('orders.sailing.route')}>
            <select required value={routeId} onChange={(e) => setRouteId(e.target.value)}>
              <option value="">—</option>
              {routes.data?.map((r) => (
                <option key={r.id} value={r.id}>
                  {localized(r.name, lang)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('orders.sailing.vessel')}>
            <select required value={vesselId} onChange={(e) => setVesselId(e.target.value)}>
              <option value="">—</option>
              {vessels.data?.map((v) => (
                <option key={v.id} value={v.id}>
                  {localized(v.name, lang)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('catalog.sailings.startsAt')}>
            <input type="datetime-local" required value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
          </Field>
          <Field label={t('catalog.sailings.endsAt')} hint={t('catalog.sailings.endsAtHint')}>
            <input type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>{t('catalog.sailings.vat')}</legend>
          <label className="field--inline">
            <input type="radio" name="vat" checked={!ownVat} onChange={() => setOwnVat(false)} />
            <span>{t('catalog.sailings.vatDefault')}</span>
          </label>
          <label className="field--inline">
            <input type="radio" name="vat" checked={ownVat} onChange={() => setOwnVat(true)} />
            <span>{t('catalog.sailings.vatOwn')}</span>
          </label>
          {ownVat && (
            <div className="form__grid">
              <Field label={t('settings.vat.mode')}>
                <select value={vatMode} onChange={(e) => setVatMode(e.target.value === 'none' ? 'none' : e.target.value === 'excluded' ? 'excluded' : 'included')}>
                  <option value="included">{t('settings.vat.modes.included')}</option>
                  <option value="excluded">{t('settings.vat.modes.excluded')}</option>
                  <option value="none">{t('settings.vat.modes.none')}</option>
                </select>
              </Field>
              <Field label={t('settings.vat.percent')}>
                <input type="number" min={0} max={100} value={vatPercent} onChange={(e) => setVatPercent(e.target.value)} />
              </Field>
            </div>
          )}
        </fieldset>
        {withPrices && vesselId && ticketTypes.data && (
          <PriceListEditor value={prices} onChange={setPrices} ticketTypes={ticketTypes.data} categories={categories} general={general} />
        )}
        {priceError && <p className="field__error">{t('catalog.badMoney')}</p>}
      </fieldset>
      {children}
    </form>
  );
}
