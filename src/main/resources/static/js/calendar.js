// The coordination calendar: FullCalendar with month, quarter and year views. Events come from
// data-events-url with the filter form's current values; texts come from data-* attributes (no inline script).
//
// Each organiser has a colour and a letter code (the server chooses both); the code is on every bar, in the
// legend and in the year's rows, so that organisers can be told apart without the colour.
// Wide screens: a month grid, and for the quarter and the year an overview: one row per organiser across the
// months, every phase a bar, because three or twelve small month grids cannot hold that many operations (they
// end up as "+N more" links). Phones: the month and the quarter become an agenda (each operation once, with its
// dates), because a phone's month grid has no room for the names; the year overview stays, names above the rows.
(function () {
  'use strict';

  var DAY = 24 * 60 * 60 * 1000;

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

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  // The organiser's letter code in its colours; "inverted" on a bar that already has the organiser's background.
  function mark(code, colours, inverted) {
    var node = element('span', 'hub-code' + (colours.light ? ' hub-code-light' : ''), code);
    node.style.backgroundColor = inverted ? colours.text : colours.background;
    node.style.color = inverted ? colours.background : colours.text;
    node.style.borderColor = inverted ? colours.text : colours.border;
    node.setAttribute('aria-hidden', 'true');
    return node;
  }

  function coloursOf(ui) {
    return {
      background: ui.backgroundColor,
      text: ui.textColor,
      border: ui.borderColor,
      light: (ui.classNames || []).indexOf('hub-ev-light') >= 0
    };
  }

  function describe(title, props, labels) {
    var text = title + ' – ' + props.organiserName + ' – ' + props.dates;
    return props.calendarEntryOnly ? text + ' (' + labels.entryOnly + ')' : text;
  }

  // The phases of the view's period, each once, with what the page needs to show them.
  function phasesOf(props) {
    return FullCalendar.sliceEvents(props, true).map(function (seg) {
      return {
        id: seg.instance.instanceId,
        title: seg.def.title,
        url: seg.def.url,
        props: seg.def.extendedProps,
        colours: coloursOf(seg.ui),
        start: seg.instance.range.start.getTime(),
        end: seg.instance.range.end.getTime()
      };
    }).sort(function (a, b) {
      return a.start - b.start || a.title.localeCompare(b.title);
    });
  }

  function emptyNote(labels) {
    return element('p', 'hub-calendar-empty text-body-secondary', labels.empty);
  }

  // Phones: every operation of the period once, by start, with its organiser and dates.
  function renderAgenda(props, labels) {
    var phases = phasesOf(props);
    if (phases.length === 0) {
      return { domNodes: [emptyNote(labels)] };
    }
    var list = element('ol', 'hub-agenda list-unstyled mb-0');
    phases.forEach(function (phase) {
      var item = element('li', 'hub-agenda-item');
      var heading = element('div', 'hub-agenda-title');
      heading.appendChild(mark(phase.props.organiserCode, phase.colours, false));
      var link = element('a', null, phase.title);
      link.href = phase.url;
      link.setAttribute('aria-label', describe(phase.title, phase.props, labels));
      heading.appendChild(link);
      item.appendChild(heading);
      var facts = phase.props.dates + ' · ' + phase.props.organiserName;
      if (phase.props.calendarEntryOnly) {
        facts += ' · ' + labels.entryOnly;
      }
      item.appendChild(element('div', 'hub-agenda-facts', facts));
      list.appendChild(item);
    });
    return { domNodes: [list] };
  }

  // Puts each bar in the first lane where it does not overlap the previous one; returns the number of lanes.
  function assignLanes(phases) {
    var laneEnds = [];
    phases.forEach(function (phase) {
      var lane = 0;
      while (lane < laneEnds.length && laneEnds[lane] > phase.start) {
        lane++;
      }
      laneEnds[lane] = phase.end;
      phase.lane = lane;
    });
    return laneEnds.length;
  }

  function percent(value) {
    return (Math.round(value * 10000) / 100) + '%';
  }

  // One row per organiser (by name) across the period's months, a bar per phase.
  function renderOverview(props, labels) {
    var range = props.dateProfile.currentRange;
    var from = range.start.getTime();
    var span = range.end.getTime() - from;
    var phases = phasesOf(props);
    if (phases.length === 0) {
      return { domNodes: [emptyNote(labels)] };
    }
    var position = function (time) {
      return Math.min(Math.max((time - from) / span, 0), 1);
    };
    var root = element('div', 'hub-year');
    var months = monthStarts(range.start, range.end);
    root.appendChild(monthsHeader(months, position, labels));
    var grid = element('div', 'hub-year-body');
    grid.appendChild(gridLines(months, range, position));
    var rows = element('ul', 'hub-year-rows list-unstyled mb-0');
    rows.setAttribute('aria-label', labels.yearRows);
    organisersOf(phases).forEach(function (organiser, index) {
      rows.appendChild(yearRow(organiser, index, position, labels));
    });
    grid.appendChild(rows);
    root.appendChild(grid);
    // Once on the page, hide the names that do not fit their bars.
    window.setTimeout(function () {
      fitBarNames(root);
    }, 0);
    return { domNodes: [root] };
  }

  function organisersOf(phases) {
    var byCode = {};
    phases.forEach(function (phase) {
      var key = phase.props.organiser;
      if (!byCode[key]) {
        byCode[key] = { name: phase.props.organiserName, code: phase.props.organiserCode, colours: phase.colours,
          phases: [] };
      }
      byCode[key].phases.push(phase);
    });
    return Object.keys(byCode).map(function (key) {
      return byCode[key];
    }).sort(function (a, b) {
      return a.name.localeCompare(b.name);
    });
  }

  function yearRow(organiser, index, position, labels) {
    var row = element('li', 'hub-year-row');
    var label = element('div', 'hub-year-label');
    label.id = 'year-row-' + index;
    label.appendChild(mark(organiser.code, organiser.colours, false));
    label.appendChild(element('span', 'hub-year-name', organiser.name));
    row.appendChild(label);
    var track = element('ul', 'hub-year-track list-unstyled mb-0');
    track.setAttribute('aria-labelledby', label.id);
    var lanes = assignLanes(organiser.phases);
    track.style.setProperty('--lanes', lanes);
    organiser.phases.forEach(function (phase) {
      var item = element('li', 'hub-year-item');
      var start = position(phase.start);
      var bar = element('a', 'hub-year-bar' + (phase.colours.light ? ' hub-ev-light' : ''));
      bar.href = phase.url;
      bar.style.left = percent(start);
      bar.style.width = percent(Math.max(position(phase.end) - start, 0));
      bar.style.setProperty('--lane', phase.lane);
      bar.style.backgroundColor = phase.colours.background;
      bar.style.borderColor = phase.colours.border;
      bar.style.color = phase.colours.text;
      bar.title = describe(phase.title, phase.props, labels);
      bar.setAttribute('aria-label', bar.title);
      bar.appendChild(element('span', 'hub-year-bar-text', phase.title));
      item.appendChild(bar);
      track.appendChild(item);
    });
    row.appendChild(track);
    return row;
  }

  // The first day of every month of the period, and the day after it.
  function monthStarts(from, to) {
    var starts = [];
    for (var month = 0; starts.length === 0 || starts[starts.length - 1] < to.getTime(); month++) {
      starts.push(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + month, 1));
    }
    return starts;
  }

  function monthsHeader(starts, position, labels) {
    var header = element('div', 'hub-year-months');
    header.setAttribute('aria-hidden', 'true');
    var wide = new Intl.DateTimeFormat(labels.locale, { month: starts.length <= 4 ? 'long' : 'short', timeZone: 'UTC' });
    var narrow = new Intl.DateTimeFormat(labels.locale, { month: 'narrow', timeZone: 'UTC' });
    for (var i = 0; i < starts.length - 1; i++) {
      var cell = element('span', 'hub-year-month');
      cell.style.left = percent(position(starts[i]));
      cell.style.width = percent(position(starts[i + 1]) - position(starts[i]));
      cell.appendChild(element('span', 'hub-year-month-wide', wide.format(new Date(starts[i]))));
      cell.appendChild(element('span', 'hub-year-month-narrow', narrow.format(new Date(starts[i]))));
      header.appendChild(cell);
    }
    return header;
  }

  // A line at each month's start and, over a quarter, a fainter one at each Monday.
  function gridLines(months, range, position) {
    var lines = element('div', 'hub-year-lines');
    lines.setAttribute('aria-hidden', 'true');
    var add = function (time, className) {
      var line = element('span', className);
      line.style.left = percent(position(time));
      lines.appendChild(line);
    };
    if (months.length <= 4) {
      for (var day = range.start.getTime(); day < range.end.getTime(); day += DAY) {
        if (new Date(day).getUTCDay() === 1) {
          add(day, 'hub-year-week');
        }
      }
    }
    months.slice(1, months.length - 1).forEach(function (start) {
      add(start, 'hub-year-line');
    });
    var now = Date.now();
    var today = now - (now % DAY);
    if (position(today) > 0 && position(today) < 1) {
      var marker = element('span', 'hub-year-today');
      marker.style.left = percent(position(today));
      lines.appendChild(marker);
    }
    return lines;
  }

  // A bar's name is shown only where it fits whole; the bar's label and tooltip always carry it.
  function fitBarNames(root) {
    root.querySelectorAll('.hub-year-bar').forEach(function (bar) {
      bar.classList.remove('hub-year-bar-narrow');
      if (bar.scrollWidth > bar.clientWidth + 1) {
        bar.classList.add('hub-year-bar-narrow');
      }
    });
  }

  // One legend entry per organiser in the period on screen, sorted by the name shown.
  function renderLegend(legend, events, view, labels) {
    var organisers = {};
    events.forEach(function (event) {
      if (event.start >= view.activeEnd || (event.end || event.start) <= view.activeStart) {
        return;
      }
      var props = event.extendedProps;
      organisers[props.organiser] = { name: props.organiserName, code: props.organiserCode,
        colours: { background: event.backgroundColor, text: event.textColor, border: event.borderColor,
          light: event.classNames.indexOf('hub-ev-light') >= 0 } };
    });
    var entries = Object.keys(organisers).map(function (key) {
      return organisers[key];
    }).sort(function (a, b) {
      return a.name.localeCompare(b.name);
    });
    legend.replaceChildren();
    if (entries.length === 0) {
      legend.appendChild(element('li', 'text-body-secondary', labels.empty));
      return;
    }
    entries.forEach(function (entry) {
      var item = element('li');
      item.appendChild(mark(entry.code, entry.colours, false));
      item.appendChild(document.createTextNode(entry.name));
      legend.appendChild(item);
    });
  }

  // A bar in the month and quarter grids: the organiser's code, then the operation's name.
  function eventContent(arg) {
    var props = arg.event.extendedProps;
    var colours = { background: arg.backgroundColor, text: arg.textColor, border: arg.borderColor,
      light: arg.event.classNames.indexOf('hub-ev-light') >= 0 };
    var title = element('span', 'hub-ev-title', arg.event.title);
    return { domNodes: [mark(props.organiserCode, colours, true), title] };
  }

  // Older links name FullCalendar's own grids for the quarter and the year; phones get the agenda instead of
  // month grids, wide screens the grid instead of the agenda.
  function viewFor(requested, narrow) {
    var aliases = {
      dayGridMonth: narrow ? 'agendaMonth' : 'dayGridMonth',
      agendaMonth: narrow ? 'agendaMonth' : 'dayGridMonth',
      multiMonthQuarter: narrow ? 'agendaQuarter' : 'quarterOverview',
      quarterOverview: narrow ? 'agendaQuarter' : 'quarterOverview',
      agendaQuarter: narrow ? 'agendaQuarter' : 'quarterOverview',
      multiMonthYear: 'yearOverview',
      yearOverview: 'yearOverview'
    };
    return Object.prototype.hasOwnProperty.call(aliases, requested) ? aliases[requested] : aliases.dayGridMonth;
  }

  function start() {
    var host = document.getElementById('calendar');
    if (!host || typeof FullCalendar === 'undefined') {
      return;
    }
    var data = host.dataset;
    var labels = { entryOnly: data.labelEntryOnly, empty: data.labelEmpty, yearRows: data.labelYearRows,
      locale: data.locale || 'en' };
    var legend = document.getElementById('calendar-legend');
    var legendColumn = document.getElementById('legend-column');
    var calendarColumn = document.getElementById('calendar-column');
    var status = document.getElementById('calendar-status');
    var narrow = window.matchMedia('(max-width: 767px)').matches;
    var monthView = narrow ? 'agendaMonth' : 'dayGridMonth';
    var quarterView = narrow ? 'agendaQuarter' : 'quarterOverview';
    var switcher = [monthView, quarterView, 'yearOverview'].join(',');
    var calendar;
    var refreshLegend = function () {
      if (legend && calendar) {
        renderLegend(legend, calendar.getEvents(), calendar.view, labels);
      }
    };
    var options = {
      locale: labels.locale,
      timeZone: 'UTC',
      firstDay: 1,
      // Only the weeks the month touches: at most six days of the months around it (see OrganiserColours).
      fixedWeekCount: false,
      initialView: viewFor(data.initialView, narrow),
      height: 'auto',
      headerToolbar: narrow
        ? { left: 'prev,next', center: 'title', right: 'today' }
        : { left: 'prev,next today', center: 'title', right: switcher },
      footerToolbar: narrow ? { center: switcher } : false,
      buttonText: { today: data.labelToday },
      buttonHints: { prev: data.labelPrevious, next: data.labelNext },
      closeHint: data.labelClose,
      moreLinkText: function (count) {
        return data.labelMore.replace('{0}', count);
      },
      moreLinkHint: function (count) {
        return data.labelMoreHint.replace('{0}', count);
      },
      views: {
        dayGridMonth: { buttonText: data.labelMonth },
        quarterOverview: { duration: { months: 3 }, buttonText: data.labelQuarter, classNames: ['hub-overview-view'],
          content: function (props) {
            return renderOverview(props, labels);
          } },
        yearOverview: { duration: { years: 1 }, buttonText: data.labelYear, classNames: ['hub-overview-view'],
          content: function (props) {
            return renderOverview(props, labels);
          } },
        agendaMonth: { duration: { months: 1 }, buttonText: data.labelMonth, classNames: ['hub-agenda-view'],
          content: function (props) {
            return renderAgenda(props, labels);
          } },
        agendaQuarter: { duration: { months: 3 }, buttonText: data.labelQuarter, classNames: ['hub-agenda-view'],
          content: function (props) {
            return renderAgenda(props, labels);
          } }
      },
      dayMaxEvents: 4,
      eventContent: eventContent,
      events: { url: data.eventsUrl, extraParams: filterParams },
      eventDidMount: function (info) {
        var label = describe(info.event.title, info.event.extendedProps, labels);
        info.el.setAttribute('title', label);
        info.el.setAttribute('aria-label', label);
      },
      eventsSet: refreshLegend,
      // FullCalendar's "+2 more" is a link that opens a popover: to assistive technology it is a button.
      moreLinkDidMount: function (info) {
        info.el.setAttribute('role', 'button');
      },
      datesSet: function (info) {
        // The arrows' buttons are labelled; their icons are decoration.
        host.querySelectorAll('.fc-icon').forEach(function (icon) {
          icon.setAttribute('aria-hidden', 'true');
        });
        // The overviews name their organisers in their rows: they take the legend's room.
        var year = info.view.type === 'yearOverview' || info.view.type === 'quarterOverview';
        if (legendColumn && calendarColumn) {
          legendColumn.hidden = year;
          calendarColumn.classList.toggle('col-lg-10', !year);
          calendarColumn.classList.toggle('col-lg-12', year);
        }
        refreshLegend();
      },
      loading: function (isLoading) {
        host.setAttribute('aria-busy', isLoading ? 'true' : 'false');
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
    calendar = new FullCalendar.Calendar(host, options);
    calendar.render();
    var resizing;
    window.addEventListener('resize', function () {
      window.clearTimeout(resizing);
      resizing = window.setTimeout(function () {
        var year = host.querySelector('.hub-year');
        if (year) {
          fitBarNames(year);
        }
      }, 150);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
