/** An IPv4 or IPv6 address as a number. */
export interface IpAddress {
  number: bigint;
  version: 4 | 6;
}

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

/** The family of an address. */
export function familyOf(ip: IpAddress): IpFamily {
  return ip.version === 4 ? 'ipv4' : 'ipv6';
}

/** Parses a single address strictly: dotted decimal without leading zeros for IPv4, no zone id for IPv6. */
export function parseIp(text: string): Parsed<IpAddress> {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'is empty; expected an IP address such as 10.0.0.10' };
  const v4 = parseV4(t);
  if (v4 !== undefined) return { ok: true, value: { number: v4, version: 4 } };
  const v6 = t.includes(':') ? parseV6(t) : undefined;
  if (v6 !== undefined) return { ok: true, value: { number: v6, version: 6 } };
  return { ok: false, message: `"${t.length > 60 ? `${t.slice(0, 57)}...` : t}" is not an IP address; expected dotted decimal such as 10.0.0.10 or IPv6 such as fd00::10` };
}

// A compact parser rather than a library: the calculators ship in every calculator page, whose script
// budget an IP library would take a tenth of. The strictness (no leading zeros, no zone ids) and the
// RFC 5952 output are covered by test/unit/calculators/cidr.test.ts.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const V4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** Dotted decimal without leading zeros, as a number; undefined when the text is not one. */
function parseV4(text: string): bigint | undefined {
  if (!V4.test(text)) return undefined;
  return text.split('.').reduce((n, octet) => (n << 8n) | BigInt(octet), 0n);
}

/** The 16-bit groups of one side of `::`; the last group of the address may be dotted decimal. */
function groupsOf(text: string, last: boolean): number[] | undefined {
  if (text === '') return [];
  const out: number[] = [];
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (last && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseV4(part);
      if (v4 === undefined) return undefined;
      out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (HEX_GROUP.test(part)) out.push(parseInt(part, 16));
    else return undefined;
  }
  return out;
}

/** An IPv6 address (compressed or not, with an optional dotted IPv4 tail) as a number. */
function parseV6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '', true) : [];
  if (!head || !tail) return undefined;
  const count = head.length + tail.length;
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  return [...head, ...Array<number>(8 - count).fill(0), ...tail].reduce((n, g) => (n << 16n) | BigInt(g), 0n);
}

const bitsOf = (version: 4 | 6) => (version === 4 ? 32 : 128);

/** The first address of the range of `prefix` bits around an address. */
function networkOf(ip: IpAddress, prefix: number): IpAddress {
  const host = BigInt(bitsOf(ip.version) - prefix);
  return { number: (ip.number >> host) << host, version: ip.version };
}

/** Parses `address/prefix` strictly; the message says what is wrong, e.g. a prefix longer than 32. */
export function parseCidr(text: string): Parsed<Cidr> {
  const t = text.trim();
  const shown = `"${t.length > 60 ? `${t.slice(0, 57)}...` : t}" is not a valid CIDR`;
  if (t === '') return { ok: false, message: 'is empty; expected a CIDR such as 10.0.0.0/16' };
  const parts = t.split('/');
  if (parts.length !== 2) return { ok: false, message: `${shown}: expected address/prefix, such as 10.0.0.0/16` };
  const [addressText = '', prefixText = ''] = parts;
  const address = parseIp(addressText);
  if (!address.ok) return { ok: false, message: `${shown}: ${address.message}` };
  const family = familyOf(address.value);
  const bits = bitsOf(address.value.version);
  if (!/^(0|[1-9]\d{0,2})$/.test(prefixText)) return { ok: false, message: `${shown}: the prefix length must be a whole number from 0 to ${bits}` };
  const prefix = Number(prefixText);
  if (prefix > bits) {
    return { ok: false, message: `${shown}: prefix length ${prefix} is longer than ${bits}, the ${family === 'ipv4' ? 'IPv4' : 'IPv6'} maximum` };
  }
  const network = networkOf(address.value, prefix);
  return {
    ok: true,
    value: { text: `${formatIp(network)}/${prefix}`, input: t, family, prefix, bits, network, hostBitsSet: network.number !== address.value.number },
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

/** The first and last address of a range as integers, for fast overlap tests over many ranges. */
export function cidrBounds(cidr: Cidr): { start: bigint; end: bigint } {
  const start = cidr.network.number;
  return { start, end: start + (1n << BigInt(cidr.bits - cidr.prefix)) - 1n };
}

/** True when the address lies inside the range (false across families). */
export function containsIp(cidr: Cidr, ip: IpAddress): boolean {
  return familyOf(ip) === cidr.family && networkOf(ip, cidr.prefix).number === cidr.network.number;
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
  return a.version === b.version && a.number === b.number;
}

/** The address after the network address (e.g. 10.0.0.1 in 10.0.0.0/16), or undefined for a one-address range. */
export function firstHostAddress(cidr: Cidr): IpAddress | undefined {
  if (cidr.prefix >= cidr.bits) return undefined;
  return { number: cidr.network.number + 1n, version: cidr.network.version };
}

/** The last address of the range (the IPv4 broadcast address). */
export function lastAddress(cidr: Cidr): IpAddress {
  return { number: cidrBounds(cidr).end, version: cidr.network.version };
}

/** Writes an address the way people read it: dotted decimal, or IPv6 compressed per RFC 5952. */
export function formatIp(ip: IpAddress): string {
  if (ip.version === 4) return [24n, 16n, 8n, 0n].map((shift) => String((ip.number >> shift) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip.number >> BigInt(112 - 16 * i)) & 0xffffn));
  // The longest run of two or more zero groups (the first on a tie) becomes "::".
  let start = -1;
  let length = 0;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > length && j - i >= 2) [start, length] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = (list: number[]) => list.map((g) => g.toString(16)).join(':');
  return start < 0 ? hex(groups) : `${hex(groups.slice(0, start))}::${hex(groups.slice(start + length))}`;
}
