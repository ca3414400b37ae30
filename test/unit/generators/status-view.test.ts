import { describe, expect, it } from 'vitest';
import { statusView } from '../../../src/generators/status-view';

describe('statusView', () => {
  const npm = {
    state: 'retiring' as const,
    retirements: [
      { date: '2028-09-30', scope: 'Linux nodes', sources: ['s'] },
      { date: '2026-09-30', scope: 'Windows nodes', sources: ['s'] },
    ],
    sources: ['s'],
  };

  it('orders retirements by date and marks the ones already past', () => {
    const view = statusView(npm, '2026-11-22');
    expect(view.retirements).toEqual([
      { date: '2026-09-30', scope: 'Windows nodes', past: true },
      { date: '2028-09-30', scope: 'Linux nodes', past: false },
    ]);
    expect(view.badge).toBe('Retiring 2028-09-30');
  });

  it('before any date passes, nothing is past', () => {
    expect(statusView(npm, '2026-01-01').retirements.every((r) => !r.past)).toBe(true);
  });

  it('GA with a date says since when', () => {
    expect(statusView({ state: 'ga', since: '2025-07-20', sources: ['s'] }, '2026-11-22').badge).toBe('GA since 2025-07-20');
  });

  it('retired names the latest date already past, not a later retirement still to come', () => {
    const retired = {
      state: 'retired' as const,
      retirements: [
        { date: '2028-03-31', scope: 'existing clusters', sources: ['s'] },
        { date: '2025-03-10', scope: 'documentation withdrawn', sources: ['s'] },
      ],
      sources: ['s'],
    };
    expect(statusView(retired, '2026-12-04').badge).toBe('Retired 2025-03-10');
    expect(statusView(retired, '2028-04-01').badge).toBe('Retired 2028-03-31');
  });
});
