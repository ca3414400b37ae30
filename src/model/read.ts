import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  ConfigurationSchema,
  DecisionTreeSchema,
  ErrorSchema,
  GlossaryTermSchema,
  GuidanceSchema,
  ID_PATTERN,
  LimitSchema,
  PluginSchema,
  PolicyEngineSchema,
  PropertySchema,
  SettingSchema,
  SourceSchema,
} from '../schemas';
import { joinPath, type DataIssue } from './data-issue';
import type { DataLocations } from './locations';
import { parseYaml, splitFrontmatter } from './read-yaml';

/** One validated entity with the file it came from. */
export interface Entry<T> {
  id: string;
  /** File path relative to the project root. */
  file: string;
  data: T;
  /** Field path inside the entity (not the file) -> 1-based line, when known. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Path of the entity inside its file: `[id]` in a map file such as sources.yaml, `[]` otherwise. */
  pathPrefix: string[];
  /** For MD/MDX files, the text after the frontmatter and the line it starts on. */
  body?: { text: string; line: number };
}

/** How a collection is stored: one file per entity in a folder, or one map file keyed by id. */
type Layout =
  | { kind: 'folder'; folder: (l: DataLocations) => string; extensions: string[]; frontmatter?: boolean; optional?: boolean }
  | { kind: 'map'; file: (l: DataLocations) => string };

/** Every collection of the data contract: where it lives and the schema of one entity. */
export const COLLECTIONS = {
  sources: { layout: { kind: 'map', file: (l) => path.join(l.dataDir, 'sources.yaml') }, schema: SourceSchema },
  properties: { layout: { kind: 'map', file: (l) => path.join(l.dataDir, 'properties.yaml') }, schema: PropertySchema },
  limits: { layout: { kind: 'map', file: (l) => path.join(l.dataDir, 'limits.yaml') }, schema: LimitSchema },
  plugins: {
    layout: { kind: 'folder', folder: (l) => path.join(l.dataDir, 'plugins'), extensions: ['.yaml', '.yml'] },
    schema: PluginSchema,
  },
  configurations: {
    layout: { kind: 'folder', folder: (l) => path.join(l.dataDir, 'configurations'), extensions: ['.yaml', '.yml'], optional: true },
    schema: ConfigurationSchema,
  },
  policyEngines: {
    layout: { kind: 'folder', folder: (l) => path.join(l.dataDir, 'policy-engines'), extensions: ['.yaml', '.yml'] },
    schema: PolicyEngineSchema,
  },
  decisions: {
    layout: { kind: 'folder', folder: (l) => path.join(l.dataDir, 'decisions'), extensions: ['.yaml', '.yml'] },
    schema: DecisionTreeSchema,
  },
  glossary: {
    layout: { kind: 'folder', folder: (l) => l.glossaryDir, extensions: ['.mdx', '.md'], frontmatter: true },
    schema: GlossaryTermSchema,
  },
  // An organisation's own positions (data/guidance/*.yaml); none by default.
  guidance: {
    layout: { kind: 'folder', folder: (l) => path.join(l.dataDir, 'guidance'), extensions: ['.yaml', '.yml'], optional: true },
    schema: GuidanceSchema,
  },
  settings: {
    layout: { kind: 'folder', folder: (l) => path.join(l.dataDir, 'settings'), extensions: ['.yaml', '.yml'], optional: true },
    schema: SettingSchema,
  },
  errors: {
    layout: { kind: 'folder', folder: (l) => path.join(l.dataDir, 'errors'), extensions: ['.yaml', '.yml'], optional: true },
    schema: ErrorSchema,
  },
} satisfies Record<string, { layout: Layout; schema: z.ZodType }>;

/** Name of a collection. */
export type CollectionName = keyof typeof COLLECTIONS;
/** The entity type of a collection. */
export type EntityOf<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;

/** The whole data set as read and validated, before integrity rules. */
export type RawData = { [C in CollectionName]: Entry<EntityOf<C>>[] };

/** The files a collection is read from, with their modification time and size. */
function collectionFingerprint(layout: Layout, locations: DataLocations): string {
  const stat = (file: string) => {
    const s = fs.statSync(file, { throwIfNoEntry: false });
    return s ? `${file}:${s.mtimeMs}:${s.size}` : `${file}:missing`;
  };
  if (layout.kind === 'map') return stat(layout.file(locations));
  const folder = layout.folder(locations);
  if (!fs.existsSync(folder)) return `${folder}:missing`;
  return fs
    .readdirSync(folder)
    .sort()
    .map((f) => stat(path.join(folder, f)))
    .join('\n');
}

const readCache = new Map<string, { fingerprint: string; result: { entries: Entry<unknown>[]; issues: DataIssue[] } }>();

/**
 * Reads and validates one collection; problems are returned, never thrown. One build reads the data
 * from several places (the data check, the sidebar, the content loaders, the search index), so a
 * result is kept until one of the collection's files changes (modification time or size).
 */
