import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { Field } from '../ui/Field';
import { LocalizedInput } from '../ui/LocalizedInput';
import { CrudPage, EditCard } from './CrudPage';
import { useBerths, useDeleteRoute, useRoutes, useSaveRoute } from './hooks';
import { cleanText, emptyText, localized, type Route } from './types';

/** `/admin/catalog/routes`: a route's stops in order, the first being where sailings depart. */
export function RoutesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const routes = useRoutes();
  const berths = useBerths();
  const remove = useDeleteRoute();
  const berthName = (id: string) => localized(berths.data?.find((b) => b.id === id)?.name, lang) || id;
  return (
    <CrudPage<Route>
      title={t('catalog.tabs.routes')}
      addLabel={t('catalog.routes.add')}
      query={routes}
      columns={[
        { head: t('catalog.fields.name'), cell: (r) => localized(r.name, lang) },
        { head: t('catalog.fields.duration'), cell: (r) => t('catalog.minutes', { count: r.durationMinutes }), className: 'nowrap' },
        { head: t('catalog.routes.stops'), cell: (r) => r.stops.map((s) => `${berthName(s.berthId)} (+${s.offsetMinutes})`).join(' → ') },
      ]}
      onDelete={{ run: (id) => remove.mutateAsync(id), label: (r) => localized(r.name, lang) }}
      renderForm={(route, close) => <RouteForm key={route?.id ?? 'new'} route={route} onClose={close} />}
    />
  );
}

type Stop = Route['stops'][number];

function RouteForm({ route, onClose }: { route: Route | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const berths = useBerths();
  const save = useSaveRoute();
  const [name, setName] = useState(route?.name ?? emptyText());
  const [description, setDescription] = useState(route?.description ?? { ru: '', en: null, zh: null });
  const [duration, setDuration] = useState(String(route?.durationMinutes ?? 60));
  const [stops, setStops] = useState<Stop[]>(route?.stops ?? []);
  const firstFree = berths.data?.find((b) => !stops.some((s) => s.berthId === b.id))?.id;

  const setStop = (index: number, stop: Partial<Stop>) => setStops(stops.map((s, i) => (i === index ? { ...s, ...stop } : s)));
  const move = (index: number, by: number) => {
    const next = [...stops];
    const [stop] = next.splice(index, 1);
    if (stop) next.splice(index + by, 0, stop);
    setStops(next);
  };

  return (
    <EditCard
      title={route ? t('catalog.routes.edit') : t('catalog.routes.add')}
      busy={save.isPending}
      error={save.error}
      onCancel={onClose}
      onSubmit={() =>
        save.mutate(
          {
            ...(route ? { id: route.id } : {}),
            body: { name: cleanText(name), description: cleanText(description), durationMinutes: Number(duration), stops },
          },
          { onSuccess: onClose },
        )
      }
    >
      <div className="grid-2">
        <LocalizedInput name="name" label={t('catalog.fields.name')} value={name} onChange={setName} />
        <LocalizedInput name="description" label={t('catalog.fields.description')} value={description} onChange={setDescription} multiline required={false} />
      </div>
      <Field label={t('catalog.fields.durationMinutes')}>
        <input type="number" min={1} max={10080} required value={duration} onChange={(e) => setDuration(e.target.value)} />
      </Field>
      <fieldset className="fieldset">
        <legend>{t('catalog.routes.stops')}</legend>
        <ol className="stops">
          {stops.map((stop, index) => (
            <li key={`${stop.berthId}-${index}`} className="stops__row">
              <select
                aria-label={t('catalog.routes.stopBerth', { n: index + 1 })}
                value={stop.berthId}
                onChange={(e) => setStop(index, { berthId: e.target.value })}
              >
                {berths.data?.map((b) => (
                  <option key={b.id} value={b.id}>
                    {localized(b.name, lang)}
                  </option>
                ))}
              </select>
              <label>
                +
                <input
                  type="number"
                  min={0}
                  max={10080}
                  aria-label={t('catalog.routes.stopOffset', { n: index + 1 })}
                  value={stop.offsetMinutes}
                  onChange={(e) => setStop(index, { offsetMinutes: Number(e.target.value) })}
                />{' '}
                {t('catalog.min')}
              </label>
              <button type="button" className="button button--link" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('catalog.moveUp')}>
                ↑
              </button>
              <button type="button" className="button button--link" disabled={index === stops.length - 1} onClick={() => move(index, 1)} aria-label={t('catalog.moveDown')}>
                ↓
              </button>
              <button type="button" className="button button--link" onClick={() => setStops(stops.filter((_, i) => i !== index))}>
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          disabled={!firstFree}
          onClick={() => firstFree && setStops([...stops, { berthId: firstFree, offsetMinutes: stops.length === 0 ? 0 : (stops.at(-1)?.offsetMinutes ?? 0) + 15 }])}
        >
          {t('catalog.routes.addStop')}
        </button>
      </fieldset>
    </EditCard>
  );
}
