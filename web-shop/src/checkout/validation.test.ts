import { describe, expect, it } from '@jest/globals';
import { CustomerInput } from '../../../api/src/modules/orders/orders.schemas';
import { normalizePhone as apiNormalizePhone } from '../../../api/src/platform/phone';
import { cleanCustomer, fieldOfApiPath, validateCustomer, type CustomerDetails } from './validation';

const valid: CustomerDetails = { fullName: 'Иванова Мария Петровна', email: 'maria@example.ru', phone: '8 (921) 123-45-67' };

/** Field by field: does the API accept it? (the order request's customer, as the shop sends it) */
function apiVerdict(details: CustomerDetails): Record<keyof CustomerDetails, boolean> {
  const sent = cleanCustomer(details);
  const parsed = CustomerInput.safeParse(sent);
  const bad = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
  return { fullName: !bad.has('fullName'), email: !bad.has('email'), phone: !bad.has('phone') && apiNormalizePhone(sent.phone) !== null };
}

function shopVerdict(details: CustomerDetails): Record<keyof CustomerDetails, boolean> {
  const problems = validateCustomer(details);
  return { fullName: !problems.fullName, email: !problems.email, phone: !problems.phone };
}

const cases: Array<[string, Partial<CustomerDetails>]> = [
  ['a complete buyer', {}],
  ['a Latin name', { fullName: 'John Smith' }],
  ['a Chinese name', { fullName: '王小明' }],
  ['a one-letter name', { fullName: 'Я' }],
  ['digits for a name', { fullName: '12345' }],
  ['a blank name', { fullName: '   ' }],
  ['a 201-letter name', { fullName: 'а'.repeat(201) }],
  ['an address with spaces around', { email: '  maria@example.ru ' }],
  ['an address without a domain', { email: 'maria@' }],
  ['an address with a one-letter TLD', { email: 'maria@example.r' }],
  ['an address with a plus', { email: 'maria+boat@example.ru' }],
  ['a phone with +7', { phone: '+7 921 123-45-67' }],
  ['a phone without the country code', { phone: '9211234567' }],
  ['a Chinese mobile', { phone: '+86 138 0013 8000' }],
  ['too few digits', { phone: '8 921 123' }],
  ['letters for a phone', { phone: 'call me' }],
  ['a number that does not exist', { phone: '+7 000 000-00-00' }],
];

describe('customer details are checked as the API checks them', () => {
  it.each(cases)('%s', (_name, change) => {
    const details = { ...valid, ...change };
    expect(shopVerdict(details)).toEqual(apiVerdict(details));
  });

  it('says what is wrong with each field', () => {
    expect(validateCustomer({ fullName: '1', email: 'x', phone: '' })).toEqual({ fullName: 'fullNameShort', email: 'email', phone: 'required' });
    expect(validateCustomer(valid)).toEqual({});
  });

  it('reads the field an API 400 names', () => {
    expect(fieldOfApiPath('body.customer.phone')).toBe('phone');
    expect(fieldOfApiPath('body.promoCode')).toBeNull();
  });
});
