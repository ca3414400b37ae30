import { describe, expect, it } from 'vitest';
import { RULE_SOURCES } from '../../src/calculators/findings';
import { loadPlanContext } from '../../src/calculators/load-context';
import { dataLocations, readCollection } from '../../src/model';

describe('sources the calculators cite', () => {
  const ids = new Set(readCollection('sources', dataLocations()).entries.map((e) => e.id));

  it('every source a rule cites directly is in data/sources.yaml', () => {
    expect(Object.values(RULE_SOURCES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every in-place migration the calculators offer has a command and cited sources', () => {
    const context = loadPlanContext();
    const inPlace = context.plugins.flatMap((p) => (p.migrations ?? []).filter((m) => m.method === 'in-place').map((m) => ({ from: p.id, ...m })));
    expect(inPlace.length).toBeGreaterThan(0);
    for (const m of inPlace) {
      expect(m.command, `${m.from} -> ${m.to}`).toMatch(/^az aks update /);
      expect(m.sources.filter((id) => !ids.has(id))).toEqual([]);
    }
  });
});
