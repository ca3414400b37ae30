import { describe, expect, it } from 'vitest';
import { calculatorUrl, decidePathUrl } from '../../../src/generators/decision-links';
import {
  allPaths,
  formatPath,
  outcomeOrder,
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

  it('lists outcomes in the order a reader meets them', () => {
    expect(outcomeOrder(TREE)).toEqual(['beta', 'alpha']);
  });

  it('merges answers of one question that lead to the same place into one edge', () => {
    const edges = treeEdges(TREE);
    const sharedToBeta = edges.filter((e) => e.from === 'shared' && e.to.id === 'beta');
    expect(sharedToBeta).toHaveLength(1);
    expect(sharedToBeta[0]!.answers.map((a) => a.id)).toEqual(['x', 'y']);
    expect(edges).toHaveLength(6);
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

describe('the answer path in the URL', () => {
  it('round-trips a full path', () => {
    const steps = parsePath(TREE, 'first:no,second:a,shared:z');
    expect(formatPath(steps)).toBe('first:no,second:a,shared:z');
    expect(pathState(TREE, steps)).toEqual({ kind: 'outcome', id: 'alpha' });
    expect(pathAnswers(TREE, steps).map((s) => s.answer.label)).toEqual(['No | pipe', 'Go on', 'Alpha']);
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
