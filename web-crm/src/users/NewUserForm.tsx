import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { MIN_PASSWORD_LENGTH } from '../auth/ChangePasswordForm';
import type { Grants, StaffUser } from '../auth/permissions';
import { Field } from '../ui/Field';
import { ErrorMessage } from '../ui/Status';
import { GrantsEditor } from './GrantsEditor';
import { useCreateUser } from './hooks';

/** A new staff account with a first password (changed at the first sign-in) and its access. */
export function NewUserForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const create = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffUser['role']>('manager');
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState<Grants>({});

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    create.mutate(
      { name: name.trim(), email: email.trim(), role, password, ...(role === 'manager' ? { grants } : {}) },
      { onSuccess: (user) => void navigate(`/users/${user.id}`) },
    );
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('users.new')}</h2>
      <div className="form__grid">
        <label className="field">
          <span className="field__label">{t('users.columns.name')}</span>
          <input name="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('users.columns.email')}</span>
          <input name="email" type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('users.columns.role')}</span>
          <select name="role" value={role} onChange={(e) => setRole(e.target.value === 'administrator' ? 'administrator' : 'manager')}>
            <option value="manager">{t('users.roles.manager')}</option>
            {auth.me?.role === 'administrator' && <option value="administrator">{t('users.roles.administrator')}</option>}
          </select>
        </label>
        <Field label={t('users.firstPassword')} hint={t('users.firstPasswordHint', { count: MIN_PASSWORD_LENGTH })}>
          <input
            name="password"
            type="text"
            required
            autoComplete="off"
            minLength={MIN_PASSWORD_LENGTH}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
      </div>
      {role === 'manager' && (
        <fieldset className="fieldset">
          <legend>{t('users.grants.title')}</legend>
          <GrantsEditor value={grants} onChange={setGrants} idPrefix="new-user" />
        </fieldset>
      )}
      {create.isError && (
        <ErrorMessage
          error={create.error}
          fields={{ name: t('users.columns.name'), email: t('users.columns.email'), password: t('users.firstPassword') }}
        />
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('users.create')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
