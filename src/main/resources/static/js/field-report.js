// The officer's field form: sends a control or seizure to the API with an idempotency key, and keeps a report that
// could not be sent in this browser (localStorage) to send it again, with the same key, when the connection returns.
// The server makes one report per key, so a report sent twice (the answer lost on the way back) is never doubled.
(function () {
  var form = document.getElementById('field-form');
  if (!form) {
    return;
  }
  var endpoint = form.dataset.endpoint;
  var storeKey = 'jcohub.field-reports.' + form.dataset.operation;
  var status = document.getElementById('field-status');
  var pendingBox = document.getElementById('field-pending');
  var errorBox = document.getElementById('field-errors');
  var sending = false;

  function newKey() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function pending() {
    try {
      return JSON.parse(window.localStorage.getItem(storeKey) || '[]');
    } catch (e) {
      return [];
    }
  }

  function keep(list) {
    window.localStorage.setItem(storeKey, JSON.stringify(list));
    showPending(list);
  }

  function showPending(list) {
    if (list.length === 0) {
      pendingBox.classList.add('d-none');
      pendingBox.textContent = '';
      return;
    }
    pendingBox.classList.remove('d-none');
    pendingBox.textContent = list.length === 1 ? pendingBox.dataset.one
        : pendingBox.dataset.many.replace('{0}', String(list.length));
  }

  function headers(key) {
    var result = { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Idempotency-Key': key };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      result[header.content] = token.content;
    }
    return result;
  }

  function selectedType() {
    var checked = form.querySelector('input[name="type"]:checked');
    return checked ? checked.value : 'CONTROL';
  }

  function showType() {
    var type = selectedType();
    form.querySelectorAll('[data-for-type]').forEach(function (part) {
      part.hidden = part.dataset.forType !== type;
    });
  }

  function value(name) {
    var field = form.elements[name];
    if (!field) {
      return null;
    }
    var text = (field.value || '').trim();
    return text === '' ? null : text;
  }

  function body() {
    var type = selectedType();
    var report = {
      type: type,
      occurredAt: new Date().toISOString(),
      location: value('location'),
      transportMode: value('transportMode'),
      riskArea: value('riskArea'),
      profileId: value('profileId'),
      summary: value('summary'),
      identifiers: (value('identifiers') || '').split(',').map(function (s) { return s.trim(); })
        .filter(function (s) { return s !== ''; })
    };
    if (type === 'CONTROL') {
      report.controlledKind = value('controlledKind');
      report.controlledCount = value('controlledCount') === null ? null : Number(value('controlledCount'));
      var result = form.querySelector('input[name="result"]:checked');
      report.result = result ? result.value : null;
    } else {
      ['quantity', 'valueEur', 'dutiesEur'].forEach(function (name) {
        report[name] = value(name) === null ? null : Number(value(name));
      });
      report.unit = value('unit');
      report.concealment = value('concealment');
      report.routeFrom = value('routeFrom');
      report.routeTo = value('routeTo');
    }
    return report;
  }

  function clearErrors() {
    errorBox.classList.add('d-none');
    errorBox.textContent = '';
    form.querySelectorAll('.is-invalid').forEach(function (field) { field.classList.remove('is-invalid'); });
    form.querySelectorAll('.invalid-feedback').forEach(function (feedback) { feedback.textContent = ''; });
  }

  function showErrors(errors) {
    var list = document.createElement('ul');
    list.className = 'mb-0';
    Object.keys(errors).forEach(function (name) {
      var field = form.elements[name];
      var feedback = document.getElementById(name + '-error');
      if (field && field.classList) {
        field.classList.add('is-invalid');
      }
      if (feedback) {
        feedback.textContent = errors[name];
        feedback.classList.add('d-block');
      }
      var item = document.createElement('li');
      var label = form.querySelector('label[for="' + name + '"]');
      item.textContent = (label ? label.textContent + ': ' : '') + errors[name];
      list.appendChild(item);
    });
    var heading = document.createElement('p');
    heading.className = 'mb-1';
    heading.textContent = errorBox.dataset.heading;
    errorBox.appendChild(heading);
    errorBox.appendChild(list);
    errorBox.classList.remove('d-none');
  }

  function say(text, link) {
    status.textContent = text;
    if (link) {
      var a = document.createElement('a');
      a.href = form.dataset.reportUrl + link.id;
      a.textContent = ' ' + link.reference;
      a.className = 'ms-1';
      status.appendChild(a);
    }
  }

  // Sends one kept report. Resolves to 'sent', 'refused' (the server answered: it will never take it as it is)
  // or 'kept' (no answer: the connection is down, try again later).
  function send(item) {
    return fetch(endpoint, {
      method: 'POST', credentials: 'same-origin', headers: headers(item.key), body: JSON.stringify(item.body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.ok) {
          return { outcome: 'sent', report: json };
        }
        if (response.status >= 500 || response.status === 429) {
          return { outcome: 'kept' };
        }
        return { outcome: 'refused', problem: json };
      });
    }, function () {
      return { outcome: 'kept' };
    });
  }

  function drop(key) {
    keep(pending().filter(function (item) { return item.key !== key; }));
  }

  // Sends what is kept, oldest first, one at a time; stops at the first that cannot get through.
  function resend() {
    if (sending) {
      return;
    }
    var list = pending();
    if (list.length === 0) {
      return;
    }
    sending = true;
    var item = list[0];
    send(item).then(function (answer) {
      sending = false;
      if (answer.outcome === 'kept') {
        return;
      }
      drop(item.key);
      if (answer.outcome === 'sent') {
        say(form.dataset.resent, answer.report);
      } else {
        say(form.dataset.refused);
      }
      resend();
    });
  }

  form.addEventListener('change', function (event) {
    if (event.target.name === 'type') {
      showType();
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    var item = { key: newKey(), body: body(), savedAt: new Date().toISOString() };
    // Kept before it is sent: a tab closed or a phone locked while sending loses nothing.
    keep(pending().concat([item]));
    sending = true;
    send(item).then(function (answer) {
      sending = false;
      if (answer.outcome === 'kept') {
        say(form.dataset.kept);
        return;
      }
      drop(item.key);
      if (answer.outcome === 'sent') {
        form.reset();
        showType();
        say(form.dataset.sent, answer.report);
      } else {
        say('');
        showErrors((answer.problem && answer.problem.errors) || { type: (answer.problem && answer.problem.detail) || '' });
      }
      resend();
    });
  });

  window.addEventListener('online', resend);
  window.setInterval(resend, 5000);
  showType();
  showPending(pending());
  resend();
}());
