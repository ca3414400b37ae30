import { describe, expect, it } from 'vitest';
import { markCurrentSidebarEntry, type SidebarEntry } from '../../../src/site/sidebar-current';

type Link = Extract<SidebarEntry, { type: 'link' }>;
const link = (href: string, isCurrent = false): Link => ({ type: 'link', href, isCurrent });

describe('markCurrentSidebarEntry', () => {
  it('marks only the link to the page, clearing a mark another page left', () => {
    const stale = link('/calculators/network-profile/', true);
    const mine = link('/calculators/node-subnet/');
    const sidebar: SidebarEntry[] = [link('/'), { type: 'group', entries: [mine, stale] }];
    markCurrentSidebarEntry(sidebar, '/calculators/node-subnet/');
    expect(mine).toMatchObject({ isCurrent: true });
    expect(stale).toMatchObject({ isCurrent: false });
  });

  it('compares without the trailing slash and marks the first of two links to one page', () => {
    const first = link('/plugins/');
    const second = link('/plugins/');
    markCurrentSidebarEntry([first, second], '/plugins');
    expect([first.isCurrent, second.isCurrent]).toEqual([true, false]);
  });

  it('marks nothing on a page the sidebar does not list', () => {
    const a = link('/compare/', true);
    markCurrentSidebarEntry([a], '/compare/azure-cni-overlay-vs-kubenet/');
    expect(a.isCurrent).toBe(false);
  });
});
