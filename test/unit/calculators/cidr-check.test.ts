import { describe, expect, it } from 'vitest';
import { cidrCheck } from '~/calculators/cidr-check';
import { codes, errorFields, limits, ok } from './helpers';

describe('cidr-check worked examples (fact sheet 7)', () => {
  it('pod CIDR 172.16.0.0/12 contains the reserved 172.30.0.0/16 and 172.31.0.0/16', () => {
    const r = ok(cidrCheck({ podCidr: '172.16.0.0/12' }, limits));
    const f = r.findings.find((x) => x.code === 'reserved-range');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/172\.30\.0\.0\/16 and 172\.31\.0\.0\/16/);
    expect(f?.message).toMatch(/\(source: aks-cni-overview/);
  });

  it.each([
    ['10.0.0.0/12', true],
    ['10.0.0.0/13', false],
    ['fd12:3456:789a:1::/108', false],
    ['fd12:3456:789a:1::/107', true],
  ])('service CIDR %s too large: %s', (serviceCidr, tooLarge) => {
    expect(codes(ok(cidrCheck({ serviceCidr }, limits)), 'error').includes('service-cidr-too-large')).toBe(tooLarge);
  });

  it.each([
    ['10.1.0.10', 'dns-outside-service-cidr'],
    ['10.0.0.0', 'dns-network-address'],
    ['10.0.0.1', 'dns-first-address'],
    ['10.0.0.10', undefined],
  ])('DNS IP %s in 10.0.0.0/16 -> %s', (dnsServiceIp, code) => {
    const errors = codes(ok(cidrCheck({ serviceCidr: '10.0.0.0/16', dnsServiceIp }, limits)), 'error');
    expect(errors).toEqual(code ? [code] : []);
  });

  it('checks the IPv6 DNS IP against the IPv6 service CIDR', () => {
    const r = ok(cidrCheck({ serviceCidr: ['10.0.0.0/16', 'fd12:3456:789a:1::/108'], dnsServiceIp: 'fd12:3456:789a:1::1' }, limits));
    expect(codes(r, 'error')).toEqual(['dns-first-address']);
  });

  it('checks a DNS IP alone against the default service CIDR', () => {
    const r = ok(cidrCheck({ dnsServiceIp: '10.0.0.10' }, limits));
    expect(codes(r)).toEqual(['default-service-cidr']);
  });

  it('reports overlapping pairs by name, IPv4 and IPv6', () => {
    const r = ok(
      cidrCheck(
        {
          vnetCidrs: ['10.0.0.0/8', 'fd00:1::/48'],
          nodeSubnet: '10.240.0.0/16',
          podCidr: ['10.244.0.0/16', 'fd00:1:0:1::/64'],
          serviceCidr: ['10.240.0.0/20', 'fd12::/108'],
          peeredCidrs: ['192.168.0.0/16'],
          onPremCidrs: '192.168.10.0/24',
        },
        limits,
      ),
    );
    expect(r.overlaps).toEqual([
      { a: 'vnetCidrs[0]', b: 'podCidr[0]' },
      { a: 'vnetCidrs[0]', b: 'serviceCidr[0]' },
      { a: 'vnetCidrs[1]', b: 'podCidr[1]' },
      { a: 'nodeSubnet', b: 'serviceCidr[0]' },
      { a: 'peeredCidrs[0]', b: 'onPremCidrs' },
    ]);
    const severity = (a: string, b: string) => r.findings.find((f) => f.code === 'overlap' && f.message.startsWith(`${a} `) && f.message.includes(` ${b} `))?.severity;
    expect(severity('nodeSubnet', 'serviceCidr[0]')).toBe('error');
    expect(severity('vnetCidrs[0]', 'serviceCidr[0]')).toBe('warning');
    expect(severity('vnetCidrs[1]', 'podCidr[1]')).toBe('warning');
  });

  it('pod CIDR against the node subnet is an error', () => {
    const r = ok(cidrCheck({ nodeSubnet: '10.244.1.0/24', podCidr: '10.244.0.0/16' }, limits));
    expect(r.overlaps).toEqual([{ a: 'nodeSubnet', b: 'podCidr' }]);
    expect(codes(r, 'error')).toEqual(['overlap']);
  });

  it('a subnet outside the VNet is an error; a subnet inside it is not an overlap', () => {
    expect(codes(ok(cidrCheck({ vnetCidrs: '10.0.0.0/16', nodeSubnet: '10.1.0.0/24' }, limits)), 'error')).toEqual(['subnet-outside-vnet']);
    const inside = ok(cidrCheck({ vnetCidrs: '10.0.0.0/16', nodeSubnet: '10.0.0.0/24', podSubnet: '10.0.1.0/24' }, limits));
    expect([inside.overlaps, codes(inside)]).toEqual([[], []]);
  });

  it('flags host bits', () => {
    expect(codes(ok(cidrCheck({ nodeSubnet: '10.0.0.5/24' }, limits)), 'error')).toEqual(['cidr-host-bits']);
  });

  it('fails on malformed or missing input, naming the field', () => {
    expect(errorFields(cidrCheck({ serviceCidr: '10.0.0.0/33' }, limits))).toEqual(['serviceCidr']);
    expect(errorFields(cidrCheck({ vnetCidrs: ['10.0.0.0/8', 5] }, limits))).toEqual(['vnetCidrs[1]']);
    expect(errorFields(cidrCheck({ dnsServiceIp: '10.0.0' }, limits))).toEqual(['dnsServiceIp']);
    expect(errorFields(cidrCheck({ podCidr: ['10.0.0.0/16', '10.1.0.0/16'] }, limits))).toEqual(['podCidr[1]']);
    expect(errorFields(cidrCheck({}, limits))).toEqual(['input']);
  });
});
