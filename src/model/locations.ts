import path from 'node:path';

/** Where the data and prose live; tests and the scale benchmark point these at fixture folders. */
export interface DataLocations {
  /** Project root; file names in messages are relative to it. */
  root: string;
  /** The data/ folder. */
  dataDir: string;
  /** The folder of glossary term MDX files. */
  glossaryDir: string;
}

/**
 * The default locations under a root; `FIELD_MANUAL_DATA` and `FIELD_MANUAL_GLOSSARY` override the
 * folders so a build can run on fixture data without a code change.
 */
export function dataLocations(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): DataLocations {
  return {
    root,
    dataDir: path.resolve(root, env.FIELD_MANUAL_DATA ?? 'data'),
    glossaryDir: path.resolve(root, env.FIELD_MANUAL_GLOSSARY ?? 'content/glossary'),
  };
}
