/** React Query keys of the account pages. */
export const accountKeys = {
  all: ['account'] as const,
  profile: () => [...accountKeys.all, 'profile'] as const,
  orderLists: () => [...accountKeys.all, 'orders'] as const,
  orders: (lang: string) => [...accountKeys.orderLists(), lang] as const,
  order: (id: string) => [...accountKeys.all, 'order', id] as const,
  documents: (orderId: string) => [...accountKeys.all, 'documents', orderId] as const,
  qr: (orderId: string, ticketId: string) => [...accountKeys.all, 'qr', orderId, ticketId] as const,
  /** Emailed links work once: their answer is kept for the page's life, never asked twice. */
  verification: (token: string) => [...accountKeys.all, 'verify', token] as const,
  emailChange: (token: string) => [...accountKeys.all, 'email-change', token] as const,
};
