import type { CustomerProfile, UpdateCustomerProfileRequest } from '@prichal/sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isShopLang, type ShopLang } from '../i18n';
import { errorText } from '../i18n/errors';
import { FormField, SelectField } from '../ui/FormField';
import { apiFieldErrors, focusFirstError, type AccountFieldErrors } from './formErrors';
import { optionalNameError, optionalPhoneError } from './detailsErrors';
import { accountKeys } from './keys';
import { me, session } from './session';

export const MESSENGERS = ['none', 'max', 'telegram', 'whatsapp'] as const;
type Messenger = (typeof MESSENGERS)[number];
const isMessenger = (value: string): value is Messenger => (MESSENGERS as readonly string[]).includes(value);

interface Values {
  fullName: string;
  phone: string;
  preferredLang: ShopLang;
  preferredMessenger: Messenger;
  messengerHandle: string;
}

function valuesOf(profile: CustomerProfile): Values {
  return {
    fullName: profile.fullName ?? '',
    phone: profile.phone ?? '',
    preferredLang: profile.preferredLang,
    preferredMessenger: profile.preferredMessenger,
    messengerHandle: profile.messengerHandle ?? '',
  };
}

/** What PATCH /me gets: every field, empty ones cleared. */
function requestOf(values: Values): UpdateCustomerProfileRequest {
  const handle = values.messengerHandle.trim();
  return {
    fullName: values.fullName.trim() || null,
    phone: values.phone.trim() || null,
    preferredLang: values.preferredLang,
    preferredMessenger: values.preferredMessenger,
    messengerHandle: values.preferredMessenger === 'none' ? null : handle || null,
  };
}

/** ФИО, phone, the language of emails and messages, and the messenger notifications go to first. */
export function ProfileForm({ profile }: { profile: CustomerProfile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => valuesOf(profile));
  const [errors, setErrors] = useState<AccountFieldErrors>({});
  const save = useMutation({
    mutationFn: (body: UpdateCustomerProfileRequest) => me.updateMe(body),
    onSuccess: (saved) => {
      session.updateCustomer(saved);
      queryClient.setQueryData(accountKeys.profile(), saved);
    },
    onError: (failure) => {
      const fields = apiFieldErrors(t, failure);
      if (fields) {
        setErrors(fields);
        focusFirstError(form.current, fields);
      }
    },
  });
  const set = (field: keyof Values, value: string) => {
    setValues({ ...values, [field]: value });
    save.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: AccountFieldErrors = {};
    const name = optionalNameError(t, values.fullName);
    const phone = optionalPhoneError(t, values.phone);
    if (name) found.fullName = name;
    if (phone) found.phone = phone;
    if (values.preferredMessenger !== 'none' && values.messengerHandle.trim() === '') found.messengerHandle = t('checkout.errors.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError(form.current, found);
    save.mutate(requestOf(values));
  };

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate aria-labelledby="details-title">
      <h2 id="details-title">{t('account.profile.details')}</h2>
      <FormField
        id="profile-fullName"
        name="fullName"
        label={t('checkout.fullName')}
        hint={t('account.profile.fullNameHint')}
        autoComplete="name"
        value={values.fullName}
        onChange={(e) => set('fullName', e.target.value)}
        error={errors.fullName}
      />
      <FormField
        id="profile-phone"
        name="phone"
        type="tel"
        label={t('checkout.phone')}
        hint={t('checkout.phoneHint')}
        autoComplete="tel"
        value={values.phone}
        onChange={(e) => set('phone', e.target.value)}
        error={errors.phone}
      />
      <SelectField
        id="profile-lang"
        name="preferredLang"
        label={t('account.profile.lang')}
        hint={t('account.profile.langHint')}
        value={values.preferredLang}
        onChange={(e) => isShopLang(e.target.value) && set('preferredLang', e.target.value)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="profile-messenger"
        name="preferredMessenger"
        label={t('account.profile.messenger')}
        hint={t('account.profile.messengerHint')}
        value={values.preferredMessenger}
        onChange={(e) => isMessenger(e.target.value) && set('preferredMessenger', e.target.value)}
      >
        {MESSENGERS.map((code) => (
          <option key={code} value={code}>
            {t(`account.profile.messengers.${code}`)}
          </option>
        ))}
      </SelectField>
      {values.preferredMessenger !== 'none' && (
        <FormField
          id="profile-messengerHandle"
          name="messengerHandle"
          label={t('account.profile.handle')}
          hint={t(`account.profile.handleHints.${values.preferredMessenger}`)}
          autoComplete="off"
          maxLength={64}
          value={values.messengerHandle}
          onChange={(e) => set('messengerHandle', e.target.value)}
          error={errors.messengerHandle}
          required
        />
      )}
      <p role="status" className={save.isSuccess ? 'field__ok' : 'visually-hidden'}>
        {save.isSuccess ? t('account.profile.saved') : ''}
      </p>
      {save.isError && !apiFieldErrors(t, save.error) && (
        <div className="status status--error" role="alert">
          <p>{errorText(t, save.error)}</p>
        </div>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('account.profile.save')}
      </button>
    </form>
  );
}
