package eu.jcohub.cooperation.web;

import eu.jcohub.cooperation.UsageStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * The use of each article drawn as SVG bars on the server: the requests per article, the number written beside each
 * bar, so that the chart reads without colour or a scale.
 */
record UsageChart(List<Bar> bars, int width, int height) {

	static final int LABEL = 250;
	static final int PLOT = 420;
	static final int ROW = 34;

	static UsageChart of(UsageStatistics statistics, NaplesWords words) {
		long max = Math.max(1, statistics.perArticle().stream().mapToLong(UsageStatistics.Line::requests).max().orElse(1));
		var bars = new ArrayList<Bar>();
		int y = 10;
		for (var line : statistics.perArticle()) {
			int number = line.article() == null ? 0 : line.article();
			int width = (int) Math.round((double) line.requests() * PLOT / max);
			bars.add(new Bar(number + " – " + words.article(number), y, width, LABEL + width + 8, line.requests()));
			y += ROW;
		}
		return new UsageChart(bars, LABEL + PLOT + 60, y + 6);
	}

	record Bar(String label, int y, int width, int valueX, long value) {
	}
}
