import { forwardRef, type ChangeEvent, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField as LabelledInput } from '../ui/FormField';
import type { CustomerDetails, CustomerField, FieldProblem } from './validation';

export interface CheckoutFormValues extends CustomerDetails {
  promoCode: string;
  consent: boolean;
}

export type FormField = CustomerField | 'promoCode' | 'consent';
/** A field's problem: a validation rule, or a message (from the API) already in the user's language. */
export type FormErrors = Partial<Record<FormField, { problem: FieldProblem | 'consent' } | { text: string }>>;

type FieldProps = Omit<ComponentProps<typeof LabelledInput>, 'id' | 'name'> & { name: FormField };

/** A checkout field: the shared labelled input, with ids the page's error focus relies on. */
const Field = forwardRef<HTMLInputElement, FieldProps>(function Field({ name, ...props }, ref) {
  return <LabelledInput ref={ref} id={`checkout-${name}`} name={name} {...props} />;
});

/**
 * ФИО, email, phone, promo code and the consent to the offer and to personal-data processing
 * (152-FZ). Errors show beside their field; the links open in a new window so the form keeps
 * what was typed.
 */
export function CustomerForm({
  values,
  errors,
  onChange,
  firstInvalidRef,
}: {
  values: CheckoutFormValues;
  errors: FormErrors;
  onChange: (values: CheckoutFormValues) => void;
  firstInvalidRef: (field: FormField) => (element: HTMLInputElement | null) => void;
}) {
  const { t } = useTranslation();
  const message = (field: FormField): string | undefined => {
    const error = errors[field];
    if (!error) return undefined;
    return 'text' in error ? error.text : t(`checkout.errors.${error.problem}`);
  };
  const set = (field: keyof CheckoutFormValues) => (e: ChangeEvent<HTMLInputElement>) =>
    onChange({ ...values, [field]: field === 'consent' ? e.target.checked : e.target.value });
  const consentError = message('consent');

  return (
    <fieldset className="form">
      <legend>{t('checkout.buyer')}</legend>
      <Field
        ref={firstInvalidRef('fullName')}
        name="fullName"
        label={t('checkout.fullName')}
        hint={t('checkout.fullNameHint')}
        autoComplete="name"
        value={values.fullName}
        onChange={set('fullName')}
        error={message('fullName')}
        required
      />
      <Field
        ref={firstInvalidRef('email')}
        name="email"
        type="email"
        label={t('checkout.email')}
        hint={t('checkout.emailHint')}
        autoComplete="email"
        inputMode="email"
        value={values.email}
        onChange={set('email')}
        error={message('email')}
        required
      />
      <Field
        ref={firstInvalidRef('phone')}
        name="phone"
        type="tel"
        label={t('checkout.phone')}
        hint={t('checkout.phoneHint')}
        autoComplete="tel"
        value={values.phone}
        onChange={set('phone')}
        error={message('phone')}
        required
      />
      <Field
        ref={firstInvalidRef('promoCode')}
        name="promoCode"
        label={t('checkout.promoCode')}
        hint={t('checkout.promoHint')}
        autoComplete="off"
        maxLength={32}
        value={values.promoCode}
        onChange={set('promoCode')}
        error={message('promoCode')}
      />
      <div className={consentError ? 'field field--check field--invalid' : 'field field--check'}>
        <input
          ref={firstInvalidRef('consent')}
          id="checkout-consent"
          type="checkbox"
          checked={values.consent}
          onChange={set('consent')}
          aria-invalid={consentError ? true : undefined}
          aria-describedby={consentError ? 'checkout-consent-error' : undefined}
          required
        />
        <label htmlFor="checkout-consent">
          {t('checkout.consentStart')}{' '}
          <a href="/legal/offer" target="_blank" rel="noopener">
            {t('checkout.offer')}
            <span className="visually-hidden"> ({t('app.newWindow')})</span>
          </a>{' '}
          {t('checkout.consentMiddle')}{' '}
          <a href="/legal/privacy" target="_blank" rel="noopener">
            {t('checkout.privacy')}
            <span className="visually-hidden"> ({t('app.newWindow')})</span>
          </a>
          {t('checkout.consentEnd')}
        </label>
        {consentError && (
          <p id="checkout-consent-error" className="field__error">
            {consentError}
          </p>
        )}
      </div>
    </fieldset>
  );
}
