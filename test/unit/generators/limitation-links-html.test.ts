// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { limitationLinksHtml } from '../../../src/generators/limitation-links-html';
import type { LimitationView } from '../../../src/generators/plugin-page';

const item = (over: Partial<LimitationView>): LimitationView =>
  ({ id: 'max-nodes', title: 'At most 400 nodes', severity: 'blocker', category: 'scale', detail: 'x', sources: [], ...over }) as LimitationView;

describe('limitationLinksHtml', () => {
  it('links each limitation to its anchor on the plugin page, with its severity word', () => {
    const root = document.createElement('div');
    root.innerHTML = limitationLinksHtml('kubenet', [item({}), item({ id: 'no-windows', title: 'No Windows <nodes>', severity: 'info', appliesTo: 'Windows & Linux' })]);
    const rows = [...root.querySelectorAll('li')];
    expect(rows.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(['/plugins/kubenet/#max-nodes', '/plugins/kubenet/#no-windows']);
    expect(rows.map((li) => li.querySelector('.fm-severity')?.textContent)).toEqual(['Blocker', 'Info']);
    expect(rows[1]?.querySelector('a')?.textContent).toBe('No Windows <nodes>');
    expect(rows[1]?.querySelector('.fm-muted')?.textContent).toBe(' (Windows & Linux)');
    expect(root.querySelectorAll('nodes')).toHaveLength(0);
  });

  it('is an empty list when there are no limitations', () => {
    expect(limitationLinksHtml('kubenet', [])).toBe('<ul class="fm-link-list"></ul>');
  });
});
