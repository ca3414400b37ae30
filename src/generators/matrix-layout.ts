/**
 * The matrix has two layouts. While the selected columns fit the width, the table spans it and the
 * page scrolls it, so its header row sticks under the site header (`position: sticky` only works
 * against the page when no box between them scrolls). When they do not fit, the table scrolls inside
 * its own box, one screen high, where the header row and the property column stick. Which one applies
 * depends on the width and on how many columns are selected (`data-cols`, set by the compare script):
 * one container query per column count, written here from the sizes below.
 */

/** Widths in rem of the property column and of each option column, on a narrow and a wide container. */
export const MATRIX_SIZES = {
  narrow: { label: 7.5, column: 5.25 },
  wide: { label: 11, column: 5.75 },
  /** Containers narrower than this use the narrow sizes. */
  breakpoint: 36,
} as const;

/** The container width (rem) below which k columns no longer fit, for the sizes in use at that width. */
function limits(k: number): { narrow: number; wide: number } {
  const { narrow, wide } = MATRIX_SIZES;
  return { narrow: narrow.label + k * narrow.column, wide: wide.label + k * wide.column };
}

/** The container query under which k selected columns need the scrolling box. */
export function boxQuery(k: number): string {
  const { narrow, wide } = limits(k);
  const { breakpoint } = MATRIX_SIZES;
  const small = `(width < ${+Math.min(narrow, breakpoint).toFixed(3)}rem)`;
  return wide <= breakpoint ? small : `${small} or ((width >= ${breakpoint}rem) and (width < ${+wide.toFixed(3)}rem))`;
}

/** The rule that puts a matrix matched by `on` into its scrolling box when k columns do not fit. */
export function boxRule(k: number, on: string): string {
  return (
    `@container fm-matrix ${boxQuery(k)}{` +
    `${on} .fm-matrix__scroll{overflow:auto;max-height:var(--fm-box-height)}` +
    `${on} .fm-m-table{width:calc(var(--fm-label) + ${k} * var(--fm-col))}` +
    `${on} thead th{top:0}` +
    `${on} th[scope=row],${on} .fm-m__corner,${on} .fm-m__cat span{position:sticky;inset-inline-start:0}}`
  );
}

/** The CSS that switches the matrix to its scrolling box, for each column count from 1 to `columns`. */
export function matrixLayoutCss(columns: number): string {
  const rules: string[] = [];
  for (let k = 1; k <= columns; k++) rules.push(boxRule(k, `.fm-matrix[data-cols="${k}"]`));
  return rules.join('');
}
