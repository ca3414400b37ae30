import { parseCidr, parseIp, type Cidr, type IpAddress } from './cidr';
import { fmt } from './findings';
import { describe } from './describe';
import { parseSurge, type MaxSurge } from './surge';
import type { InputError } from './types';

/** Bounds for a whole-number field, with the reason for each bound (cited) for messages. */
export interface IntRule {
  min: number;
  max: number;
  /** Why the minimum exists, e.g. "the smallest max pods a node pool accepts (source: ...)". */
  minWhy?: string;
  maxWhy?: string;
  /** Value when the field is absent or null; without it the field is required. */
  default?: number;
}

/** A CIDR field value with the name to report it under, e.g. `vnetCidrs[1]`. */
export interface NamedCidr {
  name: string;
  cidr: Cidr;
}

/**
 * Reads calculator input fields one at a time, collecting an error per bad field instead of
 * throwing; unknown fields are errors too, so a typo such as `maxpods` is not silently ignored.
 */
export class InputReader {
  /** Errors found so far, one per bad field (shared with the readers of nested objects). */
  readonly errors: InputError[];
  private readonly obj: Record<string, unknown>;
  private readonly known = new Set<string>();
  /** Prefix of every field name this reader reports, e.g. `pools[1].` for a nested object. */
  private readonly prefix: string;

  private constructor(obj: Record<string, unknown>, errors: InputError[] = [], prefix = '') {
    this.obj = obj;
    this.errors = errors;
    this.prefix = prefix;
  }

