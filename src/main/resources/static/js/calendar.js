// The coordination calendar: FullCalendar with month, quarter and year views. Events come from
// data-events-url with the filter form's current values; texts come from data-* attributes (no inline script).
(function () {
  'use strict';

  function filterParams() {
    var form = document.getElementById('filters');
    var params = {};
    if (!form) {
      return params;
    }
    new FormData(form).forEach(function (value, name) {
      if (value) {
        params[name] = value;
      }
    });
    return params;
  }

  // One legend entry per organiser on screen, in the organiser's colour.
  function renderLegend(legend, events) {
    var organisers = {};
    events.forEach(function (event) {
      var props = event.extendedProps;
      organisers[props.organiser] = { name: props.organiserName, colour: event.backgroundColor };
    });
    var codes = Object.keys(organisers).sort(function (a, b) {
      return organisers[a].name.localeCompare(organisers[b].name);
    });
    legend.replaceChildren();
    if (codes.length === 0) {
      var empty = document.createElement('li');
      empty.className = 'text-body-secondary';
      empty.textContent = legend.dataset.empty;
      legend.appendChild(empty);
      return;
    }
    codes.forEach(function (code) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'hub-swatch';
      swatch.style.backgroundColor = organisers[code].colour;
      swatch.setAttribute('aria-hidden', 'true');
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(organisers[code].name));
      legend.appendChild(item);
    });
  }

  function start() {
    var element = document.getElementById('calendar');
    if (!element || typeof FullCalendar === 'undefined') {
      return;
    }
    var data = element.dataset;
    var legend = document.getElementById('calendar-legend');
    var status = document.getElementById('calendar-status');
    var narrow = window.matchMedia('(max-width: 767px)').matches;
    var options = {
      locale: data.locale || 'en',
      timeZone: 'UTC',
      firstDay: 1,
      initialView: data.initialView || 'dayGridMonth',
      height: 'auto',
      headerToolbar: narrow
        ? { left: 'prev,next', center: 'title', right: 'today' }
        : { left: 'prev,next today', center: 'title', right: 'dayGridMonth,multiMonthQuarter,multiMonthYear' },
      footerToolbar: narrow ? { center: 'dayGridMonth,multiMonthQuarter,multiMonthYear' } : false,
      buttonText: { today: data.labelToday },
      views: {
        dayGridMonth: { buttonText: data.labelMonth },
        multiMonthQuarter: { type: 'multiMonth', duration: { months: 3 }, buttonText: data.labelQuarter,
          multiMonthMaxColumns: 3 },
        multiMonthYear: { buttonText: data.labelYear, multiMonthMaxColumns: 4 }
      },
      dayMaxEvents: 4,
      events: { url: data.eventsUrl, extraParams: filterParams },
      eventDidMount: function (info) {
        var props = info.event.extendedProps;
        var title = info.event.title + ' – ' + props.organiserName;
        if (props.calendarEntryOnly) {
          title += ' (' + data.labelEntryOnly + ')';
        }
        info.el.setAttribute('title', title);
        info.el.setAttribute('aria-label', title);
      },
      eventsSet: function (events) {
        if (legend) {
          renderLegend(legend, events);
        }
      },
      loading: function (isLoading) {
        element.setAttribute('aria-busy', isLoading ? 'true' : 'false');
      },
      eventSourceFailure: function () {
        if (status) {
          status.textContent = data.labelError;
          status.className = 'alert alert-danger mt-2';
        }
      }
    };
    if (data.initialDate) {
      options.initialDate = data.initialDate;
    }
    new FullCalendar.Calendar(element, options).render();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
