// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Print buttons (no inline handlers: the Content-Security-Policy forbids them).
document.addEventListener('click', function (event) {
  if (event.target.closest('.js-print')) {
    window.print();
  }
});

// A refused form: move the focus to the summary of what to correct, so screen readers announce it.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('form-errors');
  if (summary) {
    summary.focus();
  }
});

// "Go back" buttons on the error page.
document.addEventListener('click', function (event) {
  if (event.target.closest('.js-back')) {
    window.history.back();
  }
});
