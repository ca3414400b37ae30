/**
 * The position row of the comparison matrix (/compare/) where the site has guidance files: per
 * column, the organisation's position on the option and any stricter position on one of its parts,
 * where the rationale is, and the rank the columns sort by when the reader orders them by position.
 */
import type { Model } from '../model/model';
import type { ComparedPlugin } from './comparison';
import { href } from './href';
import { allPositions, hasGuidance, positionsHeading, positionWithParts, strictestRank, type PositionView } from './positions';

/** One column's cell of the position row. */
export interface MatrixPositionCell {
  /** Sort key of "order by position" (see strictestRank). */
  rank: number;
  own?: PositionView;
  /** Positions on its parts that need an exception or prohibit it (a configuration's IP mode, say), strictest first, with the part's role. */
  parts: { role: string; position: PositionView }[];
  /** The option's page at its position section, when it or a part has a position. */
  href?: string;
}

/** The position row: its category heading and one cell per column. */
export interface MatrixPositions {
  heading: string;
  cells: MatrixPositionCell[];
}

/** The position row of these columns, or undefined when the site has no guidance file. */
export function matrixPositions(model: Model, columns: readonly ComparedPlugin[], asOf: string): MatrixPositions | undefined {
  if (!hasGuidance(model)) return undefined;
  const cells = columns.map((column): MatrixPositionCell => {
    const found = positionWithParts(model, { kind: column.kind, id: column.id }, asOf);
    const ipMode = model.configurationById.get(column.id)?.data.ipMode;
    const parts = found.restricted.filter((p) => p !== found.own).map((position) => ({ role: position.subject.id === ipMode ? 'IP mode' : 'Dataplane', position }));
    const shown = found.own ?? parts[0];
    return { rank: strictestRank(found), ...(found.own ? { own: found.own } : {}), parts, ...(shown ? { href: href(`${column.path}#position`) } : {}) };
  });
  const shown = cells.flatMap((c) => [...(c.own ? [c.own] : []), ...c.parts.map((p) => p.position)]);
  // Options without any position still name whose positions the row would show.
  return { heading: positionsHeading(shown.length ? shown : allPositions(model, asOf)), cells };
}