  /** Starts reading a raw input, which must be a JSON object (a JSON string of one is parsed). */
  static from(raw: unknown): InputReader | InputError {
    let value = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch (error) {
        return { field: 'input', message: `input: not valid JSON (${(error as Error).message})` };
      }
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { field: 'input', message: `input: expected a JSON object of fields, got ${describe(value)}` };
    }
    return new InputReader(value as Record<string, unknown>);
  }

  /** True when the field is present and not null. */
  has(name: string): boolean {
    this.known.add(name);
    return this.obj[name] !== undefined && this.obj[name] !== null;
  }

  /** Records an error about a field. */
  fail(field: string, message: string): undefined {
    const name = `${this.prefix}${field}`;
    this.errors.push({ field: name, message: `${name}: ${message}` });
    return undefined;
  }

  /** The field's name as messages write it, with the prefix of a nested object. */
  nameOf(field: string): string {
    return `${this.prefix}${field}`;
  }

  /**
   * Readers for a list of objects, e.g. `pools`, each reporting its fields as `pools[i].field`;
   * undefined (with an error) when the field is not a list, and at most `max` items are read.
   */
  objects(name: string, max: number, maxWhy: string): InputReader[] | undefined {
    if (!this.has(name)) return undefined;
    const v = this.obj[name];
    if (!Array.isArray(v)) return this.fail(name, `expected a list of objects, got ${describe(v)}`);
    if (v.length === 0) return this.fail(name, 'is empty; give at least one item');
    if (v.length > max) return this.fail(name, `has ${fmt(v.length)} items; at most ${fmt(max)}, ${maxWhy}`);
    const out: InputReader[] = [];
    v.forEach((item, i) => {
      const itemName = `${name}[${i}]`;
      if (item === null || typeof item !== 'object' || Array.isArray(item)) this.fail(itemName, `expected an object, got ${describe(item)}`);
      else out.push(new InputReader(item as Record<string, unknown>, this.errors, `${this.prefix}${itemName}.`));
    });
    return out;
  }

  /** Reads a max surge (a whole number of nodes or a percentage such as "10%"); the default when absent. */
  surge(name: string, fallback: MaxSurge): MaxSurge {
    if (!this.has(name)) return fallback;
    const parsed = parseSurge(this.obj[name]);
    if (parsed.ok) return parsed.value;
    this.fail(name, parsed.message);
    return fallback;
  }

  /** Reads a whole number within bounds; undefined (with an error recorded) when it is missing or bad. */
  int(name: string, rule: IntRule): number | undefined {
    if (!this.has(name)) return rule.default ?? this.fail(name, `is required; expected a whole number from ${fmt(rule.min)} to ${fmt(rule.max)}`);
    const v = this.obj[name];
    if (typeof v !== 'number') return this.fail(name, `expected a whole number, got ${describe(v)}`);
    if (!Number.isFinite(v) || !Number.isInteger(v)) return this.fail(name, `expected a whole number, got ${v}`);
    if (v < rule.min) return this.fail(name, `${fmt(v)} is less than ${fmt(rule.min)}${rule.minWhy ? `, ${rule.minWhy}` : ''}`);
    if (v > rule.max) return this.fail(name, `${fmt(v)} is more than ${fmt(rule.max)}${rule.maxWhy ? `, ${rule.maxWhy}` : ''}`);
    // -0 is 0: it must never be written as "-0".
    return v === 0 ? 0 : v;
  }

  /** Reads an optional boolean. */
  bool(name: string, fallback: boolean): boolean {
    if (!this.has(name)) return fallback;
    const v = this.obj[name];
    if (typeof v !== 'boolean') {
      this.fail(name, `expected true or false, got ${describe(v)}`);
      return fallback;
    }
    return v;
  }

  /** Reads an optional string field. */
  string(name: string): string | undefined {
    if (!this.has(name)) return undefined;
    const v = this.obj[name];
    if (typeof v !== 'string') return this.fail(name, `expected a string, got ${describe(v)}`);
    return v;
  }

  /** Reads an optional CIDR string. */
  cidr(name: string): Cidr | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    const parsed = parseCidr(text);
    return parsed.ok ? parsed.value : this.fail(name, parsed.message);
  }

  /** Reads an optional IP address string. */
  ip(name: string): IpAddress | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    const parsed = parseIp(text);
    return parsed.ok ? parsed.value : this.fail(name, parsed.message);
  }

  /** Reads a CIDR or a list of at most `max` CIDRs; a single string is named `name`, list items `name[i]`. */
  cidrs(name: string, max = Number.MAX_SAFE_INTEGER, maxWhy = ''): NamedCidr[] {
    if (!this.has(name)) return [];
    const v = this.obj[name];
    if (Array.isArray(v) && v.length > max) {
      this.fail(name, `has ${fmt(v.length)} ranges; at most ${fmt(max)}${maxWhy ? `, ${maxWhy}` : ''}`);
      return [];
    }
    if (typeof v === 'string') {
      const c = this.cidr(name);
      return c ? [{ name, cidr: c }] : [];
    }
    if (!Array.isArray(v)) {
      this.fail(name, `expected a CIDR or a list of CIDRs, got ${describe(v)}`);
      return [];
    }
    const out: NamedCidr[] = [];
    v.forEach((item, i) => {
      const itemName = `${name}[${i}]`;
      if (typeof item !== 'string') return this.fail(itemName, `expected a CIDR string, got ${describe(item)}`);
      const parsed = parseCidr(item);
      if (parsed.ok) out.push({ name: itemName, cidr: parsed.value });
      else this.fail(itemName, parsed.message);
    });
    return out;
  }

  /** Records an error for every field that no reader asked for, naming the fields that exist. */
  rejectUnknown(): void {
    for (const key of Object.keys(this.obj)) {
      if (!this.known.has(key)) {
        this.fail(key === '' ? '""' : key, `unknown field; expected one of ${[...this.known].join(', ')}`);
      }
    }
  }
}

/** `{ [field]: cidr text }` when the range was given, else nothing, for echoing normalised inputs. */
export function given<K extends string>(field: K, cidr: Cidr | undefined): Partial<Record<K, string>> {
  return cidr ? ({ [field]: cidr.text } as Record<K, string>) : {};
}

export { describe };
