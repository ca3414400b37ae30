/**
 * The node pool editor: the pools after the first (whose values are the single-pool fields above it),
 * one group of labelled inputs per pool, added and removed with buttons. It keeps its rows as JSON in
 * the field's hidden input, so the form, the URL and the calculator read it like any other field.
 */
import { poolRows, poolRowsText, type PoolColumn, type PoolRow } from '../../generators/calculators/pool-rows';
import { el } from './dom';

const LABELS: Record<PoolColumn, { label: string; numeric?: boolean; placeholder?: string }> = {
  name: { label: 'Name' },
  nodes: { label: 'Nodes', numeric: true },
  maxNodes: { label: 'Autoscaler max', numeric: true, placeholder: 'none' },
  maxSurge: { label: 'Max surge', placeholder: 'AKS default' },
  maxPods: { label: 'Max pods', numeric: true },
  subnet: { label: 'Node subnet', placeholder: 'first pool\'s' },
  podSubnet: { label: 'Pod subnet', placeholder: 'first pool\'s' },
};

/** Most further pools the editor offers (the calculators accept 100 pools in all). */
const ROWS_MAX = 99;

/** What the calculator script does with the editor. */
export interface PoolEditor {
  /** Adds a pool (copying the last one's nodes and max pods) and moves the focus into it. */
  addRow(): void;
  /** Shows the rows of a `pools` value, e.g. after the form was reset or restored from the URL. */
  render(value: string): void;
  /** Marks the inputs that messages such as "pool 2, maxPods: ..." are about. */
  showErrors(messages: readonly string[]): void;
}

/**
 * Turns a `[data-calc-pools]` container into the editor; `changed` runs after every edit. The
 * calculator script loads this module only when a page has pools or the reader adds one.
 */
export function mountPoolEditor(root: HTMLElement, input: HTMLInputElement, changed: () => void): PoolEditor {
  const columns = (root.dataset.columns ?? '').split(',').filter((c): c is PoolColumn => c in LABELS);
  const list = root.querySelector<HTMLElement>('[data-calc-pool-rows]');
  const add = root.querySelector<HTMLButtonElement>('[data-calc-pool-add]');
  const status = root.querySelector<HTMLElement>('[data-calc-pool-status]');
  const idBase = input.id;
  let rows: PoolRow[] = poolRows(input.value);

  const commit = () => {
    input.value = poolRowsText(rows);
    changed();
  };

  const draw = () => {
    if (!list) return;
    list.replaceChildren(
      ...rows.map((row, i) => {
        const number = i + 2;
        const cells = columns.map((col) => {
          const spec = LABELS[col];
          const id = `${idBase}-${i}-${col}`;
          const field = el('input', {
            id,
            type: 'text',
            value: row[col] ?? '',
            'data-col': col,
            inputmode: spec.numeric ? 'numeric' : null,
            placeholder: col === 'name' ? `nodepool${number}` : (spec.placeholder ?? null),
            spellcheck: 'false',
            autocomplete: 'off',
            autocapitalize: 'off',
          });
          field.addEventListener('input', (event) => {
            // The form listens for input too; the editor's commit recomputes once with the new rows.
            event.stopPropagation();
            rows[i] = { ...rows[i], [col]: field.value };
            commit();
          });
          return el('div', { class: 'calc-pool__cell' }, [el('label', { for: id }, [spec.label]), field]);
        });
        const remove = el('button', { type: 'button', class: 'calc-button calc-button--small' }, [`Remove pool ${number}`]);
        remove.addEventListener('click', () => {
          rows.splice(i, 1);
          draw();
          commit();
          if (status) status.textContent = `Pool ${number} removed.`;
          const next = list.querySelectorAll<HTMLButtonElement>('.calc-pool button')[Math.max(0, i - 1)];
          (next ?? add)?.focus();
        });
        return el('fieldset', { class: 'calc-pool', 'data-pool': String(number) }, [el('legend', {}, [`Pool ${number}`]), el('div', { class: 'calc-pool__grid' }, cells), remove]);
      }),
    );
    if (add) add.disabled = rows.length >= ROWS_MAX;
  };

  draw();

  return {
    addRow() {
      if (rows.length >= ROWS_MAX) return;
      // A new pool starts like the last one, or like the first pool (the fields above the editor).
      const last = rows[rows.length - 1];
      const first = (name: string) => (input.form?.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() || undefined;
      const maxPods = columns.includes('maxPods') ? (last?.maxPods ?? first('maxPods')) : undefined;
      rows.push({ nodes: last?.nodes ?? first('nodes') ?? '3', ...(maxPods ? { maxPods } : {}) });
      draw();
      commit();
      if (status) status.textContent = `Pool ${rows.length + 1} added.`;
      list?.querySelector<HTMLInputElement>(`.calc-pool:last-of-type input`)?.focus();
    },
    render(value: string) {
      rows = poolRows(value);
      draw();
    },
    showErrors(messages: readonly string[]) {
      for (const field of list?.querySelectorAll<HTMLInputElement>('input[data-col]') ?? []) field.removeAttribute('aria-invalid');
      for (const m of messages) {
        const match = /^pool (\d+), (\w+):/.exec(m);
        if (!match) continue;
        const field = list?.querySelector<HTMLInputElement>(`[data-pool="${match[1]}"] input[data-col="${match[2]}"]`);
        field?.setAttribute('aria-invalid', 'true');
      }
    },
  };
}
