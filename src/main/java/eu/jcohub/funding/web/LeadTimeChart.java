package eu.jcohub.funding.web;

import eu.jcohub.funding.LeadTimeStats;
import java.util.List;

/**
 * The lead-time chart drawn as SVG on the server: per programme a bar for the typical lead time, one for the median
 * and one for the 80th percentile of past grants, on one scale of days. Each programme's name stands on its own
 * line above its bars, so that a long name never runs into them.
 */
record LeadTimeChart(List<Row> rows, int maxDays, List<Tick> ticks, int width, int height) {

	static final int LABEL = 8;
	static final int ROW = 64;
	static final int PLOT = 760;

	static LeadTimeChart of(List<LeadTimeStats> stats) {
		int max = stats.stream().mapToInt(s -> Math.max(s.typicalDays(),
				s.percentile80Days() == null ? 0 : s.percentile80Days().intValue())).max().orElse(0);
		int scale = Math.max(60, ((max + 59) / 60) * 60);
		var ticks = new java.util.ArrayList<Tick>();
		for (int day = 0; day <= scale; day += 60) {
			ticks.add(new Tick(day, LABEL + width(day, scale)));
		}
		var rows = new java.util.ArrayList<Row>();
		for (int i = 0; i < stats.size(); i++) {
			var s = stats.get(i);
			rows.add(new Row(s.name(), 30 + i * ROW, width(s.typicalDays(), scale),
					s.medianDays() == null ? 0 : width(s.medianDays(), scale),
					s.percentile80Days() == null ? 0 : width(s.percentile80Days(), scale)));
		}
		return new LeadTimeChart(rows, scale, ticks, LABEL + PLOT + 40, 40 + stats.size() * ROW);
	}

	/** Where the bars start. */
	public int plotX() {
		return LABEL;
	}

	private static int width(double days, int scale) {
		return (int) Math.round(days * PLOT / scale);
	}

	/** A line across the chart every 60 days, at {@code x}. */
	record Tick(int day, int x) {
	}

	record Row(String name, int y, int typical, int median, int percentile80) {
	}
}
