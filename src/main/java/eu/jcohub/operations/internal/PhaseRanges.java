package eu.jcohub.operations.internal;

import eu.jcohub.operations.Phase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Phases to and from PostgreSQL's {@code datemultirange} text form ({@code {[2027-05-20,2027-06-03)}}). */
public final class PhaseRanges {

	private static final Pattern RANGE = Pattern.compile("\\[(\\d{4}-\\d{2}-\\d{2}),(\\d{4}-\\d{2}-\\d{2})\\)");

	private PhaseRanges() {
	}

	public static String toSql(List<Phase> phases) {
		return phases.stream().map(phase -> "[" + phase.start() + "," + phase.end().plusDays(1) + ")")
			.collect(Collectors.joining(",", "{", "}"));
	}

	public static List<Phase> fromSql(String text) {
		var phases = new ArrayList<Phase>();
		var matcher = RANGE.matcher(text);
		while (matcher.find()) {
			phases.add(new Phase(LocalDate.parse(matcher.group(1)), LocalDate.parse(matcher.group(2)).minusDays(1)));
		}
		return phases;
	}
}
