import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { translate } from '../i18n';
import { errorFieldMessages } from '../i18n/errors';
import { Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { ErrorMessage, FormError, Loading } from '../ui/Status';
import { useRequisites, useSaveRequisites, type Requisites } from './hooks';

/** The requisites in the order an invoice prints them; the multi-line ones get a text area. */
const FIELDS = [
  'legalName', 'inn', 'kpp', 'ogrn', 'legalAddress', 'bankName', 'bik', 'settlementAccount', 'correspondentAccount', 'phone', 'email', 'offerUrl',
] as const satisfies ReadonlyArray<keyof Requisites>;
type RequisiteField = (typeof FIELDS)[number];
type Draft = Record<RequisiteField, string>;

const MULTILINE: ReadonlySet<RequisiteField> = new Set(['legalName', 'legalAddress']);

/**
 * The text beside a field the API refused. The API names the field and says why in English
 * (its messages are for developers), so the few distinct reasons are recognised here and each
 * field has its own format description for the rest.
 */
function fieldErrorText(field: RequisiteField, message: string): string {
  if (/control key/.test(message)) return translate('settings.requisites.errors.controlKey');
  if (field === 'kpp' && /10-digit/.test(message)) return translate('settings.requisites.errors.kppRequired');
  if (field === 'kpp' && /must be empty/.test(message)) return translate('settings.requisites.errors.kppEmpty');
  if (/^is required/.test(message)) return translate('settings.requisites.errors.required');
  return translate(`settings.requisites.invalid.${field}`);
}

const toDraft = (requisites: Requisites): Draft => ({ ...requisites, kpp: requisites.kpp ?? '' });
const fromDraft = (draft: Draft): Requisites => ({ ...draft, kpp: draft.kpp.trim() === '' ? null : draft.kpp.trim() });

/** `/admin/settings/requisites`: the seller as every invoice and act names it. */
export function RequisitesPage() {
  const { t } = useTranslation();
  const requisites = useRequisites();
  return (
    <section className="card" aria-labelledby="requisites-title">
      <h2 id="requisites-title">{t('settings.requisites.title')}</h2>
      <p className="muted">{t('settings.requisites.text')}</p>
      {requisites.isPending && <Loading>{t('settings.loading')}</Loading>}
      {requisites.isError && <ErrorMessage error={requisites.error} onRetry={() => void requisites.refetch()} />}
      {requisites.data && <RequisitesForm saved={requisites.data} />}
    </section>
  );
}

function RequisitesForm({ saved }: { saved: Requisites }) {
  const { t } = useTranslation();
  const canWrite = useAuth().can('settings:write');
  const save = useSaveRequisites();
  const [draft, setDraft] = useState<Draft>(() => toDraft(saved));
  const problems = save.isError ? errorFieldMessages(save.error) : {};
  const labels = Object.fromEntries(FIELDS.map((field) => [field, t(`settings.requisites.fields.${field}`)]));

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    save.mutate(fromDraft(draft), { onSuccess: (result) => setDraft(toDraft(result)) });
  }

  return (
    // noValidate: the server checks formats and check digits and says why beside each field, in the user's language.
    <form className="form" noValidate onSubmit={submit}>
      <fieldset className="form__grid" disabled={!canWrite}>
        {FIELDS.map((field) => {
          const problem = problems[field];
          const props = {
            name: field,
            value: draft[field],
            onChange: (e: { target: { value: string } }) => {
              setDraft({ ...draft, [field]: e.target.value });
              if (save.isSuccess) save.reset();
            },
          };
          return (
            <Field
              key={field}
              label={labels[field]}
              hint={field === 'kpp' ? t('settings.requisites.kppHint') : undefined}
              error={problem === undefined ? undefined : fieldErrorText(field, problem)}
            >
              {MULTILINE.has(field) ? <textarea rows={2} {...props} /> : <input {...props} />}
            </Field>
          );
        })}
      </fieldset>
      {save.isError && <FormError error={save.error} labels={labels} />}
      {save.isSuccess && <Notice>{t('settings.requisites.saved')}</Notice>}
      {canWrite && (
        <div className="form__actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('common.save')}
          </button>
        </div>
      )}
    </form>
  );
}
