package eu.jcohub.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;

/**
 * The days an event occupies, as RFC 5545 defines them, in the organiser's time zone: DTEND is exclusive only
 * for all-day (DATE) values, a DURATION stands for DTEND, floating times are the organiser's own, and RRULE, RDATE
 * and EXDATE give the occurrences. An operation plans days, not hours: a timed event occupies every day it
 * touches, its end day included.
 */
final class EventDays {

	/** No more occurrences than this in one operation: beyond it a series is a standing activity, not an operation. */
	static final int MAX_OCCURRENCES = 24;
	static final Period MAX_SPAN = Period.ofYears(2);

	/** An occurrence's first and last day, both inclusive. */
	record Days(LocalDate first, LocalDate last) {
	}

	private final ZoneId zone;
	private final List<String> problems;

	private EventDays(ZoneId zone, List<String> problems) {
		this.zone = zone;
		this.problems = problems;
	}

	/**
	 * The occurrences of a master event with the overrides (RECURRENCE-ID) of some of its occurrences, sorted;
	 * empty with the reasons added to {@code problems} when the event cannot be read as days.
	 */
	static List<Days> of(VEvent master, List<VEvent> overrides, ZoneId zone, List<String> problems) {
		return new EventDays(zone, problems).occurrences(master, overrides);
	}

	private List<Days> occurrences(VEvent master, List<VEvent> overrides) {
		var start = master.getStartDate().map(dtStart -> (Temporal) dtStart.getDate());
		if (start.isEmpty()) {
			problems.add("DTSTART is missing: the event has no date");
			return List.of();
		}
		var length = length(master, start.get());
		if (length.isEmpty()) {
			return List.of();
		}
		var starts = starts(master, start.get());
		if (starts.isEmpty()) {
			return List.of();
		}
		var byKey = new LinkedHashMap<LocalDateTime, Days>();
		starts.get().forEach(occurrence -> byKey.put(key(occurrence), days(occurrence, occurrence.plus(length.get()))));
		for (var override : overrides) {
			override(byKey, override);
		}
		return byKey.values().stream().sorted(java.util.Comparator.comparing(Days::first)).toList();
	}

	/** A changed occurrence replaces the one it names; a cancelled one removes it. */
	private void override(Map<LocalDateTime, Days> byKey, VEvent override) {
		var recurrenceId = override.<RecurrenceId<?>>getProperty(Property.RECURRENCE_ID).map(id -> (Temporal) id.getDate());
		if (recurrenceId.isEmpty()) {
			return;
		}
		byKey.remove(key(recurrenceId.get()));
		if (IcsVersions.cancelled(override)) {
			return;
		}
		var start = override.getStartDate().map(dtStart -> (Temporal) dtStart.getDate()).orElse(recurrenceId.get());
		length(override, start).ifPresent(length -> byKey.put(key(start), days(start, start.plus(length))));
	}

	/** How long each occurrence lasts: DTEND minus DTSTART, or the DURATION, or one day for a date, none for a time. */
	private Optional<TemporalAmount> length(VEvent event, Temporal start) {
		var end = event.getEndDate(false).map(dtEnd -> (Temporal) dtEnd.getDate());
		if (end.isPresent()) {
			var endValue = end.get();
			if (start instanceof LocalDate first) {
				if (!(endValue instanceof LocalDate last)) {
					problems.add("DTEND is a time while DTSTART is a date: give both as dates or both as times");
					return Optional.empty();
				}
				return Optional.of(Period.between(first, last));
			}
			if (endValue instanceof LocalDate) {
				problems.add("DTEND is a date while DTSTART is a time: give both as dates or both as times");
				return Optional.empty();
			}
			return Optional.of(java.time.Duration.between(instant(start), instant(endValue)));
		}
		var duration = event.<net.fortuna.ical4j.model.property.Duration>getProperty(Property.DURATION)
			.map(net.fortuna.ical4j.model.property.Duration::getDuration);
		if (duration.isPresent()) {
			if (start instanceof LocalDate && duration.get() instanceof java.time.Duration time) {
				if (time.isNegative() || time.toHours() % 24 != 0 || time.toSecondsPart() != 0 || time.toMinutesPart() != 0) {
					problems.add("DURATION " + time + " is not a whole number of days, as an all-day event needs");
					return Optional.empty();
				}
				return Optional.of(Period.ofDays((int) time.toDays()));
			}
			return duration;
		}
		return Optional.of(start instanceof LocalDate ? Period.ofDays(1) : java.time.Duration.ZERO);
	}

