import type { Plugin } from '../schemas';

/** Placeholders the snippets use for values every cluster chooses itself. */
const RG = '<resource-group>';
const CLUSTER = '<cluster-name>';

/** `az aks create` with the plugin's required flags and the optional ones marked as examples. */
export function azAksCreate(plugin: Pick<Plugin, 'cli'>): string {
  const flags = plugin.cli.flags.filter((f) => f.required || f.example).map((f) => (f.value ? `${f.flag} ${quoteShell(f.value)}` : f.flag));
  return ['az aks create', `--resource-group ${RG}`, `--name ${CLUSTER}`, ...flags].join(' \\\n  ');
}

/** Terraform (azurerm_kubernetes_cluster) `network_profile` block and the node pool fields the plugin needs. */
export function terraformNetworkProfile(plugin: Pick<Plugin, 'networkProfile'>): string {
  const p = plugin.networkProfile;
  const profile: [string, string][] = [['network_plugin', p.networkPlugin]];
  if (p.networkPluginMode) profile.push(['network_plugin_mode', p.networkPluginMode]);
  if (p.networkDataplane) profile.push(['network_data_plane', p.networkDataplane]);
  if (p.networkPolicy) profile.push(['network_policy', p.networkPolicy]);
  if (p.podCidr) profile.push(['pod_cidr', p.podCidr]);
  const width = Math.max(...profile.map(([k]) => k.length));
  const lines = ['network_profile {', ...profile.map(([k, v]) => `  ${k.padEnd(width)} = "${v}"`), '}'];
  if (p.podSubnet) {
    lines.push(
      '',
      '# in default_node_pool (and each azurerm_kubernetes_cluster_node_pool):',
      'vnet_subnet_id = "<node-subnet-resource-id>"',
      'pod_subnet_id  = "<pod-subnet-resource-id>"',
    );
    if (p.podIpAllocationMode && p.podIpAllocationMode !== 'DynamicIndividual') {
      lines.push(`# podIPAllocationMode "${p.podIpAllocationMode}" is an agent pool setting; check that your azurerm version exposes it, or set it with azapi.`);
    }
  }
  return lines.join('\n');
}

/** Bicep `networkProfile` of a Microsoft.ContainerService/managedClusters resource, plus agent pool fields. */
export function bicepNetworkProfile(plugin: Pick<Plugin, 'networkProfile'>): string {
  const p = plugin.networkProfile;
  const profile: [string, string][] = [['networkPlugin', p.networkPlugin]];
  if (p.networkPluginMode) profile.push(['networkPluginMode', p.networkPluginMode]);
  if (p.networkDataplane) profile.push(['networkDataplane', p.networkDataplane]);
  if (p.networkPolicy) profile.push(['networkPolicy', p.networkPolicy]);
  if (p.podCidr) profile.push(['podCidr', p.podCidr]);
  const lines = ['networkProfile: {', ...profile.map(([k, v]) => `  ${k}: '${v}'`), '}'];
  if (p.podSubnet) {
    lines.push('', '// in each item of agentPoolProfiles:', "vnetSubnetID: '<node-subnet-resource-id>'", "podSubnetID: '<pod-subnet-resource-id>'");
    if (p.podIpAllocationMode) lines.push(`podIPAllocationMode: '${p.podIpAllocationMode}'`);
  }
  return lines.join('\n');
}

/** Quotes a flag value for a POSIX shell when it holds characters the shell would interpret. */
export function quoteShell(value: string): string {
  if (/^<[^>]*>$/.test(value) && !/\s/.test(value)) return value;
  return /^[A-Za-z0-9_./:,=@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
