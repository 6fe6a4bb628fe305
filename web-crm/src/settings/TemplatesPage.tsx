import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { translateOr } from '../i18n';
import { ErrorMessage, Loading } from '../ui/Status';
import { useTemplates, type NotificationTemplate } from './hooks';
import { TEMPLATE_CHANNELS, TEMPLATE_LOCALES, TEMPLATE_TYPES, templatePath } from './templates';

/**
 * `/admin/settings/templates`: every message type against language × channel; each cell opens
 * its editor and says whether staff changed the shipped text.
 */
export function TemplatesPage() {
  const { t } = useTranslation();
  const templates = useTemplates();
  const byId = new Map((templates.data ?? []).map((tpl) => [`${tpl.type}/${tpl.locale}/${tpl.channel}`, tpl]));

  return (
    <section className="card" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('settings.templates.title')}</h2>
      <p className="muted">{t('settings.templates.text')}</p>
      {templates.isPending && <Loading>{t('settings.loading')}</Loading>}
      {templates.isError && <ErrorMessage error={templates.error} onRetry={() => void templates.refetch()} />}
      {templates.data && (
        <div className="table-wrap">
          <table className="table table--compact" aria-labelledby="templates-title">
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>{t('settings.templates.type')}</th>
                {TEMPLATE_LOCALES.map((locale) => (
                  <th key={locale} scope="colgroup" colSpan={TEMPLATE_CHANNELS.length} className="center">
                    {t(`settings.templates.locales.${locale}`)}
                  </th>
                ))}
              </tr>
              <tr>
                {TEMPLATE_LOCALES.flatMap((locale) =>
                  TEMPLATE_CHANNELS.map((channel) => (
                    <th key={`${locale}-${channel}`} scope="col">
                      {t(`messages.channels.${channel}`)}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {TEMPLATE_TYPES.map((type) => {
                const typeName = translateOr(`messages.types.${type}`, type);
                return (
                  <tr key={type}>
                    <th scope="row">{typeName}</th>
                    {TEMPLATE_LOCALES.flatMap((locale) =>
                      TEMPLATE_CHANNELS.map((channel) => (
                        <td key={`${locale}-${channel}`}>
                          <TemplateCell template={byId.get(`${type}/${locale}/${channel}`)} label={`${typeName}: ${t(`settings.templates.locales.${locale}`)}, ${t(`messages.channels.${channel}`)}`} />
                        </td>
                      )),
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function TemplateCell({ template, label }: { template: NotificationTemplate | undefined; label: string }) {
  const { t } = useTranslation();
  // Account mail (verification, password reset) goes by email only: no messenger text exists.
  if (!template) return <span className="muted" title={t('settings.templates.none')}>—</span>;
  return (
    <>
      <Link to={templatePath(template.type, template.locale, template.channel)} aria-label={label}>
        {t('common.edit')}
      </Link>
      {template.updatedBy && <span className="badge badge--info">{t('settings.templates.changed')}</span>}
    </>
  );
}
