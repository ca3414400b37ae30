import { describe, expect, it } from 'vitest';
import { cidrCheck } from '~/calculators/cidr-check';
import { networkProfile } from '~/calculators/network-profile';
import { cidrCheckFlags } from '~/generators/calculators/views/cidr-check';
import { azAksCreateCommand, shellValue } from '~/generators/calculators/flags';
import { calculatorMarkdown } from '~/generators/calculators/markdown';
import { networkProfileFlags } from '~/generators/calculators/views/network-profile';
import { calculatorPageView, scriptJson } from '~/generators/calculators/page';
import { limits } from './helpers';
import { context, sources } from './view-support';

describe('az aks create flags', () => {
  it('quotes only what needs quoting and keeps variables expandable', () => {
    expect(shellValue('10.244.0.0/16')).toBe('10.244.0.0/16');
    expect(shellValue('$NODE_SUBNET_ID')).toBe('"$NODE_SUBNET_ID"');
    expect(shellValue("it's; rm -rf /")).toBe(`'it'\\''s; rm -rf /'`);
    expect(azAksCreateCommand([{ flag: '--max-pods', value: '30' }])).toBe('az aks create \\\n  --resource-group "$RESOURCE_GROUP" \\\n  --name "$CLUSTER_NAME" \\\n  --max-pods 30');
  });

  it('cidr-check: one range per family becomes the plural flag with --ip-families', () => {
    const r = cidrCheck({ podCidr: ['10.244.0.0/16', 'fd12:3456:789a::/64'], serviceCidr: ['10.0.0.0/16', 'fd12:3456:789a:1::/108'], dnsServiceIp: '10.0.0.10' }, limits);
    expect(cidrCheckFlags(r)?.flags).toEqual([
      { flag: '--ip-families', value: 'ipv4,ipv6' },
      { flag: '--pod-cidrs', value: '10.244.0.0/16,fd12:3456:789a::/64' },
      { flag: '--service-cidrs', value: '10.0.0.0/16,fd12:3456:789a:1::/108' },
      { flag: '--dns-service-ip', value: '10.0.0.10' },
    ]);
  });

  it('network-profile: the flags recreate the profile', () => {
    const r = networkProfile({ networkPlugin: 'azure', networkPluginMode: 'overlay', networkDataplane: 'cilium', networkPolicy: 'cilium', podCidr: '10.244.0.0/16', serviceCidr: '10.0.0.0/16', dnsServiceIp: '10.0.0.10' }, limits, context);
    expect(networkProfileFlags(r)?.flags.map((f) => `${f.flag} ${f.value}`)).toEqual([
      '--network-plugin azure',
      '--network-plugin-mode overlay',
      '--network-dataplane cilium',
      '--network-policy cilium',
      '--pod-cidr 10.244.0.0/16',
      '--service-cidr 10.0.0.0/16',
      '--dns-service-ip 10.0.0.10',
    ]);
  });
});

describe('copy as Markdown', () => {
  it('escapes table cells: pipes, and line breaks become spaces', () => {
    const view = { ok: true, status: 'ok' as const, summary: 'S', metrics: [{ key: 'k', label: 'a | b\nc', value: '1' }], tables: [], links: [], findings: [] };
    const md = calculatorMarkdown({ title: 'T', url: 'https://x.test/', fields: [], values: {}, view, flags: null });
    expect(md).toContain('| a \\| b c | 1 |');
  });

  it('holds the link, the inputs, the numbers, the findings with linked sources and the flags', () => {
    const page = calculatorPageView('node-subnet', limits, context, sources);
    const md = calculatorMarkdown({ title: page.spec.title, url: 'https://field.example/calculators/node-subnet/?nodes=50', fields: page.data.fields, values: page.values, view: page.result, flags: page.flags });
    expect(md).toContain('Result: <https://field.example/calculators/node-subnet/?nodes=50>');
    expect(md).toContain('| Nodes (nodes) | `50` |');
    expect(md).toContain('| Required IPs | 1,705 |');
    expect(md).toMatch(/- \*\*Info:\*\* .*\(source: \[.+\]\(https:\/\/.+\)\)/);
    expect(md).toContain('--max-pods 30');
  });

  it('makes site links absolute and puts pasted JSON in a code block', () => {
    const page = calculatorPageView('network-profile', limits, context, sources);
    const md = calculatorMarkdown({ title: page.spec.title, url: 'https://field.example/calculators/network-profile/', fields: page.data.fields, values: page.values, view: page.result, flags: page.flags });
    expect(md).toContain('[kubenet](https://field.example/plugins/kubenet/)');
    expect(md).toContain('```json\n{');
  });
});

describe('embedded JSON', () => {
  it('cannot end its script element early', () => {
    expect(scriptJson({ text: '</script><script>alert(1)</script>' })).not.toContain('</script');
    expect(JSON.parse(scriptJson({ text: '</script>' }))).toEqual({ text: '</script>' });
  });
});
