/**
 * The node pool editor's value: the pools after the first as JSON rows of typed text, and how
 * messages about pools read in the form. Kept apart so the editor, loaded on first use, shares only this.
 */

/** A column of the node pool editor: the pool field it edits. */
export type PoolColumn = 'name' | 'nodes' | 'maxNodes' | 'maxSurge' | 'maxPods' | 'subnet' | 'podSubnet';

/** One further pool as typed in the editor: column values as text. */
export type PoolRow = Partial<Record<PoolColumn, string>>;

/** Reads the editor's rows from a `pools` field value (JSON text); anything unreadable is no rows. */
export function poolRows(value: string): PoolRow[] {
  if (value.trim() === '') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object' && !Array.isArray(r)).map((r) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)])),
    );
  } catch {
    return [];
  }
}

/** Writes rows as the `pools` field value, leaving out empty columns so links stay short; '' for no rows. */
export function poolRowsText(rows: readonly PoolRow[]): string {
  if (rows.length === 0) return '';
  return JSON.stringify(rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v.trim() !== ''))));
}

/**
 * Names a pool as the form shows it: `pools[0].maxPods:` is the first pool's field above the editor,
 * `pools[2].nodes:` is "pool 3, nodes:".
 */
export function poolMessage(message: string): string {
  return message.replace(/^pools\[(\d+)\]\.(\w+):/, (_m, i: string, key: string) => (i === '0' ? `${key}:` : `pool ${Number(i) + 1}, ${key}:`));
}
