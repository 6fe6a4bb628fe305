import { ipList } from '../../platform/http/ip-list';

/** YooKassa's published notification senders (see shared/reference/yookassa.md). */
export const YOOKASSA_SENDERS = [
  '185.71.76.0/27', '185.71.77.0/27', '77.75.153.0/25', '77.75.154.128/25', '77.75.156.11', '77.75.156.35', '2a02:5180::/32',
];

/**
 * Whether a webhook comes from an allowed sender (IPv4, IPv6 and IPv4-mapped IPv6 addresses,
 * as sockets report them).
 *
 * @example
 * senderAllowlist(YOOKASSA_SENDERS).allows('185.71.76.5') // true
 */
export function senderAllowlist(entries: string[]): { allows(ip: string | undefined): boolean } {
  const list = ipList(entries);
  return { allows: (ip) => list.has(ip) };
}
