import { describe, expect, it } from 'vitest';
import { CALCULATOR_NAMES } from '../../../src/calculators';
import { loadCalculatorLimits } from '../../../src/calculators/load-limits';
import { CALCULATOR_SPECS } from '../../../src/generators/calculators/specs';
import { fillLimits, specWithLimits } from '../../../src/generators/limit-text';

const limits = loadCalculatorLimits();

describe('limit tokens in calculator texts', () => {
  it('fills tokens with the values of data/limits.yaml', () => {
    expect(fillLimits('at most {kubenetMaxNodes} nodes, /{staticBlockPrefix} blocks', limits)).toBe(
      `at most ${limits.kubenetMaxNodes} nodes, /${limits.staticBlockPrefix} blocks`,
    );
  });

  it('an unknown token fails loudly instead of printing a brace', () => {
    expect(() => fillLimits('{noSuchLimit}', limits)).toThrow(/unknown limit token/);
  });

  it('every calculator text resolves, and no token is left', () => {
    for (const name of CALCULATOR_NAMES) {
      const spec = specWithLimits(CALCULATOR_SPECS[name], limits);
      const texts = [spec.purpose, spec.example, ...spec.method, ...spec.fields.map((f) => f.hint)];
      for (const t of texts) expect(t, name).not.toMatch(/\{[A-Za-z0-9]+\}/);
    }
  });
});
