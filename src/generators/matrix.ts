/**
 * The compact matrix of /compare/: every option (plugin or configuration) against every property,
 * each cell a support state and a short value, with its note and sources moved out of the grid into
 * numbered notes. Identical notes (a configuration repeating its IP mode's cell, say) are one note,
 * so the page stays small however many columns there are.
 */
import type { Model } from '../model/model';
import type { Category, Property, Support } from '../schemas';
import type { CellView } from './cell-view';
import { comparisonView, type ComparedPlugin } from './comparison';
import { isConfiguration } from './configuration';
import { matrixPositions, type MatrixPositions } from './matrix-positions';
import { sourceRefs, type SourceRef } from './source-refs';

/** One cell of the matrix: what the grid shows, and the number of its note (if it has a note or sources). */
export interface MatrixCell {
  support?: Support;
  text: string;
  /** Comparable key: two cells with the same key read the same. */
  key: string;
  /** 1-based number of the cell's entry in `notes`. */
  note?: number;
}

/** A note the matrix cells point to: the full answer, its conditions and its sources. */
export interface MatrixNote {
  number: number;
  rowId: string;
  rowLabel: string;
  /** Ids of the columns whose cell is this note, in column order. */
  columns: string[];
  support?: Support;
  text: string;
  note?: string;
  sources: SourceRef[];
}

/** A property row: its label, what it means, and a cell per column. */
export interface MatrixRow {
  id: string;
  label: string;
  definition: string;
  unit?: string;
  glossary?: string;
  /** For configurations: which part decides the property (absent on derived rows). */
  decidedBy?: Property['decidedBy'];
  cells: MatrixCell[];
}

/** The whole matrix: columns in shared order, rows by category, the numbered notes and every cited source once. */
export interface MatrixView {
  columns: (ComparedPlugin & { selected: boolean })[];
  categories: { id: Category; label: string; rows: MatrixRow[] }[];
  notes: MatrixNote[];
  sources: SourceRef[];
  /** The organisation's position on each column, where the site has guidance files. */
  positions?: MatrixPositions;
}

/** Identity of a cell's note: the same answer, note and sources in the same row are one note. */
function noteKey(rowId: string, cell: CellView): string {
  return [rowId, cell.support ?? '', cell.text, cell.note ?? '', cell.sources.map((s) => s.id).join(' ')].join('\n');
}

/**
 * Builds the matrix of every plugin and configuration. Plugins are selected by default (the reader
 * adds configurations); notes are numbered in order of first appearance, row by row, in the columns
 * selected by default first.
 */
export function matrixView(model: Model, asOf: string): MatrixView {
  const view = comparisonView(model, asOf);
  const notes: MatrixNote[] = [];
  const byKey = new Map<string, MatrixNote>();
  const categories = view.categories.map((category) => ({
    id: category.id,
    label: category.label,
    rows: category.rows.map((row): MatrixRow => {
      const property = model.propertyById.get(row.id)!;
      const cells = row.cells.map((cell, i): MatrixCell => {
        const base: MatrixCell = { ...(cell.support ? { support: cell.support } : {}), text: cell.text, key: cell.key };
        if (!cell.note && cell.sources.length === 0) return base;
        const key = noteKey(row.id, cell);
        let note = byKey.get(key);
        if (!note) {
          note = {
            number: notes.length + 1,
            rowId: row.id,
            rowLabel: row.label,
            columns: [],
            ...(cell.support ? { support: cell.support } : {}),
            text: cell.text,
            ...(cell.note ? { note: cell.note } : {}),
            sources: cell.sources,
          };
          notes.push(note);
          byKey.set(key, note);
        }
        note.columns.push(view.plugins[i]!.id);
        return { ...base, note: note.number };
      });
      return {
        id: row.id,
        label: row.label,
        definition: row.definition,
        ...(property.data.unit ? { unit: property.data.unit } : {}),
        ...(row.glossary ? { glossary: row.glossary } : {}),
        ...(property.data.decidedBy ? { decidedBy: property.data.decidedBy } : {}),
        cells,
      };
    }),
  }));
  const columns = view.plugins.map((p) => ({ ...p, selected: !isConfiguration(model, p.id) }));
  // Number the notes as the page first shows them: those of the columns selected by default in reading
  // order, then the rest. The compare script numbers the visible notes the same way, so at load it
  // changes nothing the reader sees.
  const order: MatrixNote[] = [];
  for (const row of categories.flatMap((c) => c.rows)) {
    row.cells.forEach((cell, i) => {
      const note = cell.note === undefined ? undefined : notes[cell.note - 1]!;
      if (note && columns[i]!.selected && !order.includes(note)) order.push(note);
    });
  }
  for (const note of notes) if (!order.includes(note)) order.push(note);
  const renumbered = new Map(order.map((note, i) => [note.number, i + 1]));
  for (const row of categories.flatMap((c) => c.rows)) for (const cell of row.cells) if (cell.note !== undefined) cell.note = renumbered.get(cell.note)!;
  order.forEach((note, i) => (note.number = i + 1));
  const cited = [...new Set(notes.flatMap((n) => n.sources.map((s) => s.id)))];
  const positions = matrixPositions(model, columns, asOf);
  return {
    ...(positions ? { positions } : {}),
    columns,
    categories,
    notes: order,
    sources: sourceRefs(model, cited).sort((a, b) => a.title.localeCompare(b.title)),
  };
}
