import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadModel, type DataLocations, type Model } from '../../src/model';

/** The date the organisation build describes (test/support/org-site.ts): kubenet's review (2026-06-30) is overdue then. */
export const GUIDANCE_AS_OF = '2026-12-01';

let cached: { model: Model; locations: DataLocations } | undefined;

/**
 * The real data with the organisation build's fixture guidance files (test/fixtures/guidance/)
 * added, in a temporary folder: the model unit tests of guidance surfaces use, and its locations
 * for code that reads the folder itself (the plan CLI's context).
 */
export function guidanceData(): { model: Model; locations: DataLocations } {
  if (!cached) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-guidance-'));
    fs.cpSync('data', path.join(root, 'data'), { recursive: true });
    for (const file of fs.readdirSync('test/fixtures/guidance')) fs.copyFileSync(path.join('test/fixtures/guidance', file), path.join(root, 'data/guidance', file));
    const locations = { root, dataDir: path.join(root, 'data'), glossaryDir: path.resolve('content/glossary') };
    cached = { model: loadModel(locations), locations };
  }
  return cached;
}
