import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleValues, fieldErrors, fieldOfError, formInput, numberFromText, rangesFromText, type FieldSpec } from '~/generators/calculators/form';
import { CALCULATOR_SPECS } from '~/generators/calculators/specs';
import { hasState, queryToValues, valuesToQuery } from '~/generators/calculators/url';

const fields: FieldSpec[] = [
  { name: 'nodes', label: 'Nodes', hint: '', kind: 'int', example: '50' },
  { name: 'subnet', label: 'Subnet', hint: '', kind: 'cidr', example: '' },
  { name: 'vnetCidrs', label: 'VNet', hint: '', kind: 'cidrs', example: '10.0.0.0/8' },
  { name: 'dualStack', label: 'Dual', hint: '', kind: 'bool', example: 'false' },
];

describe('numberFromText', () => {
  it('reads whole numbers, decimals and thousands separators as numbers', () => {
    expect(numberFromText(' 50 ')).toBe(50);
    expect(numberFromText('1,581')).toBe(1581);
    expect(numberFromText('2.5')).toBe(2.5);
    expect(numberFromText('-3')).toBe(-3);
  });

  it('keeps anything else as text so the calculator quotes it', () => {
    expect(numberFromText('abc')).toBe('abc');
    expect(numberFromText('1,5')).toBe('1,5');
    expect(numberFromText('')).toBe('');
  });
});

describe('formInput', () => {
  it('leaves empty fields out, converts numbers, splits range lists and reads switches', () => {
    expect(formInput(fields, { nodes: '50', subnet: '', vnetCidrs: '10.0.0.0/8, 192.168.0.0/16', dualStack: 'true' })).toEqual({
      nodes: 50,
      vnetCidrs: ['10.0.0.0/8', '192.168.0.0/16'],
      dualStack: true,
    });
  });

  it('a single range stays a string and an empty list is left out', () => {
    expect(rangesFromText('10.0.0.0/8')).toBe('10.0.0.0/8');
    expect(rangesFromText(' , \n')).toBeUndefined();
  });

  it('a one-field JSON form passes the text through as the whole input', () => {
    const json: FieldSpec[] = [{ name: 'profile', label: 'JSON', hint: '', kind: 'json', example: '{}' }];
    expect(formInput(json, { profile: '{"networkPlugin":"azure"}' })).toBe('{"networkPlugin":"azure"}');
  });
});

describe('fieldOfError', () => {
  it('maps list items and nested fields to their form field, and whole-input errors to none', () => {
    expect(fieldOfError(fields, 'vnetCidrs[1]')).toBe('vnetCidrs');
    expect(fieldOfError(fields, 'nodes')).toBe('nodes');
    expect(fieldOfError(fields, 'input')).toBeUndefined();
    expect(fieldOfError(CALCULATOR_SPECS['network-profile'].fields, 'networkProfile.podCidr')).toBe('profile');
  });

  it('groups messages by field', () => {
    const grouped = fieldErrors(fields, [
      { field: 'vnetCidrs[0]', message: 'vnetCidrs[0]: bad' },
      { field: 'vnetCidrs[2]', message: 'vnetCidrs[2]: bad' },
      { field: 'input', message: 'input: give a range' },
    ]);
    expect(grouped).toEqual({ byField: { vnetCidrs: ['vnetCidrs[0]: bad', 'vnetCidrs[2]: bad'] }, general: ['input: give a range'] });
  });
});

describe('URL state', () => {
  it('writes every non-empty field, and a cleared example field as empty', () => {
    const query = valuesToQuery(fields, { nodes: '60', subnet: '10.240.0.0/16', vnetCidrs: '', dualStack: 'false' });
    expect(query).toBe('nodes=60&subnet=10.240.0.0%2F16&vnetCidrs=');
    expect(queryToValues(fields, query)).toEqual({ nodes: '60', subnet: '10.240.0.0/16', vnetCidrs: '', dualStack: 'false' });
  });

  it('fields the query does not name take the example value; unknown parameters are ignored', () => {
    expect(queryToValues(fields, '?nodes=7&utm=x')).toEqual({ ...exampleValues(fields), nodes: '7' });
    expect(hasState(fields, '?utm=x')).toBe(false);
    expect(hasState(fields, '?nodes=7')).toBe(true);
  });

  it('round-trips any typed values, including JSON text', () => {
    const specs = Object.values(CALCULATOR_SPECS);
    fc.assert(
      fc.property(fc.constantFrom(...specs), fc.array(fc.string(), { minLength: 8, maxLength: 8 }), fc.boolean(), (spec, texts, flag) => {
        const values = Object.fromEntries(spec.fields.map((f, i) => [f.name, f.kind === 'bool' ? String(flag) : (texts[i] ?? '')]));
        expect(queryToValues(spec.fields, valuesToQuery(spec.fields, values))).toEqual(values);
      }),
    );
  });
});

describe('calculator list', () => {
  it('lists the eight calculators in the library order', async () => {
    const { calculatorList, calculatorSidebarItems } = await import('~/generators/calculators/list');
    const { CALCULATOR_NAMES } = await import('~/calculators');
    expect(calculatorList().map((c) => c.name)).toEqual(CALCULATOR_NAMES);
    expect(calculatorSidebarItems()[0]).toEqual({ label: 'Node subnet calculator', link: '/calculators/node-subnet/' });
  });
});
