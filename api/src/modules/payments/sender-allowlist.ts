import { BlockList, isIP } from 'node:net';

/** YooKassa's published notification senders (see shared/reference/yookassa.md). */
export const YOOKASSA_SENDERS = [
  '185.71.76.0/27', '185.71.77.0/27', '77.75.153.0/25', '77.75.154.128/25', '77.75.156.11', '77.75.156.35', '2a02:5180::/32',
];

/**
 * Whether a webhook comes from an allowed sender. Node's BlockList does the CIDR matching for
 * IPv4 and IPv6 (and IPv4-mapped IPv6 addresses, as sockets report them).
 *
 * @example
 * senderAllowlist(YOOKASSA_SENDERS).allows('185.71.76.5') // true
 */
export function senderAllowlist(entries: string[]): { allows(ip: string | undefined): boolean } {
  const list = new BlockList();
  for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix) list.addSubnet(address, Number(prefix), family);
    else list.addAddress(address, family);
  }
  return {
    allows(ip) {
      if (!ip) return false;
      const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
      const family = isIP(plain);
      if (family === 0) return false;
      return list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}
