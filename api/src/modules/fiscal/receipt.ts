import type { PaymentMode, Receipt, TaxSystemCode, VatCode } from '../payments/yookassa.types';
import { toAmount } from '../payments/yookassa.types';
import type { PaymentRequest } from '../payments/payment-gateway';

/**
 * The 54-FZ vat_code of a line. Prices on receipts always include VAT, so a VAT-excluded
 * product maps like an included one at its rate. Prepayment receipts use the calculated
 * rates (20/120 …), full payment the plain ones.
 */
export function vatCodeOf(mode: 'none' | 'included' | 'excluded', percent: number, paymentMode: PaymentMode): VatCode {
  if (mode === 'none') return 1;
  const prepayment = paymentMode !== 'full_payment';
  switch (percent) {
    case 0:
      return 2;
    case 10:
      return prepayment ? 5 : 3;
    case 20:
      return prepayment ? 6 : 4;
    case 22:
      return prepayment ? 12 : 11;
    default:
      throw new RangeError(`No 54-FZ VAT code for ${percent} %`);
  }
}

/**
 * The receipt YooKassa registers for a payment or refund: one item per order line, its
 * amount the line's total, a ticket sold as a service.
 */
export function buildReceipt(
  lines: PaymentRequest['lines'],
  customer: PaymentRequest['customer'],
  settings: { paymentMode: PaymentMode; taxSystemCode?: TaxSystemCode | undefined },
): Receipt {
  return {
    customer: { full_name: customer.fullName, email: customer.email, phone: customer.phone.replace(/^\+/, '') },
    items: lines.map((line) => ({
      description: line.description.slice(0, 128),
      quantity: 1,
      amount: toAmount(line.totalKopecks),
      vat_code: vatCodeOf(line.vatMode, line.vatPercent, settings.paymentMode),
      payment_mode: settings.paymentMode,
      payment_subject: 'service',
    })),
    ...(settings.taxSystemCode ? { tax_system_code: settings.taxSystemCode } : {}),
  };
}
