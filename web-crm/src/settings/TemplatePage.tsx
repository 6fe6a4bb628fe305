import { ApiError } from '@prichal/sdk';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/ErrorPages';
import { useAuth } from '../auth/AuthProvider';
import { translate, translateOr, useLang } from '../i18n';
import { errorFieldMessages } from '../i18n/errors';
import { formatDateTime } from '../i18n/format';
import { Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { ErrorMessage, FormError, Loading } from '../ui/Status';
import { useSaveTemplate, useTemplate, type NotificationTemplate, type TemplateId } from './hooks';
import { isTemplateChannel, isTemplateLocale, isTemplateType } from './templates';

type Part = 'subject' | 'bodyText' | 'bodyHtml';
type Draft = Record<Part, string>;

/** `/admin/settings/templates/:type/:locale/:channel`: one message's texts. */
export function TemplatePage() {
  const { type, locale, channel } = useParams();
  if (!isTemplateType(type) || !isTemplateLocale(locale) || !isTemplateChannel(channel)) return <NotFoundPage />;
  return <TemplateLoader id={{ type, locale, channel }} />;
}

function TemplateLoader({ id }: { id: TemplateId }) {
  const { t } = useTranslation();
  const template = useTemplate(id);
  const title = t('settings.templates.editTitle', {
    type: translateOr(`messages.types.${id.type}`, id.type),
    locale: t(`settings.templates.locales.${id.locale}`),
    channel: t(`messages.channels.${id.channel}`),
  });
  return (
    <section className="card" aria-labelledby="template-title">
      <p>
        <Link to="/settings/templates">← {t('settings.templates.title')}</Link>
      </p>
      <h2 id="template-title">{title}</h2>
      {template.isPending && <Loading>{t('settings.loading')}</Loading>}
      {template.isError && <ErrorMessage error={template.error} onRetry={() => void template.refetch()} />}
      {template.data && <TemplateForm key={`${id.type}/${id.locale}/${id.channel}`} id={id} template={template.data} />}
    </section>
  );
}

/**
 * Why the API refused a part, in the user's language. Placeholder problems name the
 * placeholders after a colon ("unknown placeholders: password"); the problem code says which.
 */
function partErrorText(error: unknown, message: string): string {
  const code = error instanceof ApiError ? error.problem.code : '';
  const names = message.replace(/^[^:]*:\s*/, '');
  if (code === 'template_placeholder_unknown') return translate('settings.templates.errors.unknown', { placeholders: names });
  if (code === 'template_placeholder_missing') return translate('settings.templates.errors.missing', { placeholders: names });
  if (code === 'template_placeholder_malformed') return translate('settings.templates.errors.malformed', { fragments: names });
  if (/^is required/.test(message)) return translate('settings.templates.errors.required');
  return translate('settings.templates.errors.invalid');
}

function TemplateForm({ id, template }: { id: TemplateId; template: NotificationTemplate }) {
  const { t } = useTranslation();
  const lang = useLang();
  const canWrite = useAuth().can('settings:write');
  const save = useSaveTemplate(id);
  const isEmail = id.channel === 'email';
  const parts: Part[] = isEmail ? ['subject', 'bodyText', 'bodyHtml'] : ['bodyText'];
  const [draft, setDraft] = useState<Draft>({ subject: template.subject ?? '', bodyText: template.bodyText, bodyHtml: template.bodyHtml ?? '' });
  const [lastPart, setLastPart] = useState<Part>('bodyText');
  const controls = useRef<Partial<Record<Part, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const problems = save.isError ? errorFieldMessages(save.error) : {};
  const labels: Record<Part, string> = {
    subject: t('settings.templates.subject'),
    bodyText: isEmail ? t('settings.templates.bodyText') : t('settings.templates.messengerText'),
    bodyHtml: t('settings.templates.bodyHtml'),
  };

  function change(part: Part, value: string) {
    setDraft((current) => ({ ...current, [part]: value }));
    if (save.isSuccess) save.reset();
  }

  /** Puts `{{name}}` where the caret was in the part edited last. */
  function insert(name: string) {
    const control = controls.current[lastPart];
    const value = draft[lastPart];
    const start = control?.selectionStart ?? value.length;
    const end = control?.selectionEnd ?? start;
    const token = `{{${name}}}`;
    change(lastPart, `${value.slice(0, start)}${token}${value.slice(end)}`);
    requestAnimationFrame(() => {
      control?.focus();
      control?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    save.mutate(isEmail ? { subject: draft.subject, bodyText: draft.bodyText, bodyHtml: draft.bodyHtml } : { bodyText: draft.bodyText });
  }

  return (
    <div className="editor">
      <form className="form editor__main" noValidate onSubmit={submit}>
        <p className="muted">
          {template.updatedBy
            ? t('settings.templates.updated', { at: formatDateTime(template.updatedAt, lang), by: template.updatedBy })
            : t('settings.templates.shipped')}
        </p>
        <fieldset className="form" disabled={!canWrite}>
          {parts.map((part) => {
            const problem = problems[part];
            const props = {
              name: part,
              value: draft[part],
              onFocus: () => setLastPart(part),
              onChange: (e: { target: { value: string } }) => change(part, e.target.value),
            };
            return (
              <Field key={part} label={labels[part]} error={problem === undefined ? undefined : partErrorText(save.error, problem)}>
                {part === 'subject' ? (
                  <input {...props} ref={(el) => {
                      controls.current[part] = el;
                    }} />
                ) : (
                  <textarea rows={part === 'bodyHtml' ? 12 : 8} className="code" {...props} ref={(el) => {
                      controls.current[part] = el;
                    }} />
                )}
              </Field>
            );
          })}
        </fieldset>
        {save.isError && <FormError error={save.error} labels={labels} />}
        {save.isSuccess && <Notice>{t('common.saved')}</Notice>}
        {canWrite && (
          <div className="form__actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {t('common.save')}
            </button>
          </div>
        )}
      </form>
      <PlaceholderHelp template={template} onInsert={canWrite ? insert : undefined} />
    </div>
  );
}

/** The placeholders this type may use, with what each becomes; a click puts one in the text. */
function PlaceholderHelp({ template, onInsert }: { template: NotificationTemplate; onInsert: ((name: string) => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <aside className="editor__help" aria-labelledby="placeholders-title">
      <h3 id="placeholders-title">{t('settings.templates.placeholders')}</h3>
      <p className="muted">{t('settings.templates.placeholdersText', { example: '{{orderNumber}}' })}</p>
      <ul className="placeholders">
        {template.placeholders.map((name) => (
          <li key={name}>
            {onInsert ? (
              <button type="button" className="button button--link" onClick={() => onInsert(name)} title={t('settings.templates.insert')}>
                <code>{`{{${name}}}`}</code>
              </button>
            ) : (
              <code>{`{{${name}}}`}</code>
            )}{' '}
            {template.requiredPlaceholders.includes(name) && <span className="badge">{t('settings.templates.required')}</span>}
            <div className="muted">{translateOr(`settings.templates.placeholderNames.${name}`, name)}</div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
