import type { Schemas } from '@prichal/sdk';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { useLang } from '../i18n';
import { Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { ErrorMessage, Loading } from '../ui/Status';
import { useGeneralSettings, useSaveGeneralSettings, useSaveVatDefaults, useSaveVatRate, useVatSettings } from './hooks';

type VatMode = Schemas['VatMode'];
const VAT_MODES: readonly VatMode[] = ['included', 'excluded', 'none'];

/** `/admin/settings`: seat hold time, VAT defaults and rates; staff and their access live under Staff. */
export function SettingsPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <>
      <HoldSettings canWrite={auth.can('settings:write')} />
      <VatSettingsCard canWrite={auth.can('settings:write')} />
      {auth.can('users:read') && (
        <section className="card" aria-labelledby="settings-users-title">
          <h2 id="settings-users-title">{t('settings.users.title')}</h2>
          <p className="muted">{t('settings.users.text')}</p>
          <p>
            <Link to="/users">{t('settings.users.link')}</Link>
          </p>
        </section>
      )}
    </>
  );
}

function HoldSettings({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const settings = useGeneralSettings();
  const save = useSaveGeneralSettings();
  const [minutes, setMinutes] = useState<string | null>(null);
  const current = settings.data ? String(Math.round(settings.data.holdTtlSeconds / 60)) : '';
  const value = minutes ?? current;

  return (
    <form
      className="card form"
      aria-labelledby="hold-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ holdTtlSeconds: Number(value) * 60 }, { onSuccess: () => setMinutes(null) });
      }}
    >
      <h2 id="hold-title">{t('settings.hold.title')}</h2>
      {settings.isPending && <Loading>{t('settings.loading')}</Loading>}
      {settings.isError && <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <>
          <p className="muted">{t('settings.hold.text', { window: Math.round(settings.data.paymentWindowSeconds / 60) })}</p>
          <fieldset className="form__grid" disabled={!canWrite}>
            <Field label={t('settings.hold.minutes')} hint={t('settings.hold.default', { minutes: Math.round(settings.data.holdTtlDefaultSeconds / 60) })}>
              <input type="number" min={1} max={60} required value={value} onChange={(e) => setMinutes(e.target.value)} />
            </Field>
          </fieldset>
          {save.isError && <ErrorMessage error={save.error} />}
          {save.isSuccess && <Notice>{t('common.saved')}</Notice>}
          {canWrite && (
            <div className="form__actions">
              <button type="submit" className="button" disabled={save.isPending}>
                {t('common.save')}
              </button>
              <button type="button" className="button button--secondary" disabled={save.isPending} onClick={() => save.mutate({ holdTtlSeconds: null }, { onSuccess: () => setMinutes(null) })}>
                {t('settings.hold.useDefault')}
              </button>
            </div>
          )}
        </>
      )}
    </form>
  );
}

function VatSettingsCard({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const vat = useVatSettings();
  const saveDefaults = useSaveVatDefaults();
  const saveRate = useSaveVatRate();
  const [mode, setMode] = useState<VatMode | null>(null);
  const [percent, setPercent] = useState<string | null>(null);
  const data = vat.data;

  return (
    <section className="card form" aria-labelledby="vat-title">
      <h2 id="vat-title">{t('settings.vat.title')}</h2>
      {vat.isPending && <Loading>{t('settings.loading')}</Loading>}
      {vat.isError && <ErrorMessage error={vat.error} onRetry={() => void vat.refetch()} />}
      {data && (
        <>
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              saveDefaults.mutate({ defaultMode: mode ?? data.defaultMode, defaultPercent: Number(percent ?? data.defaultPercent) });
            }}
          >
            <p className="muted">{t('settings.vat.text')}</p>
            <fieldset className="form__grid" disabled={!canWrite}>
              <Field label={t('settings.vat.mode')}>
                <select value={mode ?? data.defaultMode} onChange={(e) => setMode(VAT_MODES.find((m) => m === e.target.value) ?? 'included')}>
                  {VAT_MODES.map((m) => (
                    <option key={m} value={m}>
                      {t(`settings.vat.modes.${m}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('settings.vat.percent')}>
                <select value={percent ?? String(data.defaultPercent)} onChange={(e) => setPercent(e.target.value)}>
                  {data.rates.filter((r) => r.active).map((r) => (
                    <option key={r.percent} value={r.percent}>
                      {r.percent} % — {(lang === 'en' && r.label.en) || r.label.ru}
                    </option>
                  ))}
                </select>
              </Field>
            </fieldset>
            {saveDefaults.isError && <ErrorMessage error={saveDefaults.error} />}
            {saveDefaults.isSuccess && <Notice>{t('common.saved')}</Notice>}
            {canWrite && (
              <div className="form__actions">
                <button type="submit" className="button" disabled={saveDefaults.isPending}>
                  {t('settings.vat.saveDefaults')}
                </button>
              </div>
            )}
          </form>
          <div className="table-wrap">
            <table className="table table--compact" aria-label={t('settings.vat.rates')}>
              <thead>
                <tr>
                  <th scope="col" className="num">{t('settings.vat.rate')}</th>
                  <th scope="col">{t('settings.vat.label')}</th>
                  <th scope="col">{t('settings.vat.active')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rates.map((rate) => (
                  <tr key={rate.percent}>
                    <td className="num">{rate.percent} %</td>
                    <td>{(lang === 'en' && rate.label.en) || rate.label.ru}</td>
                    <td>
                      <label className="field--inline">
                        <input
                          type="checkbox"
                          checked={rate.active}
                          disabled={!canWrite || saveRate.isPending}
                          onChange={(e) => saveRate.mutate({ percent: rate.percent, label: rate.label, active: e.target.checked })}
                        />
                        <span>{rate.active ? t('common.yes') : t('common.no')}</span>
                      </label>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {saveRate.isError && <ErrorMessage error={saveRate.error} />}
        </>
      )}
    </section>
  );
}
