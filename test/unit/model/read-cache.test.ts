import { describe, expect, it } from 'vitest';
import { readCollection } from '../../../src/model/read';
import { fixtureCopy } from '../../support/fixture';

describe('readCollection keeps a result until a file changes', () => {
  it('returns the same entries on a second read, in lists a caller may change', () => {
    const { locations } = fixtureCopy();
    const first = readCollection('plugins', locations);
    first.entries.reverse();
    first.entries.pop();
    const second = readCollection('plugins', locations);
    expect(second.entries.map((e) => e.id)).toEqual(['alpha', 'beta']);
  });

  it('reads again when a file is edited, added or removed', () => {
    const fixture = fixtureCopy();
    expect(readCollection('plugins', fixture.locations).entries.find((e) => e.id === 'alpha')?.data.name).not.toBe('Alpha Renamed');
    fixture.edit('data/plugins/alpha.yaml', /^name: .*$/m, 'name: Alpha Renamed');
    expect(readCollection('plugins', fixture.locations).entries.find((e) => e.id === 'alpha')?.data.name).toBe('Alpha Renamed');
    fixture.remove('data/plugins/beta.yaml');
    expect(readCollection('plugins', fixture.locations).entries.map((e) => e.id)).toEqual(['alpha']);
    fixture.edit('data/plugins/alpha.yaml', /^name: .*$/m, 'name: [unclosed');
    expect(readCollection('plugins', fixture.locations).issues.map((i) => i.rule)).toContain('yaml');
  });
});
