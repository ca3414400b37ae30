import { z } from 'astro/zod';
import { CellSchema } from './cell';
import { DateStringSchema, IdSchema, ProseSchema } from './common';
import { HistoryEntrySchema } from './history';
import { LimitationSchema } from './limitation';
import { StatusSchema } from './status';

/**
 * What an engine can do, as cells the chooser's soundness rule checks an outcome against. The keys
 * other than `linux-nodes` are property ids of data/properties.yaml, so a requirement such as
 * `windows-nodes` is checked against the engine as well as the IP mode and the dataplane.
 */
export const EngineCapabilitiesSchema = z.strictObject({
  'linux-nodes': CellSchema.describe('whether AKS supports the engine on Linux node pools (retirement dates go in status)'),
  'windows-nodes': CellSchema.describe('whether AKS supports the engine on Windows Server node pools, and which versions'),
  'dual-stack': CellSchema.describe('whether the engine works on dual-stack (IPv4 and IPv6) clusters'),
  'fqdn-filtering': CellSchema.describe('whether AKS supports egress rules by DNS name with this engine'),
  'l7-policy': CellSchema.describe('whether AKS supports L7 (HTTP, gRPC, Kafka) rules with this engine'),
  encryption: CellSchema.describe('whether AKS supports encrypting pod traffic between nodes with this engine'),
});

/** Which dataplanes an engine runs on (networkDataplane azure or cilium), each as a sourced cell. */
export const EngineDataplanesSchema = z.strictObject({
  azure: CellSchema.describe('the Azure (iptables) dataplane'),
  cilium: CellSchema.describe('the Cilium (eBPF) dataplane'),
});

/** A network policy engine (data/policy-engines/<id>.yaml); plugin compatibility lives in each plugin file. */
export const PolicyEngineSchema = z.strictObject({
  name: ProseSchema.describe('full name, e.g. "Azure Network Policy Manager"'),
  shortName: ProseSchema.describe('short name for table headers, e.g. "Azure NPM"'),
  aliases: z.array(ProseSchema).describe('other names readers use; unique across the site'),
  summary: ProseSchema.describe('what it is and when to choose it, for a newcomer'),
  enforcement: ProseSchema.describe('how it enforces policy on Linux and Windows nodes'),
  networkPolicy: z
    .enum(['azure', 'calico', 'cilium'], { message: 'expected azure|calico|cilium' })
    .describe('the networkProfile.networkPolicy value that selects it'),
  status: StatusSchema.describe('lifecycle state and retirement dates (see Status)'),
  capabilities: EngineCapabilitiesSchema.describe('what AKS supports with the engine: node operating systems, dual-stack, FQDN, L7, encryption (see Engine capabilities)'),
  dataplanes: EngineDataplanesSchema.describe('the dataplanes the engine runs on (see Engine dataplanes)'),
  limitations: z.array(LimitationSchema).describe('documented limitations, each with a stable id'),
  history: z.array(HistoryEntrySchema).describe('facts that changed over time, oldest first'),
  glossary: z.array(IdSchema).describe('ids of related glossary terms'),
  lastVerified: DateStringSchema.describe('when every fact in this file was last checked against its sources'),
});

/** The capabilities of an engine, keyed by capability id. */
export type EngineCapabilities = z.infer<typeof EngineCapabilitiesSchema>;
/** A policy engine as written in its data file. */
export type PolicyEngine = z.infer<typeof PolicyEngineSchema>;
