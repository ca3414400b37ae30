import ipaddr from 'ipaddr.js';

/** An IPv4 or IPv6 address as ipaddr.js parses it. */
export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;

/** Address family of a range or address. */
export type IpFamily = 'ipv4' | 'ipv6';

/** A parsed CIDR range. */
export interface Cidr {
  /** The range written with its network address, e.g. `10.0.0.0/16`. */
  text: string;
  /** The text as given, e.g. `10.0.0.5/16`. */
  input: string;
  family: IpFamily;
  prefix: number;
  /** 32 for IPv4, 128 for IPv6. */
  bits: number;
  /** The first address of the range. */
  network: IpAddress;
  /** True when the given address is not the network address (host bits set). */
  hostBitsSet: boolean;
}

/** Either a value or a message saying why the text is not one. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Parses a single address strictly (dotted decimal for IPv4, no zone id for IPv6). */
export function parseIp(text: string): Parsed<IpAddress> {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'is empty; expected an IP address such as 10.0.0.10' };
  if (ipaddr.IPv4.isValidFourPartDecimal(t)) return { ok: true, value: ipaddr.IPv4.parse(t) };
  if (t.includes(':') && !t.includes('%') && ipaddr.IPv6.isValid(t)) return { ok: true, value: ipaddr.IPv6.parse(t) };
  return { ok: false, message: `"${t}" is not an IP address; expected dotted decimal such as 10.0.0.10 or IPv6 such as fd00::10` };
}

/** Parses `address/prefix` strictly; the message says what is wrong, e.g. a prefix longer than 32. */
export function parseCidr(text: string): Parsed<Cidr> {
  const t = text.trim();
  const shown = `"${t}" is not a valid CIDR`;
  if (t === '') return { ok: false, message: 'is empty; expected a CIDR such as 10.0.0.0/16' };
  const parts = t.split('/');
  if (parts.length !== 2) return { ok: false, message: `${shown}: expected address/prefix, such as 10.0.0.0/16` };
  const [addressText = '', prefixText = ''] = parts;
  const address = parseIp(addressText);
  if (!address.ok) return { ok: false, message: `${shown}: ${address.message}` };
  const family = address.value.kind();
  const bits = family === 'ipv4' ? 32 : 128;
  if (!/^(0|[1-9]\d{0,2})$/.test(prefixText)) return { ok: false, message: `${shown}: the prefix length must be a whole number from 0 to ${bits}` };
  const prefix = Number(prefixText);
  if (prefix > bits) {
    return { ok: false, message: `${shown}: prefix length ${prefix} is longer than ${bits}, the ${family === 'ipv4' ? 'IPv4' : 'IPv6'} maximum` };
  }
  const normalised = `${address.value.toString()}/${prefix}`;
  const network =
    family === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(normalised) : ipaddr.IPv6.networkAddressFromCIDR(normalised);
  return {
    ok: true,
    value: {
      text: `${network.toString()}/${prefix}`,
      input: t,
      family,
      prefix,
      bits,
      network,
      hostBitsSet: network.toString() !== address.value.toString(),
    },
  };
}

/** Number of addresses in a prefix of the given length (2^(bits - prefix)); exact up to 2^53. */
export function addressCount(prefix: number, bits = 32): number {
  return 2 ** (bits - prefix);
}

/** Number of addresses in a range. */
export function cidrSize(cidr: Cidr): number {
  return addressCount(cidr.prefix, cidr.bits);
}

/** True when the address lies inside the range (false across families). */
export function containsIp(cidr: Cidr, ip: IpAddress): boolean {
  return ip.kind() === cidr.family && ip.match(cidr.network, cidr.prefix);
}

/** True when `inner` lies wholly inside `outer` (a range contains itself). */
export function containsCidr(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.prefix <= inner.prefix && containsIp(outer, inner.network);
}

/** True when two ranges share an address; for CIDRs that means one contains the other. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return containsCidr(a, b) || containsCidr(b, a);
}

/** True when two addresses are the same address of the same family. */
export function sameIp(a: IpAddress, b: IpAddress): boolean {
  return a.kind() === b.kind() && a.toNormalizedString() === b.toNormalizedString();
}

/** The address after the network address (e.g. 10.0.0.1 in 10.0.0.0/16), or undefined for a one-address range. */
export function firstHostAddress(cidr: Cidr): IpAddress | undefined {
  if (cidr.prefix >= cidr.bits) return undefined;
  // ipaddr.js has no increment; add one to the byte array, carrying.
  const bytes = cidr.network.toByteArray();
  for (let i = bytes.length - 1; i >= 0; i--) {
    const next = (bytes[i] ?? 0) + 1;
    bytes[i] = next & 0xff;
    if (next <= 0xff) break;
  }
  return ipaddr.fromByteArray(bytes);
}

/** The last address of the range (the IPv4 broadcast address). */
export function lastAddress(cidr: Cidr): IpAddress {
  const text = `${cidr.network.toString()}/${cidr.prefix}`;
  return cidr.family === 'ipv4' ? ipaddr.IPv4.broadcastAddressFromCIDR(text) : ipaddr.IPv6.broadcastAddressFromCIDR(text);
}

/** Writes an address the way people read it (IPv6 compressed per RFC 5952). */
export function formatIp(ip: IpAddress): string {
  return ip.kind() === 'ipv6' ? (ip as ipaddr.IPv6).toRFC5952String() : ip.toString();
}
