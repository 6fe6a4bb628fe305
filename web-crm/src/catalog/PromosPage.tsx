import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { formatDateTime, formatPrice } from '../i18n/format';
import { parseRubles, rublesInput } from '../lib/money';
import { fromMoscowInput, toMoscowInput } from '../lib/moscow';
import { Field } from '../ui/Field';
import { CrudPage, EditCard } from './CrudPage';
import { usePromos, useSavePromo } from './hooks';
import type { Promo } from './types';

/** `/admin/catalog/promo-codes`: discounts by code — a percentage or a fixed sum, with limits. */
export function PromosPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const promos = usePromos();
  const period = (p: Promo) =>
    [p.validFrom && t('catalog.promos.from', { at: formatDateTime(p.validFrom, lang) }), p.validUntil && t('catalog.promos.until', { at: formatDateTime(p.validUntil, lang) })]
      .filter(Boolean)
      .join(' ') || t('catalog.promos.always');
  return (
    <CrudPage<Promo>
      title={t('catalog.tabs.promo-codes')}
      addLabel={t('catalog.promos.add')}
      query={promos}
      columns={[
        { head: t('catalog.fields.code'), cell: (p) => <code>{p.code}</code> },
        {
          head: t('catalog.promos.discount'),
          cell: (p) => (p.kind === 'percent' ? `${p.percent ?? 0} %` : formatPrice(p.amountKopecks ?? 0, lang)),
          className: 'nowrap',
        },
        { head: t('catalog.promos.period'), cell: period },
        { head: t('catalog.promos.uses'), cell: (p) => `${p.usedCount}${p.maxUses ? ` / ${p.maxUses}` : ''}`, className: 'num' },
        { head: t('catalog.promos.sailings'), cell: (p) => (p.eventIds ? t('catalog.promos.someSailings', { count: p.eventIds.length }) : t('catalog.promos.allSailings')) },
        { head: t('catalog.promos.active'), cell: (p) => (p.active ? t('common.yes') : t('common.no')) },
      ]}
      renderForm={(item, close) => <PromoForm key={item?.id ?? 'new'} item={item} onClose={close} />}
    />
  );
}

const optionalInt = (value: string) => (value.trim() === '' ? null : Number(value));

function PromoForm({ item, onClose }: { item: Promo | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSavePromo();
  const [code, setCode] = useState(item?.code ?? '');
  const [kind, setKind] = useState<Promo['kind']>(item?.kind ?? 'percent');
  const [percent, setPercent] = useState(item?.percent ? String(item.percent) : '10');
  const [amount, setAmount] = useState(rublesInput(item?.amountKopecks));
  const [validFrom, setValidFrom] = useState(toMoscowInput(item?.validFrom));
  const [validUntil, setValidUntil] = useState(toMoscowInput(item?.validUntil));
  const [maxUses, setMaxUses] = useState(item?.maxUses ? String(item.maxUses) : '');
  const [perCustomer, setPerCustomer] = useState(item?.maxUsesPerCustomer ? String(item.maxUsesPerCustomer) : '');
  const [active, setActive] = useState(item?.active ?? true);
  const amountKopecks = parseRubles(amount);

  return (
    <EditCard
      title={item ? t('catalog.promos.edit') : t('catalog.promos.add')}
      busy={save.isPending}
      error={save.error}
      onCancel={onClose}
      onSubmit={() =>
        save.mutate(
          {
            ...(item ? { id: item.id } : {}),
            body: {
              code,
              kind,
              percent: kind === 'percent' ? Number(percent) : null,
              amountKopecks: kind === 'fixed' ? amountKopecks : null,
              validFrom: fromMoscowInput(validFrom),
              validUntil: fromMoscowInput(validUntil),
              maxUses: optionalInt(maxUses),
              maxUsesPerCustomer: optionalInt(perCustomer),
              active,
            },
          },
          { onSuccess: onClose },
        )
      }
    >
      <div className="form__grid">
        <Field label={t('catalog.fields.code')}>
          <input required pattern="[A-Za-z0-9_\-]{3,32}" disabled={item !== null} value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} />
        </Field>
        <Field label={t('catalog.promos.kind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value === 'fixed' ? 'fixed' : 'percent')}>
            <option value="percent">{t('catalog.promos.kinds.percent')}</option>
            <option value="fixed">{t('catalog.promos.kinds.fixed')}</option>
          </select>
        </Field>
        {kind === 'percent' ? (
          <Field label={t('catalog.promos.percent')}>
            <input type="number" min={1} max={100} required value={percent} onChange={(e) => setPercent(e.target.value)} />
          </Field>
        ) : (
          <Field label={t('catalog.promos.amount')} error={amount && amountKopecks === null ? t('catalog.badMoney') : undefined}>
            <input inputMode="decimal" required value={amount} onChange={(e) => setAmount(e.target.value)} />
          </Field>
        )}
        <Field label={t('catalog.promos.validFrom')}>
          <input type="datetime-local" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </Field>
        <Field label={t('catalog.promos.validUntil')}>
          <input type="datetime-local" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
        </Field>
        <Field label={t('catalog.promos.maxUses')}>
          <input type="number" min={1} value={maxUses} onChange={(e) => setMaxUses(e.target.value)} />
        </Field>
        <Field label={t('catalog.promos.maxUsesPerCustomer')}>
          <input type="number" min={1} value={perCustomer} onChange={(e) => setPerCustomer(e.target.value)} />
        </Field>
        <label className="field field--inline">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          <span>{t('catalog.promos.active')}</span>
        </label>
      </div>
      <p className="muted">{t('common.moscowTime')}</p>
    </EditCard>
  );
}
