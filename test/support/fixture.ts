import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkData, type DataIssue, type DataLocations } from '../../src/model';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/minimal');

/** A throw-away copy of the minimal fixture data set that a test can edit, then check. */
export interface FixtureCopy {
  root: string;
  locations: DataLocations;
  /** Replaces `search` with `replace` in a file of the copy (path relative to the fixture root); fails when absent. */
  edit(file: string, search: string | RegExp, replace: string): void;
  write(file: string, text: string): void;
  remove(file: string): void;
  check(): DataIssue[];
}

/** Copies test/fixtures/minimal into a temporary folder; the copy is valid until a test edits it. */
export function fixtureCopy(): FixtureCopy {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-fixture-'));
  fs.cpSync(FIXTURE, root, { recursive: true });
  const locations: DataLocations = { root, dataDir: path.join(root, 'data'), glossaryDir: path.join(root, 'glossary') };
  return {
    root,
    locations,
    edit(file, search, replace) {
      const full = path.join(root, file);
      const text = fs.readFileSync(full, 'utf8');
      const next = text.replace(search, replace);
      if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}: ${String(search)}`);
      fs.writeFileSync(full, next);
    },
    write(file, text) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    },
    remove(file) {
      fs.rmSync(path.join(root, file));
    },
    check() {
      return checkData(locations).issues;
    },
  };
}
