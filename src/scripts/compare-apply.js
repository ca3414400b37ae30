// @ts-check
/*
 * Shows the matrix of /compare/ for a selection: the chosen columns, the rows that differ when asked,
 * the notes of what is visible numbered in reading order. The page inlines this file right after the
 * matrix as a classic script, so a linked selection (?plugins=a,b&diff=1) is in place before the first
 * paint instead of the default columns flashing and the page jumping; the compare script calls
 * `fmCompare.apply` again when the reader changes the selection. Plain JavaScript, as the page runs
 * it without a build step.
 */
(function () {
  /**
   * Applies a selection to a matrix and returns what it shows.
   * @param {HTMLElement} matrix the [data-matrix] element
   * @param {string[]} selected ids of the columns to show
   * @param {boolean} diffOnly hide the rows whose shown cells read the same
   * @returns {{ differing: number, rows: number, notes: HTMLElement[] }}
   */
  function apply(matrix, selected, diffOnly) {
    var table = /** @type {HTMLTableElement} */ (matrix.querySelector('table'));
    var list = /** @type {HTMLElement} */ (matrix.querySelector('[data-notes]'));
    var heads = Array.prototype.slice.call(/** @type {HTMLTableSectionElement} */ (table.tHead).rows[0].cells, 1);
    var shown = heads.map(function (th) {
      return selected.indexOf(th.dataset.plugin) >= 0;
    });
    matrix.dataset.cols = String(selected.length);
    heads.forEach(function (th, i) {
      th.hidden = !shown[i];
    });
    var differing = 0;
    var rows = 0;
    /** @type {HTMLElement[]} */
    var used = [];
    Array.prototype.forEach.call(table.tBodies, function (/** @type {HTMLTableSectionElement} */ body) {
      var inBody = 0;
      Array.prototype.forEach.call(body.querySelectorAll('tr[data-row]'), function (/** @type {HTMLTableRowElement} */ row) {
        var cells = Array.prototype.slice.call(row.cells, 1);
        /** @type {Record<string, true>} */
        var answers = {};
        var count = 0;
        cells.forEach(function (/** @type {HTMLTableCellElement} */ td, /** @type {number} */ i) {
          td.hidden = !shown[i];
          if (!shown[i]) return;
          // A cell's answer as the reader sees it: its support state and its value.
          var val = td.querySelector('.fm-m__val');
          var key = td.className + '|' + (val ? val.textContent : '');
          if (!answers[key]) count++;
          answers[key] = true;
        });
        if (count > 1) differing++;
        row.hidden = diffOnly && count <= 1;
        if (row.hidden) return;
        inBody++;
        cells.forEach(function (/** @type {HTMLTableCellElement} */ td, /** @type {number} */ i) {
          var button = shown[i] && td.querySelector('button');
          var note = button && document.getElementById(button.getAttribute('popovertarget') || '');
          if (note && used.indexOf(note) < 0) used.push(note);
        });
      });
      body.hidden = inBody === 0;
      rows += inBody;
      var heading = /** @type {HTMLTableCellElement | null} */ (body.querySelector('tr:first-child > th'));
      if (heading) heading.colSpan = selected.length + 1;
    });
    // The notes of visible cells, in reading order, numbered 1, 2, 3 ... (footnotes on paper).
    /** @type {Record<string, string>} */
    var number = {};
    used.forEach(function (li, i) {
      number[li.id] = String(i + 1);
    });
    var items = Array.prototype.slice.call(list.children);
    items.forEach(function (/** @type {HTMLElement} */ li) {
      li.toggleAttribute('data-unused', !number[li.id]);
      Array.prototype.forEach.call(li.querySelectorAll('[data-col]'), function (/** @type {HTMLElement} */ col) {
        col.hidden = selected.indexOf(col.dataset.col || '') < 0;
      });
    });
    var order = used.concat(items.filter(function (li) { return !number[li.id]; }));
    if (order.some(function (li, i) { return list.children[i] !== li; })) list.append.apply(list, order);
    Array.prototype.forEach.call(table.querySelectorAll('.fm-m__n'), function (/** @type {HTMLElement} */ n) {
      var button = /** @type {HTMLElement} */ (n.closest('button'));
      var next = number[button.getAttribute('popovertarget') || ''];
      if (next && next !== n.textContent) n.textContent = next;
    });
    return { differing: differing, rows: rows, notes: used };
  }

  /**
   * The selection a URL asks for: its ?plugins= ids that are columns (else the columns shown by
   * default, those the page does not mark data-added) and ?diff=1.
   * @param {HTMLElement} matrix
   * @param {string} search location.search
   */
  function fromUrl(matrix, search) {
    var params = new URLSearchParams(search);
    var heads = Array.prototype.slice.call(matrix.querySelectorAll('thead th[data-plugin]'));
    var ids = heads.map(function (th) { return th.dataset.plugin; });
    var wanted = (params.get('plugins') || '').split(',').filter(function (id) { return ids.indexOf(id) >= 0; });
    var defaults = heads.filter(function (th) { return !th.hasAttribute('data-added'); }).map(function (th) { return th.dataset.plugin; });
    return { selected: wanted.length ? wanted : defaults, defaults: defaults, diffOnly: params.get('diff') === '1' };
  }

  /** @type {any} */ (window).fmCompare = { apply: apply, fromUrl: fromUrl };
  var matrix = /** @type {HTMLElement | null} */ (document.currentScript && document.currentScript.closest('[data-matrix]'));
  if (!matrix) return;
  var wanted = fromUrl(matrix, location.search);
  if (/[?&](plugins|diff)=/.test(location.search)) apply(matrix, wanted.selected, wanted.diffOnly);
  matrix.classList.remove('fm-pending');
})();
