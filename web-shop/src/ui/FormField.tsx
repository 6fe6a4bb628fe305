import { forwardRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

interface Described {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function HintAndError({ id, hint, error }: Pick<Described, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint && (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}

/**
 * A labelled input with its hint and its error beside it, tied together for screen readers.
 *
 * @example
 * <FormField id="login-email" label={t('account.email')} type="email" error={errors.email} … />
 */
export const FormField = forwardRef<HTMLInputElement, Described & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>>(function FormField(
  { id, label, hint, error, ...input },
  ref,
) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
});

/** A labelled select, like FormField. */
export function SelectField({ id, label, hint, error, children, ...select }: Described & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {children}
      </select>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}