export function readCollection<C extends CollectionName>(
  name: C,
  locations: DataLocations,
): { entries: Entry<EntityOf<C>>[]; issues: DataIssue[] } {
  const { layout } = COLLECTIONS[name] as unknown as { layout: Layout };
  const key = [name, locations.root, locations.dataDir, locations.glossaryDir].join('\n');
  const fingerprint = collectionFingerprint(layout, locations);
  let cached = readCache.get(key);
  if (cached?.fingerprint !== fingerprint) {
    cached = { fingerprint, result: readCollectionFiles(name, locations) };
    readCache.set(key, cached);
  }
  const result = cached.result as { entries: Entry<EntityOf<C>>[]; issues: DataIssue[] };
  // Copies of the lists, so a caller that sorts or filters in place cannot change the cache.
  return { entries: [...result.entries], issues: [...result.issues] };
}

function readCollectionFiles<C extends CollectionName>(
  name: C,
  locations: DataLocations,
): { entries: Entry<EntityOf<C>>[]; issues: DataIssue[] } {
  const { layout, schema } = COLLECTIONS[name] as unknown as { layout: Layout; schema: z.ZodType<EntityOf<C>> };
  const entries: Entry<EntityOf<C>>[] = [];
  const issues: DataIssue[] = [];
  const rel = (file: string) => path.relative(locations.root, file).split(path.sep).join('/');

  // Map files hold many entities, so their paths start with the entry id.
  const validate = (
    id: string,
    file: string,
    raw: unknown,
    lineOf: (p: readonly PropertyKey[]) => number | undefined,
    prefix: string[] = [],
    body?: { text: string; line: number },
  ) => {
    if (!ID_PATTERN.test(id)) {
      issues.push({ file: rel(file), path: '', rule: 'schema', line: lineOf([]), message: `id "${id}" must be kebab-case (lower-case letters, digits and single hyphens), e.g. "azure-cni-overlay"` });
    }
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) {
      entries.push({ id, file: rel(file), data: result.data, lineOf, pathPrefix: prefix, ...(body ? { body } : {}) });
      return;
    }
    for (const zIssue of result.error.issues) {
      issues.push({
        file: rel(file),
        // An unknown key is reported on the object; point at the key itself instead.
        line: lineOf(zIssue.code === 'unrecognized_keys' ? [...zIssue.path, zIssue.keys[0]!] : zIssue.path),
        path: joinPath([...prefix, ...zIssue.path]),
        message: describeZodIssue(zIssue),
        rule: 'schema',
      });
    }
  };

  if (layout.kind === 'map') {
    const file = layout.file(locations);
    if (!fs.existsSync(file)) {
      issues.push({ file: rel(file), path: '', rule: 'schema', message: 'file is missing; expected a YAML map of id -> entry' });
      return { entries, issues };
    }
    const parsed = parseYaml(fs.readFileSync(file, 'utf8'));
    if (!parsed.ok) {
      for (const e of parsed.errors) issues.push({ file: rel(file), line: e.line, path: '', rule: 'yaml', message: `malformed YAML: ${e.message}` });
      return { entries, issues };
    }
    const data = parsed.yaml.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      issues.push({ file: rel(file), line: 1, path: '', rule: 'schema', message: 'expected a YAML map of id -> entry at the top level' });
      return { entries, issues };
    }
    for (const [id, raw] of Object.entries(data)) {
      validate(id, file, raw, (p) => parsed.yaml.lineOf([id, ...p]), [id]);
    }
    return { entries, issues };
  }

  const folder = layout.folder(locations);
  if (!fs.existsSync(folder)) {
    // An optional collection (configurations, say) may have no folder at all: a fixture without one is valid.
    if (!layout.optional) issues.push({ file: rel(folder), path: '', rule: 'schema', message: 'folder is missing' });
    return { entries, issues };
  }
  const files = fs
    .readdirSync(folder)
    .filter((f) => !f.startsWith('_') && layout.extensions.includes(path.extname(f)))
    .sort();
  for (const name of files) {
    const file = path.join(folder, name);
    const id = path.basename(name, path.extname(name));
    let text = fs.readFileSync(file, 'utf8');
    let lineOffset = 0;
    let body: { text: string; line: number } | undefined;
    if (layout.frontmatter) {
      const fm = splitFrontmatter(text);
      if (!fm) {
        issues.push({ file: rel(file), line: 1, path: '', rule: 'yaml', message: 'expected YAML frontmatter between --- lines at the top of the file' });
        continue;
      }
      body = { text: fm.body, line: fm.bodyLine };
      text = fm.yaml;
      lineOffset = fm.lineOffset;
    }
    const parsed = parseYaml(text, lineOffset);
    if (!parsed.ok) {
      for (const e of parsed.errors) issues.push({ file: rel(file), line: e.line, path: '', rule: 'yaml', message: `malformed YAML: ${e.message}` });
      continue;
    }
    validate(id, file, parsed.yaml.data, parsed.yaml.lineOf, [], body);
  }
  return { entries, issues };
}

/** Reads every collection. */
export function readData(locations: DataLocations): { data: RawData; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const data = {} as RawData;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const result = readCollection(name, locations);
    (data as Record<CollectionName, unknown>)[name] = result.entries;
    issues.push(...result.issues);
  }
  return { data, issues };
}

/** Turns a zod issue into "what is expected" wording that names allowed values and keys. */
function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against CONTRIBUTING.md`;
    case 'invalid_type':
      if (issue.input === undefined) return `is required (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map(String).join('|')}, got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `"${value}"`;
  return `${typeof value} ${String(value)}`;
}
