package eu.jcohub.cooperation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How the special forms are used: counts without any request's details, so that those who only follow awareness
 * (the working party's secretariat) see the use and nothing of a case.
 *
 * @param perArticle one line per article 20–24, all of them, used or not
 * @param perPair requests per pair of requesting and requested state, most first
 * @param inJcos requests made during joint customs operations
 * @param outsideJcos requests made during other operations (national, police-customs, other bodies')
 */
public record UsageStatistics(Line overall, List<Line> perArticle, List<Pair> perPair, long inJcos, long outsideJcos) {

	public UsageStatistics {
		perArticle = List.copyOf(perArticle);
		perPair = List.copyOf(perPair);
	}

	/**
	 * @param answered requests that were answered (accepted or refused)
	 * @param acceptanceRate accepted of answered, in per cent, or null when none was answered
	 * @param averageDaysToAnswer from sending to answer, or null when none was answered
	 */
	public record Line(@Nullable Integer article, long requests, long answered, long accepted,
			@Nullable Integer acceptanceRate, @Nullable Double averageDaysToAnswer) {
	}

	public record Pair(String from, String to, long requests) {
	}

	/** One request as the statistics count it. */
	record Counted(Article article, String from, String to, boolean inJco, @Nullable RequestStatus answer,
			@Nullable Long daysToAnswer) {
	}

	static UsageStatistics of(Collection<Counted> requests) {
		var perArticle = new ArrayList<Line>();
		for (var article : Article.values()) {
			perArticle.add(line(article.number(), requests.stream().filter(r -> r.article() == article).toList()));
		}
		Map<String, Long> pairs = requests.stream()
			.collect(Collectors.groupingBy(r -> r.from() + " " + r.to(), TreeMap::new, Collectors.counting()));
		var perPair = pairs.entrySet().stream()
			.map(e -> new Pair(e.getKey().split(" ")[0], e.getKey().split(" ")[1], e.getValue()))
			.sorted(Comparator.comparingLong(Pair::requests).reversed())
			.toList();
		long inJcos = requests.stream().filter(Counted::inJco).count();
		return new UsageStatistics(line(null, requests), perArticle, perPair, inJcos, requests.size() - inJcos);
	}

	private static Line line(@Nullable Integer article, Collection<Counted> requests) {
		var answered = requests.stream().filter(r -> r.answer() != null).toList();
		long accepted = answered.stream().filter(r -> r.answer() == RequestStatus.ACCEPTED).count();
		Integer rate = answered.isEmpty() ? null : (int) Math.round(100.0 * accepted / answered.size());
		Double days = answered.stream().map(Counted::daysToAnswer).filter(d -> d != null)
			.mapToLong(Long::longValue).average().stream().boxed().findFirst()
			.map(average -> Math.round(average * 10) / 10.0).orElse(null);
		return new Line(article, requests.size(), answered.size(), accepted, rate, days);
	}

}
