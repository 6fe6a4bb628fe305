import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { MIN_PASSWORD_LENGTH } from '../auth/ChangePasswordForm';
import type { Grants, StaffUser } from '../auth/permissions';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Notice } from '../ui/Notice';
import { ErrorMessage, Loading } from '../ui/Status';
import { GrantsEditor } from './GrantsEditor';
import { useResetPassword, useSetGrants, useUpdateUser, useUser } from './hooks';

/** `/admin/users/:userId`: one staff account — profile, role, active, access, a temporary password. */
export function UserPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const user = useUser(userId);

  return (
    <section className="page" aria-labelledby="user-title">
      <p>
        <Link to="/users">← {t('users.title')}</Link>
      </p>
      {user.isPending && <Loading>{t('users.loading')}</Loading>}
      {user.isError && <ErrorMessage error={user.error} onRetry={() => void user.refetch()} />}
      {user.data && <UserDetails key={user.data.id} user={user.data} />}
    </section>
  );
}

function UserDetails({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  const auth = useAuth();
  const writable = auth.can('users:write') && (user.role === 'manager' || auth.me?.role === 'administrator');
  const self = auth.me?.id === user.id;

  return (
    <>
      <div className="page__head">
        <h1 id="user-title">{user.name}</h1>
        <span className="muted">{user.email}</span>
        {!user.active && <span className="badge">{t('users.inactive')}</span>}
      </div>
      <dl className="facts">
        <dt>{t('users.columns.role')}</dt>
        <dd>{t(`users.roles.${user.role}`)}</dd>
        <dt>{t('users.columns.lastLogin')}</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, lang) : '—'}</dd>
        <dt>{t('users.created')}</dt>
        <dd>{formatDateTime(user.createdAt, lang)}</dd>
        {user.mustChangePassword && (
          <>
            <dt>{t('users.password')}</dt>
            <dd>{t('users.mustChange')}</dd>
          </>
        )}
      </dl>
      {writable && <ProfileForm user={user} self={self} />}
      {user.role === 'manager' && <GrantsForm user={user} writable={writable} />}
      {writable && !self && <ResetPasswordForm user={user} />}
    </>
  );
}

function ProfileForm({ user, self }: { user: StaffUser; self: boolean }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const update = useUpdateUser(user.id);
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState(user.role);
  const [active, setActive] = useState(user.active);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    update.mutate({
      ...(name.trim() !== user.name ? { name: name.trim() } : {}),
      ...(role !== user.role ? { role } : {}),
      ...(active !== user.active ? { active } : {}),
    });
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="profile-title">
      <h2 id="profile-title">{t('users.profile')}</h2>
      <div className="form__grid">
        <label className="field">
          <span className="field__label">{t('users.columns.name')}</span>
          <input name="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('users.columns.role')}</span>
          <select
            name="role"
            value={role}
            disabled={self || auth.me?.role !== 'administrator'}
            onChange={(e) => setRole(e.target.value === 'administrator' ? 'administrator' : 'manager')}
          >
            <option value="manager">{t('users.roles.manager')}</option>
            <option value="administrator">{t('users.roles.administrator')}</option>
          </select>
        </label>
        <label className="field field--inline">
          <input type="checkbox" name="active" checked={active} disabled={self} onChange={(e) => setActive(e.target.checked)} />
          <span>{t('users.active')}</span>
        </label>
      </div>
      {!active && user.active && <p className="muted">{t('users.deactivateNote')}</p>}
      {update.isError && <ErrorMessage error={update.error} fields={{ name: t('users.columns.name') }} />}
      {update.isSuccess && <Notice>{t('common.saved')}</Notice>}
      <div className="form__actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

function GrantsForm({ user, writable }: { user: StaffUser; writable: boolean }) {
  const { t } = useTranslation();
  const setGrants = useSetGrants(user.id);
  const [grants, setDraft] = useState<Grants>(user.grants);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setGrants.mutate(grants);
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="grants-title">
      <h2 id="grants-title">{t('users.grants.title')}</h2>
      <p className="muted">{t('users.grants.note')}</p>
      <GrantsEditor value={grants} onChange={setDraft} disabled={!writable} idPrefix="grants" />
      {setGrants.isError && <ErrorMessage error={setGrants.error} />}
      {setGrants.isSuccess && <Notice>{t('common.saved')}</Notice>}
      {writable && (
        <div className="form__actions">
          <button type="submit" className="button" disabled={setGrants.isPending}>
            {t('users.grants.save')}
          </button>
        </div>
      )}
    </form>
  );
}

function ResetPasswordForm({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const reset = useResetPassword(user.id);
  const [password, setPassword] = useState('');

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    reset.mutate(password, { onSuccess: () => setPassword('') });
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="reset-title">
      <h2 id="reset-title">{t('users.resetTitle')}</h2>
      <p className="muted">{t('users.resetNote')}</p>
      <label className="field">
        <span className="field__label">{t('users.temporaryPassword')}</span>
        <input
          name="temporaryPassword"
          type="text"
          autoComplete="off"
          required
          minLength={MIN_PASSWORD_LENGTH}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {reset.isError && <ErrorMessage error={reset.error} fields={{ password: t('users.temporaryPassword') }} />}
      {reset.isSuccess && <Notice>{t('users.resetDone')}</Notice>}
      <div className="form__actions">
        <button type="submit" className="button" disabled={reset.isPending}>
          {t('users.reset')}
        </button>
      </div>
    </form>
  );
}
