import type { TFunction } from 'i18next';
import { fullNameProblem, phoneProblem } from '../checkout/validation';

/** ФИО and phone may stay empty in an account; when given they follow the checkout's rules. */
export function optionalNameError(t: TFunction, value: string): string | undefined {
  const problem = value.trim() === '' ? undefined : fullNameProblem(value);
  return problem ? t(`checkout.errors.${problem}`) : undefined;
}

export function optionalPhoneError(t: TFunction, value: string): string | undefined {
  const problem = value.trim() === '' ? undefined : phoneProblem(value);
  return problem ? t(`checkout.errors.${problem}`) : undefined;
}
