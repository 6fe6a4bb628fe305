import { ApiError, startCheckout, type CustomerSessionState } from '@prichal/sdk';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi } from '../account/session';
import type { EventDetail } from '../events/types';
import { useLang } from '../i18n';
import { errorText } from '../i18n/errors';
import { browserSessionId } from '../lib/session';
import { campaignUtm } from '../lib/utm';
import { orderKeys } from '../orders/hooks';
import { rememberOrder } from '../orders/orderAccess';
import type { CheckoutFormValues, FormErrors, FormField } from './CustomerForm';
import type { HeldItems } from './useHeldItems';
import { cleanCustomer, fieldOfApiPath, validateCustomer } from './validation';

const EMPTY_FORM: CheckoutFormValues = { fullName: '', email: '', phone: '', promoCode: '', consent: false };

/** A signed-in customer's details, filled in for them. */
function prefilled(account: CustomerSessionState): CheckoutFormValues {
  if (account.status !== 'signedIn') return EMPTY_FORM;
  const { fullName, email, phone } = account.customer;
  return { ...EMPTY_FORM, fullName: fullName ?? '', email, phone: phone ?? '' };
}
const FIELD_ORDER: FormField[] = ['fullName', 'email', 'phone', 'promoCode', 'consent'];

/** Field problems of an API 400 (or a refused promo code), shown beside their fields. */
function apiFieldErrors(error: unknown, t: ReturnType<typeof useTranslation>['t']): FormErrors | null {
  if (!(error instanceof ApiError)) return null;
  if (error.problem.code.startsWith('promo_code_')) return { promoCode: { text: errorText(t, error) } };
  const found: FormErrors = {};
  for (const issue of error.problem.errors ?? []) {
    const field = fieldOfApiPath(issue.path);
    if (field) found[field] = { problem: field === 'fullName' ? 'fullNameLetters' : field };
  }
  return Object.keys(found).length > 0 ? found : null;
}

interface CheckoutFormOptions {
  event: EventDetail;
  idempotencyKey: string;
  held: HeldItems;
  account: CustomerSessionState;
  onOrdered: (orderId: string) => void;
}

/**
 * The buyer's details and placing the order: validation first (focusing the first wrong field),
 * then one order per checkout key; the API's field problems come back beside their fields.
 */
export function useCheckoutForm({ event, idempotencyKey, held, account, onOrdered }: CheckoutFormOptions) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<CheckoutFormValues>(() => prefilled(account));
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const inputs = useRef(new Map<FormField, HTMLInputElement>());
  const refFor = useCallback(
    (field: FormField) => (element: HTMLInputElement | null) => {
      if (element) inputs.current.set(field, element);
      else inputs.current.delete(field);
    },
    [],
  );
  // One checkout, one key: double clicks and retries after a lost answer make one order. Sent
  // with the customer's login, when there is one, the order joins their account.
  const checkout = useMemo(() => startCheckout(accountApi, idempotencyKey), [idempotencyKey]);

  useEffect(() => {
    // A stored login finished renewing after the page opened: fill in what is still untouched.
    if (!touched && account.status === 'signedIn') setValues(prefilled(account));
  }, [account, touched]);

  const focusFirst = (found: FormErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) inputs.current.get(first)?.focus();
  };

  const change = (next: CheckoutFormValues) => {
    setTouched(true);
    setValues(next);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!held.ready) return;
    const problems = validateCustomer(values);
    const found: FormErrors = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, { problem }]));
    if (!values.consent) found.consent = { problem: 'consent' };
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setSubmitting(true);
    try {
      const utm = campaignUtm();
      const promoCode = values.promoCode.trim();
      const result = await checkout.placeOrder({
        sessionId: browserSessionId(),
        eventId: event.id,
        customer: cleanCustomer(values),
        locale: lang,
        ...(event.vessel.seatingMode === 'assigned' ? { seats: held.seatChoices } : {}),
        ...(promoCode ? { promoCode } : {}),
        ...(utm ? { utm } : {}),
      });
      rememberOrder(result.order.id, { token: result.accessToken, eventId: event.id });
      queryClient.setQueryData(orderKeys.detail(result.order.id), result.order);
      onOrdered(result.order.id);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error, t);
      if (fieldErrors) {
        setErrors(fieldErrors);
        focusFirst(fieldErrors);
      } else {
        setFailure(error);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return { values, errors, failure, submitting, refFor, change, submit };
}
