// The editor page's glue: YASGUI on the endpoint of this server, the example buttons loading and running a query.
(function () {
  const box = document.getElementById('yasgui');
  const endpoint = new URL(box.dataset.endpoint, location.href).href;
  const yasgui = new Yasgui(box, {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: false,
    // each visit starts from the examples, not from what an earlier visit left in the browser
    persistenceId: null,
    populateFromUrl: false,
  });
  function run(name) {
    const source = document.getElementById('q-' + name);
    if (!source) return;
    const tab = yasgui.getTab();
    tab.setQuery(source.value);
    tab.query();
  }
  document.querySelectorAll('button[data-example]').forEach(function (b) {
    b.addEventListener('click', function () { run(b.dataset.example); });
  });
  const wanted = new URLSearchParams(location.search).get('example');
  if (wanted) run(wanted);
  window.budgetkgEditor = yasgui;
})();
