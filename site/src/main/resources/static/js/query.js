// The SPARQL editor: CodeMirror over the textarea; runs the query against /sparql and shows a table.
// Without JavaScript the form posts to /sparql directly.
(function () {
  'use strict';
  var form = document.getElementById('sparql-form');
  var textarea = document.getElementById('sparql-query');
  var results = document.getElementById('results');
  var status = document.getElementById('query-status');
  if (!form || !textarea) { return; }
  var editor = typeof CodeMirror !== 'undefined'
    ? CodeMirror.fromTextArea(textarea, { mode: 'application/sparql-query', lineNumbers: true, viewportMargin: Infinity })
    : null;

  function cell(binding) {
    var td = document.createElement('td');
    if (!binding) { return td; }
    if (binding.type === 'uri') {
      var a = document.createElement('a');
      var local = binding.value.indexOf(location.origin + '/') === 0;
      a.href = binding.value.replace(/^https:\/\/w3id\.org\/esimder\/vocab\//, '/vocab/');
      a.textContent = binding.value;
      if (!local) { a.rel = 'nofollow'; }
      td.appendChild(a);
    } else {
      td.textContent = binding.value;
    }
    return td;
  }

  function render(json) {
    results.textContent = '';
    if (typeof json.boolean === 'boolean') { results.textContent = String(json.boolean); return; }
    var vars = json.head.vars;
    var table = document.createElement('table');
    var head = table.insertRow();
    vars.forEach(function (v) { var th = document.createElement('th'); th.textContent = v; head.appendChild(th); });
    json.results.bindings.forEach(function (b) {
      var row = table.insertRow();
      vars.forEach(function (v) { row.appendChild(cell(b[v])); });
    });
    results.appendChild(table);
    status.textContent = json.results.bindings.length + ' ✓';
    if (json.results.bindings.length === 0) { status.textContent = results.dataset.noResults; }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (editor) { editor.save(); }
    status.textContent = '…';
    var body = new URLSearchParams();
    body.set('query', textarea.value);
    fetch(form.action, {
      method: 'POST', body: body,
      headers: { 'Accept': 'application/sparql-results+json' }
    }).then(function (r) {
      if (!r.ok) { return r.text().then(function (t) { throw new Error(r.status + ' ' + t); }); }
      return r.json();
    }).then(render).catch(function (e) {
      results.textContent = '';
      var pre = document.createElement('pre');
      pre.textContent = results.dataset.error + ': ' + e.message;
      results.appendChild(pre);
      status.textContent = '';
    });
  });
})();
