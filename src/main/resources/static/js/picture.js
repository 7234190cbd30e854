// The live picture: follows the operation's feed and, on every change, reads the page again and puts its new
// figures in place (the page draws them with the same template, in the reader's words). The browser's EventSource reconnects by itself when the stream ends or the connection drops.
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
    fetch(window.location.pathname, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('figures');
        if (!fresh) {
          return Promise.reject('no figures');
        }
        figures.innerHTML = fresh.innerHTML;
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
    // The browser connects again by itself; the figures it then sends may be new, so they are drawn.
    status.textContent = status.dataset.offline;
  });
})();
