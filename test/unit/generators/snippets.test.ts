import { describe, expect, it } from 'vitest';
import { azAksCreate, bicepNetworkProfile, quoteShell, terraformNetworkProfile } from '../../../src/generators/snippets';
import type { Plugin } from '../../../src/schemas';

const overlay: Pick<Plugin, 'cli' | 'networkProfile'> = {
  networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay', podSubnet: false, podCidr: '10.244.0.0/16' },
  cli: {
    flags: [
      { flag: '--network-plugin', value: 'azure', required: true },
      { flag: '--network-plugin-mode', value: 'overlay', required: true },
      { flag: '--pod-cidr', value: '10.244.0.0/16', required: false, example: true },
      { flag: '--enable-acns', required: false },
    ],
    sources: ['s'],
  },
};
const staticBlock: Pick<Plugin, 'networkProfile'> = {
  networkProfile: { networkPlugin: 'azure', podIpAllocationMode: 'StaticBlock', podSubnet: true },
};

describe('az aks create snippet', () => {
  it('has the required flags and the optional ones marked as examples, in data order', () => {
    expect(azAksCreate(overlay)).toBe(
      'az aks create \\\n  --resource-group <resource-group> \\\n  --name <cluster-name> \\\n  --network-plugin azure \\\n  --network-plugin-mode overlay \\\n  --pod-cidr 10.244.0.0/16',
    );
  });

  it('quotes values the shell would interpret', () => {
    expect(quoteShell('10.0.0.0/16')).toBe('10.0.0.0/16');
    expect(quoteShell('<pod subnet resource ID>')).toBe("'<pod subnet resource ID>'");
    expect(quoteShell("it's")).toBe("'it'\\''s'");
  });
});

describe('Terraform and Bicep snippets', () => {
  it('Terraform network_profile carries plugin, mode and pod CIDR', () => {
    expect(terraformNetworkProfile(overlay)).toBe(
      'network_profile {\n  network_plugin      = "azure"\n  network_plugin_mode = "overlay"\n  pod_cidr            = "10.244.0.0/16"\n}',
    );
  });

  it('pod subnet modes add the node pool subnet fields', () => {
    const tf = terraformNetworkProfile(staticBlock);
    expect(tf).toContain('pod_subnet_id  = "<pod-subnet-resource-id>"');
    expect(tf).toContain('StaticBlock');
    const bicep = bicepNetworkProfile(staticBlock);
    expect(bicep).toContain("podSubnetID: '<pod-subnet-resource-id>'");
    expect(bicep).toContain("podIPAllocationMode: 'StaticBlock'");
  });

  it('Bicep networkProfile uses the ARM property names', () => {
    expect(bicepNetworkProfile(overlay)).toBe("networkProfile: {\n  networkPlugin: 'azure'\n  networkPluginMode: 'overlay'\n  podCidr: '10.244.0.0/16'\n}");
  });
});
