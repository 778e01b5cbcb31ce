// cngkit report.html: filters over the verdicts, links from the matrix and the requirement rows, and the layout
// diagrams copied into a row or a diff when it is opened. Plain DOM, nothing loaded from anywhere.
(function () {
  'use strict';
  var f = {
    outcome: document.getElementById('f-outcome'),
    row: document.getElementById('f-row'),
    blob: document.getElementById('f-blob'),
    alg: document.getElementById('f-alg')
  };
  var verdicts = Array.prototype.slice.call(document.querySelectorAll('article.verdict'));
  var shown = document.getElementById('shown');

  function apply() {
    var n = 0;
    verdicts.forEach(function (v) {
      var o = f.outcome.value;
      var ok = (!o || (o === 'FAILED' ? v.dataset.failed === 'true' : v.dataset.outcome === o))
        && (!f.row.value || v.dataset.rows.indexOf(' ' + f.row.value + ' ') >= 0)
        && (!f.blob.value || v.dataset.blob === f.blob.value)
        && (!f.alg.value || v.dataset.alg === f.alg.value);
      v.classList.toggle('hidden', !ok);
      if (ok) { n++; }
    });
    shown.textContent = n + ' of ' + verdicts.length + ' shown';
  }

  function set(values) {
    Object.keys(f).forEach(function (k) { f[k].value = values[k] || ''; });
    apply();
  }

  Object.keys(f).forEach(function (k) { f[k].addEventListener('change', apply); });
  document.getElementById('clear').addEventListener('click', function () { set({}); });
  document.querySelectorAll('a.cell').forEach(function (a) {
    a.addEventListener('click', function () { set({ blob: a.dataset.blob, alg: a.dataset.alg }); });
  });
  document.querySelectorAll('a.row-link').forEach(function (a) {
    a.addEventListener('click', function () { set({ row: a.dataset.row }); });
  });
  document.querySelectorAll('details.diagram').forEach(function (d) {
    d.addEventListener('toggle', function () {
      var source = document.getElementById('diagram-' + d.dataset.ksy);
      if (d.open && source && !d.querySelector('svg')) {
        d.insertAdjacentHTML('beforeend', source.querySelector('svg').outerHTML);
      }
    });
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('article.verdict.failed details').forEach(function (d) { d.open = true; });
  });
  apply();
})();
