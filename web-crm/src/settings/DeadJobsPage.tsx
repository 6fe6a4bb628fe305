import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { translate, translateOr, useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Notice } from '../ui/Notice';
import { Empty, ErrorMessage, Loading, useErrorText } from '../ui/Status';
import { useDeadJobs, useReplayJob, type DeadJob } from './hooks';

/** What a job did, in words: a message of a known type, the order's documents, else its topic. */
function jobName(topic: string): string {
  const [family = '', rest = ''] = topic.split('.', 2);
  if (family === 'notification') {
    return translate('settings.jobs.message', { type: translateOr(`messages.types.${rest}`, translate('settings.jobs.anyMessage')) });
  }
  if (family === 'documents') return translate('settings.jobs.documents');
  return topic;
}

/**
 * `/admin/settings/jobs`: background jobs (messages, documents…) that failed every attempt,
 * and a Replay for each that runs it again from the first attempt (settings:write).
 */
export function DeadJobsPage() {
  const { t } = useTranslation();
  const jobs = useDeadJobs();
  return (
    <section className="card" aria-labelledby="jobs-title">
      <div className="page__head">
        <h2 id="jobs-title">{t('settings.jobs.title')}</h2>
        <button type="button" className="button button--secondary" disabled={jobs.isFetching} onClick={() => void jobs.refetch()}>
          {t('settings.jobs.refresh')}
        </button>
      </div>
      <p className="muted">{t('settings.jobs.text')}</p>
      {jobs.isPending && <Loading>{t('settings.loading')}</Loading>}
      {jobs.isError && <ErrorMessage error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.data && (jobs.data.length === 0 ? <Empty>{t('settings.jobs.none')}</Empty> : <DeadJobTable jobs={jobs.data} />)}
    </section>
  );
}

function DeadJobTable({ jobs }: { jobs: DeadJob[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const auth = useAuth();
  const errorText = useErrorText();
  const replay = useReplayJob();
  const canReplay = auth.can('settings:write');

  return (
    <>
      {replay.isSuccess && <Notice>{t('settings.jobs.replayed', { job: jobName(replay.data.topic) })}</Notice>}
      {replay.isError && (
        <p className="field__error" role="alert">
          {errorText(replay.error)}
        </p>
      )}
      <div className="table-wrap">
        <table className="table table--compact" aria-labelledby="jobs-title">
          <thead>
            <tr>
              <th scope="col">{t('settings.jobs.job')}</th>
              <th scope="col">{t('settings.jobs.order')}</th>
              <th scope="col">{t('settings.jobs.error')}</th>
              <th scope="col">{t('settings.jobs.createdAt')}</th>
              <th scope="col">{t('settings.jobs.deadAt')}</th>
              {canReplay && <th scope="col"><span className="visually-hidden">{t('settings.jobs.replay')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id}>
                <td>
                  {jobName(job.topic)}
                  <div className="muted">
                    <code>{job.topic}</code>
                  </div>
                </td>
                <td>
                  {job.orderId === null ? '—' : auth.can('orders:read') ? <Link to={`/orders/${job.orderId}`}>{t('settings.jobs.openOrder')}</Link> : <code>{job.orderId}</code>}
                </td>
                <td className="break">{job.lastError ?? '—'}</td>
                <td className="nowrap">{formatDateTime(job.createdAt, lang)}</td>
                <td className="nowrap">{formatDateTime(job.deadAt, lang)}</td>
                {canReplay && (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={replay.isPending}
                      aria-label={t('settings.jobs.replayOne', { job: jobName(job.topic), at: formatDateTime(job.deadAt, lang) })}
                      onClick={() => replay.mutate(job.id)}
                    >
                      {t('settings.jobs.replay')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
