// The live picture: follows the operation's feed and, on every change, fetches the figures again and puts them in
// place. The browser's EventSource reconnects by itself when the stream ends or the connection drops.
(function () {
  var status = document.getElementById('picture-status');
  var figures = document.getElementById('figures');
  if (!status || !figures || !window.EventSource) {
    return;
  }
  var loading = false;
  var again = false;

  function refresh() {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    fetch(status.dataset.figures, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        figures.innerHTML = html;
        status.textContent = status.dataset.live.replace('{0}', new Date().toLocaleTimeString());
      })
      .catch(function () { status.textContent = status.dataset.offline; })
      .finally(function () {
        loading = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  var first = true;
  var source = new EventSource(status.dataset.feed);
  source.addEventListener('statistics', function () {
    if (first) {
      // The page was drawn with these figures already.
      first = false;
      status.textContent = status.dataset.live.replace('{0}', new Date().toLocaleTimeString());
      return;
    }
    refresh();
  });
  source.addEventListener('error', function () {
    status.textContent = status.dataset.offline;
    first = true;
  });
})();
