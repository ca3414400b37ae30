import { describe, expect, it } from 'vitest';
import { calculatorUrl, decidePathUrl } from '../../../src/generators/decision-links';
import {
  allPaths,
  composePath,
  formatPath,
  outcomeKey,
  parsePath,
  pathAnswers,
  pathState,
  questionOrder,
  treeEdges,
} from '../../../src/generators/decision-tree';
import { TREE } from './fixtures';

describe('walking a decision tree', () => {
  it('orders questions breadth-first from the start and lists each once', () => {
    expect(questionOrder(TREE)).toEqual(['first', 'shared', 'second']);
  });

  it('gives each ending answer an arrow of its own and merges answers that go on the same way', () => {
    const edges = treeEdges(TREE);
    expect(edges.filter((e) => e.from === 'shared').map((e) => e.answers.map((a) => a.id))).toEqual([['x'], ['y'], ['z']]);
    const merged = treeEdges({
      start: 'q',
      questions: {
        q: { answers: [{ id: 'a', next: 'r', decides: { ipMode: 'm' } }, { id: 'b', next: 'r', decides: { ipMode: 'm' } }, { id: 'c', next: 'r', decides: { ipMode: 'n' } }] },
        r: { answers: [{ id: 'x' }, { id: 'y' }] },
      },
    });
    expect(merged.filter((e) => e.from === 'q').map((e) => e.answers.map((a) => a.id))).toEqual([['a', 'b'], ['c']]);
    expect(edges).toHaveLength(7);
  });

  it('finds every complete path', () => {
    const paths = allPaths(TREE).map(formatPath);
    expect(paths).toEqual([
      'first:yes,shared:x',
      'first:yes,shared:y',
      'first:yes,shared:z',
      'first:no,second:a,shared:x',
      'first:no,second:a,shared:y',
      'first:no,second:a,shared:z',
      'first:no,second:b',
    ]);
  });
});

describe('what a path adds up to', () => {
  it('collects the parts the answers decide, with the flags', () => {
    const path = composePath(TREE, parsePath(TREE, 'first:yes,shared:z'));
    expect(path.outcome).toEqual({ ipMode: 'beta', dataplane: 'azure', networkPolicy: 'gamma', ipFamilies: 'ipv4', flags: [{ flag: '--enable-thing' }] });
    expect(path.requirements).toEqual([
      { id: 'windows-nodes', at: 'first:yes' },
      { id: 'network-policy', at: 'shared:z' },
    ]);
    expect(path.conflicts).toEqual([]);
    expect(outcomeKey(path.outcome)).toBe('beta|azure|gamma|ipv4|--enable-thing');
  });

  it('keeps what "not sure" answers leave to find out', () => {
    expect(composePath(TREE, parsePath(TREE, 'first:no,second:a,shared:y')).findOut).toEqual([{ at: 'shared:y', text: 'Ask someone.' }]);
  });

  it('reports a later answer that decides a part differently, and keeps the first decision', () => {
    const tree = {
      start: 'q',
      questions: {
        q: { answers: [{ id: 'a', next: 'r', decides: { dataplane: 'azure' as const } }, { id: 'b' }] },
        r: { answers: [{ id: 'x', decides: { dataplane: 'cilium' as const }, waives: ['dual-stack'] }, { id: 'y' }] },
      },
    };
    const path = composePath(tree, [
      { question: 'q', answer: 'a' },
      { question: 'r', answer: 'x' },
    ]);
    expect(path.outcome.dataplane).toBe('azure');
    expect(path.conflicts).toEqual([{ part: 'dataplane', at: 'r:x', earlier: 'q:a', was: 'azure', now: 'cilium' }]);
    expect(path.waived).toEqual([{ id: 'dual-stack', at: 'r:x' }]);
  });

  it('drops a requirement an answer gives up', () => {
    const tree = {
      start: 'q',
      questions: {
        q: { answers: [{ id: 'a', next: 'r', requires: ['dual-stack', 'windows-nodes'] }, { id: 'b' }] },
        r: { answers: [{ id: 'x', waives: ['dual-stack'] }, { id: 'y' }] },
      },
    };
    const path = composePath(tree, [
      { question: 'q', answer: 'a' },
      { question: 'r', answer: 'x' },
    ]);
    expect(path.requirements.map((r) => r.id)).toEqual(['windows-nodes']);
    expect(path.waived).toEqual([{ id: 'dual-stack', at: 'r:x' }]);
  });
});

describe('the answer path in the URL', () => {
  it('round-trips a full path', () => {
    const steps = parsePath(TREE, 'first:no,second:a,shared:z');
    expect(formatPath(steps)).toBe('first:no,second:a,shared:z');
    expect(pathState(TREE, steps)).toEqual({ kind: 'end', question: 'shared', answer: 'z' });
    expect(pathAnswers(TREE, steps).map((s) => s.answer.label)).toEqual(['No | pipe', 'Go on', 'With policy']);
  });

  it('keeps the longest valid prefix of a stale or tampered path', () => {
    expect(formatPath(parsePath(TREE, 'first:no,second:gone,shared:x'))).toBe('first:no');
    expect(formatPath(parsePath(TREE, 'first:no,shared:x'))).toBe('first:no');
    expect(parsePath(TREE, 'other:yes')).toEqual([]);
    expect(parsePath(TREE, '')).toEqual([]);
    expect(parsePath(TREE, null)).toEqual([]);
    expect(formatPath(parsePath(TREE, 'first:yes,shared:x,extra:1'))).toBe('first:yes,shared:x');
  });

  it('says where an unfinished path stands', () => {
    expect(pathState(TREE, [])).toEqual({ kind: 'question', id: 'first' });
    expect(pathState(TREE, parsePath(TREE, 'first:yes'))).toEqual({ kind: 'question', id: 'shared' });
  });

  it('writes readable /decide/ links', () => {
    expect(decidePathUrl(parsePath(TREE, 'first:no,second:b'))).toBe('/decide/?path=first:no,second:b');
    expect(decidePathUrl([])).toBe('/decide/');
  });
});

describe('the prefilled calculator link', () => {
  it('keeps only the fields the calculator reads, in its order, later answers winning', () => {
    const calc = { name: 'overlay', fields: ['nodes', 'maxPods', 'podCidr'] };
    expect(calculatorUrl(calc, [{ maxPods: '110', subnet: 'x' }, undefined, { nodes: '1000', maxPods: '50' }])).toBe('/calculators/overlay/?nodes=1000&maxPods=50');
    expect(calculatorUrl(calc, [])).toBe('/calculators/overlay/');
  });
});
