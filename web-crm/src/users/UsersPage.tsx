import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { SECTIONS, type StaffUser } from '../auth/permissions';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { useUserList } from './hooks';
import { NewUserForm } from './NewUserForm';

/** What a user may see, in a few words: "Administrator", or the sections and levels. */
export function AccessSummary({ user }: { user: Pick<StaffUser, 'role' | 'grants'> }) {
  const { t } = useTranslation();
  if (user.role === 'administrator') return <>{t('users.allSections')}</>;
  const granted = SECTIONS.filter((s) => user.grants[s]);
  if (granted.length === 0) return <span className="muted">{t('users.noSections')}</span>;
  return (
    <>
      {granted
        .map((s) => `${t(`sections.${s}`)} (${t(`users.grants.${user.grants[s] ?? 'none'}`)})`)
        .join(', ')}
    </>
  );
}

/** `/admin/users`: staff accounts, their roles and access; new accounts for users:write. */
export function UsersPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const auth = useAuth();
  const list = useUserList();
  const [creating, setCreating] = useState(false);
  const users = list.data?.items ?? [];

  return (
    <section className="page" aria-labelledby="users-title">
      <div className="page__head">
        <h1 id="users-title">{t('users.title')}</h1>
        {auth.can('users:write') && !creating && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('users.new')}
          </button>
        )}
      </div>
      {creating && <NewUserForm onClose={() => setCreating(false)} />}

      {list.isPending && <Loading>{t('users.loading')}</Loading>}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && users.length === 0 && <Empty>{t('users.empty')}</Empty>}
      {users.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="users-title" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('users.columns.name')}</th>
                <th scope="col">{t('users.columns.email')}</th>
                <th scope="col">{t('users.columns.role')}</th>
                <th scope="col">{t('users.columns.access')}</th>
                <th scope="col">{t('users.columns.lastLogin')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className={user.active ? undefined : 'is-cancelled'}>
                  <th scope="row">
                    <Link to={`/users/${user.id}`}>{user.name}</Link>
                    {!user.active && <span className="badge">{t('users.inactive')}</span>}
                    {user.mustChangePassword && <span className="badge badge--info">{t('users.mustChange')}</span>}
                  </th>
                  <td>{user.email}</td>
                  <td>{t(`users.roles.${user.role}`)}</td>
                  <td>
                    <AccessSummary user={user} />
                  </td>
                  <td className="nowrap">{user.lastLoginAt ? formatDateTime(user.lastLoginAt, lang) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
