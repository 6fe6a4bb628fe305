import { BlockList, isIP } from 'node:net';

/** A set of IP addresses and CIDR ranges, IPv4 and IPv6. */
export interface IpList {
  has(ip: string | null | undefined): boolean;
}

/** "::ffff:10.0.0.1", as dual-stack sockets report IPv4 peers, is 10.0.0.1. */
export function plainIp(ip: string): string {
  return ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}

/** Whether `entry` is an address or a CIDR range `ipList` accepts. */
export function isIpOrCidr(entry: string): boolean {
  const [address = '', prefix, extra] = entry.trim().split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 6 ? 128 : 32);
}

/**
 * Node's BlockList does the CIDR matching.
 *
 * @example
 * ipList(['185.71.76.0/27', '2a02:5180::/32']).has('185.71.76.5') // true
 */
export function ipList(entries: string[]): IpList {
  const list = new BlockList();
  for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix) list.addSubnet(address, Number(prefix), family);
    else list.addAddress(address, family);
  }
  return {
    has(ip) {
      if (!ip) return false;
      const plain = plainIp(ip);
      const family = isIP(plain);
      if (family === 0) return false;
      return list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}
