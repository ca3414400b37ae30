import net from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrSize, containsCidr, containsIp, firstHostAddress, formatIp, lastAddress, overlaps, parseCidr, parseIp, type Cidr } from '~/calculators/cidr';

const cidr = (text: string): Cidr => {
  const p = parseCidr(text);
  if (!p.ok) throw new Error(p.message);
  return p.value;
};

/** Arbitrary IPv4 CIDRs, written with host bits sometimes set. */
const v4 = fc.tuple(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 32 })).map(([o, p]) => cidr(`${o.join('.')}/${p}`));
/** Arbitrary IPv6 CIDRs. */
const v6 = fc.tuple(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 128 })).map(([h, p]) => cidr(`${h.map((x) => x.toString(16)).join(':')}/${p}`));
const any = fc.oneof(v4, v6);

describe('parseCidr', () => {
  it('normalises to the network address and flags host bits', () => {
    const c = cidr('10.0.0.5/16');
    expect([c.text, c.prefix, c.family, c.hostBitsSet]).toEqual(['10.0.0.0/16', 16, 'ipv4', true]);
    expect(cidr('fd12:3456:789a:1::/108').text).toBe('fd12:3456:789a:1::/108');
  });

  it.each([
    ['10.0.0.0/33', /prefix length 33 is longer than 32/],
    ['fd00::/129', /longer than 128/],
    ['10.0.0/8', /not an IP address/],
    ['010.0.0.0/8', /not an IP address/],
    ['10.0.0.0', /expected address\/prefix/],
    ['10.0.0.0/08', /whole number from 0 to 32/],
    ['', /is empty/],
  ])('rejects %s with a clear message', (text, message) => {
    const p = parseCidr(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.message).toMatch(message);
  });

  it('gives sizes, first host and last address', () => {
    expect(cidrSize(cidr('10.0.0.0/24'))).toBe(256);
    expect(formatIp(firstHostAddress(cidr('10.0.255.0/23'))!)).toBe('10.0.254.1');
    expect(formatIp(lastAddress(cidr('10.0.0.0/16')))).toBe('10.0.255.255');
    expect(formatIp(firstHostAddress(cidr('fd00::/64'))!)).toBe('fd00::1');
    expect(firstHostAddress(cidr('10.0.0.1/32'))).toBeUndefined();
  });
});

describe('containment and overlap', () => {
  it('works for IPv4 and IPv6 and never across families', () => {
    expect(overlaps(cidr('172.16.0.0/12'), cidr('172.30.0.0/16'))).toBe(true);
    expect(overlaps(cidr('10.0.0.0/16'), cidr('10.1.0.0/16'))).toBe(false);
    expect(overlaps(cidr('fd00::/8'), cidr('fd12:3456:789a::/64'))).toBe(true);
    expect(overlaps(cidr('0.0.0.0/0'), cidr('::/0'))).toBe(false);
    const ip = parseIp('10.0.0.10');
    expect(ip.ok && containsIp(cidr('10.0.0.0/16'), ip.value)).toBe(true);
  });

  it('overlap is symmetric', () => {
    fc.assert(fc.property(any, any, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });

  it('a range always overlaps and contains itself', () => {
    fc.assert(fc.property(any, (a) => overlaps(a, a) && containsCidr(a, a)));
  });

  it('contains implies overlaps', () => {
    fc.assert(fc.property(any, any, (a, b) => !containsCidr(a, b) || overlaps(a, b)));
  });

  it('a range contains every longer prefix of its network address', () => {
    fc.assert(
      fc.property(v4, fc.integer({ min: 0, max: 32 }), (a, extra) => {
        const longer = cidr(`${formatIp(a.network)}/${Math.min(32, a.prefix + extra)}`);
        return containsCidr(a, longer) && overlaps(longer, a);
      }),
    );
  });

  it('the two halves of a range never overlap each other', () => {
    fc.assert(
      fc.property(v4.filter((a) => a.prefix < 32), (a) => {
        const low = cidr(`${formatIp(a.network)}/${a.prefix + 1}`);
        const high = cidr(`${formatIp(lastAddress(a))}/${a.prefix + 1}`);
        return !overlaps(low, high) && containsCidr(a, low) && containsCidr(a, high);
      }),
    );
  });
});

describe('the address parser against Node and the WHATWG URL serializer', () => {
  const hexGroup = fc.integer({ min: 0, max: 0xffff }).map((g) => g.toString(16));
  /** IPv6 texts of every shape: full, with a "::" run, and with a dotted IPv4 tail. */
  const v6text = fc.oneof(
    fc.array(fc.oneof(hexGroup, fc.constant('0')), { minLength: 8, maxLength: 8 }).map((g) => g.join(':')),
    fc.tuple(fc.array(hexGroup, { maxLength: 3 }), fc.array(hexGroup, { maxLength: 3 })).map(([a, b]) => `${a.join(':')}::${b.join(':')}`),
    fc.tuple(fc.array(hexGroup, { minLength: 6, maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 })).map(([g, o]) => `${g.join(':')}:${o.join('.')}`),
  );

  it('reads every IPv6 address Node accepts, and writes it as the URL standard does (RFC 5952 compression)', () => {
    fc.assert(
      fc.property(v6text, (text) => {
        const parsed = parseIp(text);
        expect(parsed.ok).toBe(net.isIPv6(text));
        if (parsed.ok && !text.includes('.')) expect(`[${formatIp(parsed.value)}]`).toBe(new URL(`http://[${text}]/`).hostname);
      }),
    );
  });

  it('agrees with Node on which texts are addresses', () => {
    // Characters of addresses only: the parser trims spaces on purpose (typed text), Node does not.
    const noise = fc.array(fc.constantFrom(...'0123456789abcdef:.'), { maxLength: 20 }).map((c) => c.join(''));
    fc.assert(
      fc.property(noise, (text) => {
        expect(parseIp(text).ok).toBe(net.isIP(text) !== 0);
      }),
    );
  });
});
