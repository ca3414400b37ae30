import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeEntries } from '../../src/generators/changes';
import { dataLocations, loadModel } from '../../src/model';
import { DIST, ensureDist, readPage } from '../support/dist';
import { attributeValues } from '../support/html';
import { unresolved } from '../support/resolve';

beforeAll(() => ensureDist());

const SITE = 'http://localhost:4321';

describe('/changes/ and /changes.xml', () => {
  const changes = changeEntries(loadModel(dataLocations()));

  it('the page lists every change in its HTML, newest first, each with its own anchor (no script needed)', () => {
    const html = readPage('/changes/');
    const anchors = [...html.matchAll(/<li id="([^"]+)" data-date="(\d{4}-\d{2}-\d{2})"/g)];
    expect(anchors.map((m) => m[1])).toEqual(changes.map((c) => c.anchor));
    const dates = anchors.map((m) => m[2]!);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(changes.length).toBeGreaterThan(20);
  });

  it('every entry links to its fact, and the link resolves', () => {
    const html = readPage('/changes/');
    const facts = new Set(changes.map((c) => c.factPath));
    const linked = attributeValues(html, 'href').filter((h) => facts.has(h));
    expect(new Set(linked)).toEqual(facts);
    expect([...facts].map((f) => unresolved(f)).filter(Boolean)).toEqual([]);
  });

  it('the feed is well-formed Atom with the required elements, and carries the same entries', () => {
    const xml = fs.readFileSync(path.join(DIST, 'changes.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' }).parse(xml);
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    // RFC 4287 4.1.1: a feed has id, title, updated, an author (or one per entry) and a self link.
    for (const key of ['id', 'title', 'updated', 'author']) expect(feed[key], key).toBeTruthy();
    expect(feed.link.some((l: Record<string, string>) => l['@rel'] === 'self' && l['@href'] === `${SITE}/changes.xml`)).toBe(true);
    expect(feed.entry).toHaveLength(changes.length);
    for (const [i, entry] of feed.entry.entries()) {
      const change = changes[i]!;
      expect(entry.id).toBe(`${SITE}/changes/#${change.anchor}`);
      expect(entry.updated).toBe(`${change.date}T00:00:00.000Z`);
      expect(String(entry.title['#text'] ?? entry.title)).toContain(change.title);
      // The entry's link is the fact itself, and it resolves in the build.
      const href = entry.link[0]['@href'] as string;
      expect(href).toBe(`${SITE}${change.factPath}`);
      expect(unresolved(href.slice(SITE.length))).toBeUndefined();
    }
  });

  it('each plugin page links its own changes, and its history items carry their change anchors', () => {
    const html = readPage('/plugins/azure-cni-pod-subnet-static-block/');
    expect(html).toContain('href="/changes/?owner=azure-cni-pod-subnet-static-block"');
    const own = changes.filter((c) => c.owner.id === 'azure-cni-pod-subnet-static-block' && c.kind === 'changed');
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) expect(html).toContain(`id="${c.anchor}"`);
  });
});
