// @ts-check
/*
 * Orders the columns of the /compare/ matrix by the organisation's position (recommended, allowed,
 * no position, by exception, prohibited; ties keep the site's order), or back to the site's order.
 * Rendered only where the site has guidance files: the matrix then gives every column heading its
 * rank (data-rank). The page inlines this file before compare-apply.js, so a linked order
 * (?order=position) is in place before the first paint; the compare script calls
 * `fmCompareOrder(matrix, byPosition)` when the reader changes it. Plain JavaScript, as the page runs
 * it without a build step.
 */
(function () {
  /** @type {string[] | undefined} the column ids in the site's order, as the page arrived */
  var siteOrder;

  /**
   * Puts the columns (heading, every row's cells) in position order or in the site's order.
   * @param {HTMLElement} matrix the [data-matrix] element
   * @param {boolean} byPosition
   */
  function order(matrix, byPosition) {
    var table = /** @type {HTMLTableElement} */ (matrix.querySelector('table'));
    var heads = Array.prototype.slice.call(/** @type {HTMLTableSectionElement} */ (table.tHead).rows[0].cells, 1);
    var ids = heads.map(function (/** @type {HTMLElement} */ th) { return th.dataset.plugin || ''; });
    var site = siteOrder || (siteOrder = ids);
    /** @type {Record<string, number>} */
    var rank = {};
    heads.forEach(function (/** @type {HTMLElement} */ th, /** @type {number} */ i) { rank[ids[i]] = Number(th.dataset.rank); });
    var wanted = site.slice();
    if (byPosition) wanted.sort(function (a, b) { return rank[a] - rank[b] || site.indexOf(a) - site.indexOf(b); });
    if (wanted.every(function (id, i) { return ids[i] === id; })) return;
    var from = wanted.map(function (id) { return ids.indexOf(id); });
    Array.prototype.forEach.call(table.rows, function (/** @type {HTMLTableRowElement} */ row) {
      // Category rows have one cell that spans the table.
      if (row.cells.length !== ids.length + 1) return;
      var cells = Array.prototype.slice.call(row.cells, 1);
      row.append.apply(row, from.map(function (i) { return cells[i]; }));
    });
  }

  /** @type {any} */ (window).fmCompareOrder = order;
  var matrix = /** @type {HTMLElement | null} */ (document.currentScript && document.currentScript.closest('[data-matrix]'));
  if (matrix && /[?&]order=position(&|$)/.test(location.search)) order(matrix, true);
})();