	/** When each occurrence starts: DTSTART, the RRULE's dates and the RDATEs, less the EXDATEs; bounded. */
	private Optional<List<Temporal>> starts(VEvent event, Temporal start) {
		var starts = new LinkedHashMap<LocalDateTime, Temporal>();
		starts.put(key(start), start);
		for (RRule<?> rule : event.<RRule<?>>getProperties(Property.RRULE)) {
			var dates = expand(rule.getRecur(), start);
			if (dates.isEmpty()) {
				return Optional.empty();
			}
			dates.get().forEach(date -> starts.putIfAbsent(key(date), date));
		}
		for (DateListProperty<?> rdate : event.<DateListProperty<?>>getProperties(Property.RDATE)) {
			rdate.getDates().forEach(date -> starts.putIfAbsent(key((Temporal) date), (Temporal) date));
		}
		for (DateListProperty<?> exdate : event.<DateListProperty<?>>getProperties(Property.EXDATE)) {
			exdate.getDates().forEach(date -> starts.remove(key((Temporal) date)));
		}
		if (starts.size() > MAX_OCCURRENCES) {
			problems.add("the event recurs " + starts.size() + " times; an operation may have at most " + MAX_OCCURRENCES
					+ " occurrences: import the series as separate operations or shorten it");
			return Optional.empty();
		}
		var latest = day(start).plus(MAX_SPAN);
		var beyond = starts.values().stream().map(this::day).filter(day -> day.isAfter(latest)).findFirst();
		if (beyond.isPresent()) {
			problems.add("an occurrence on " + beyond.get() + " lies more than two years after the first (" + day(start)
					+ "); an operation may span at most two years");
			return Optional.empty();
		}
		return Optional.of(List.copyOf(starts.values()));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Optional<List<Temporal>> expand(Recur recur, Temporal start) {
		var frequency = recur.getFrequency();
		if (frequency == net.fortuna.ical4j.transform.recurrence.Frequency.SECONDLY || frequency == net.fortuna.ical4j.transform.recurrence.Frequency.MINUTELY
				|| frequency == net.fortuna.ical4j.transform.recurrence.Frequency.HOURLY) {
			problems.add("RRULE " + recur + ": repeats " + frequency.name().toLowerCase(java.util.Locale.ROOT)
					+ "; an operation is planned in days");
			return Optional.empty();
		}
		if (recur.getCount() < 1 && recur.getUntil() == null) {
			problems.add("RRULE " + recur + ": the event recurs without end; give a COUNT or an UNTIL (at most "
					+ MAX_OCCURRENCES + " occurrences within two years)");
			return Optional.empty();
		}
		if (recur.getCount() > MAX_OCCURRENCES) {
			problems.add("RRULE " + recur + ": COUNT " + recur.getCount() + " is more than the " + MAX_OCCURRENCES
					+ " occurrences an operation may have");
			return Optional.empty();
		}
		var seed = start instanceof OffsetDateTime offset ? offset.toZonedDateTime()
				: start instanceof Instant instant ? instant.atZone(ZoneOffset.UTC) : start;
		var windowEnd = seed.plus(MAX_SPAN);
		List<Temporal> dates = recur.getDates(seed, seed, windowEnd);
		if (recur.getNextDate(seed, windowEnd) != null) {
			problems.add("RRULE " + recur + ": the event recurs beyond " + MAX_OCCURRENCES
					+ " occurrences or two years; shorten it or import the series as separate operations");
			return Optional.empty();
		}
		return Optional.of(dates);
	}

	/** The days from the start to the end: an exclusive end for dates, the day of the last instant for times. */
	private Days days(Temporal start, Temporal end) {
		var first = day(start);
		if (start instanceof LocalDate) {
			var last = ((LocalDate) end).minusDays(1);
			return new Days(first, last.isBefore(first) ? first : last);
		}
		if (!instant(end).isAfter(instant(start))) {
			return new Days(first, first);
		}
		// An event ending at midnight does not occupy the day that midnight begins.
		return new Days(first, day(end.minus(1, ChronoUnit.NANOS)));
	}

	/** The day a date or time falls on for the organiser: floating times are the organiser's local time. */
	LocalDate day(Temporal temporal) {
		if (temporal instanceof LocalDate date) {
			return date;
		}
		return local(temporal).toLocalDate();
	}

	private LocalDateTime local(Temporal temporal) {
		if (temporal instanceof LocalDate date) {
			return date.atStartOfDay();
		}
		if (temporal instanceof LocalDateTime floating) {
			return floating;
		}
		return instant(temporal).atZone(zone).toLocalDateTime();
	}

	private Instant instant(Temporal temporal) {
		if (temporal instanceof LocalDateTime floating) {
			return floating.atZone(zone).toInstant();
		}
		if (temporal instanceof LocalDate date) {
			return date.atStartOfDay(zone).toInstant();
		}
		if (temporal instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		if (temporal instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		return Instant.from(temporal);
	}

	/** One key per moment, whatever form it was written in, to match RDATE, EXDATE and RECURRENCE-ID values. */
	private LocalDateTime key(Temporal temporal) {
		return local(temporal);
	}
}
