import type { Schemas } from '@prichal/sdk';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminOrder, OrderStatus } from './types';

export type ResendKind = Schemas['ResendOrderMessageRequest']['what'];

const PAID: readonly OrderStatus[] = ['PAID', 'PARTIALLY_REFUNDED'];

/**
 * What may be sent again for `order` (the API refuses the rest): a paid order's confirmation,
 * e-tickets and documents; a refunded order's documents (its refund acts); an unpaid order's
 * payment link once its payment was started.
 */
export function resendKinds(order: Pick<AdminOrder, 'status' | 'payment'>): ResendKind[] {
  if (PAID.includes(order.status)) return ['confirmation', 'tickets', 'documents'];
  if (order.status === 'REFUNDED') return ['documents'];
  if ((order.status === 'PENDING' || order.status === 'LOCKED') && order.payment.confirmationUrl) return ['payment_link'];
  return [];
}

/**
 * "Resend ▾": a menu of the messages that can go again; choosing one asks `onChoose` (which
 * confirms before sending). Arrow keys move between the items, Escape closes the menu.
 */
export function ResendMenu({ kinds, onChoose }: { kinds: ResendKind[]; onChoose: (kind: ResendKind) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    wrapper.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapper.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const items = [...(wrapper.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.findIndex((item) => item === document.activeElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      trigger.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    }
  }

  return (
    <div className="menu" ref={wrapper}>
      <button
        ref={trigger}
        type="button"
        className="button button--secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('orders.actions.resend')} ▾
      </button>
      {open && (
        <ul id={menuId} role="menu" className="menu__list" aria-label={t('orders.resend.what')} onKeyDown={onKeyDown}>
          {kinds.map((kind) => (
            <li key={kind} role="none">
              <button
                type="button"
                role="menuitem"
                onClick={() => {
                  setOpen(false);
                  onChoose(kind);
                }}
              >
                {t(`orders.resend.kinds.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
