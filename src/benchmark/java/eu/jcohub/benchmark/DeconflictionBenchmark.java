package eu.jcohub.benchmark;

import eu.jcohub.benchmark.SyntheticOperations.Op;
import eu.jcohub.deconfliction.internal.ConflictScorer;
import eu.jcohub.deconfliction.internal.DeconflictionIndex;
import eu.jcohub.deconfliction.internal.DeconflictionSettings;
import eu.jcohub.deconfliction.internal.IndexedOperation;
import eu.jcohub.deconfliction.internal.ScoredConflict;
import eu.jcohub.deconfliction.internal.Vocabulary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The deconfliction benchmark: for 100,000 and 1,000,000 synthetic operations it measures the check of one new
 * operation (scoring and explanations included) three ways in the same run — the in-memory
 * {@link DeconflictionIndex}, a naive scan of every operation, and an indexed PostgreSQL query (GiST on the
 * phases, then GiST + GIN on the arrays) — after checking on a sample of probes that all return the same
 * conflicts. Prints a table and writes it into {@code docs/benchmarks.md}.
 * <p>
 * Run: {@code ./mvnw -P benchmark test-compile exec:exec}. Options, as {@code -Dbench.config=key=value;...}:
 * {@code realistic} (sizes of the calendar with the demo's mix, comma-separated; empty for none), {@code sizes}
 * (of the dense synthetic calendar, comma-separated), {@code probes} (measured checks of the index),
 * {@code explainProbes} (measured for the explanation share), {@code baselineProbes}
 * (measured checks of the naive scan and of PostgreSQL with GiST), {@code ginProbes} (of PostgreSQL with GiST +
 * GIN), {@code warmup} / {@code baselineWarmup} (seconds of warm-up per approach and size, index / others),
 * {@code sample} (probes cross-checked), {@code seed}, {@code docs} (false: do not write the docs),
 * {@code baselines} (false: the index alone, cross-checked against the naive scan but neither it nor PostgreSQL
 * timed: for comparing two versions of the index quickly).
 * A plain harness (System.nanoTime around each check, percentiles over all measured checks) rather than JMH:
 * each size needs 1M operations in memory and in PostgreSQL, and JMH's forks would reload them.
 */
public final class DeconflictionBenchmark {

	@FunctionalInterface
	interface Check {
		List<ScoredConflict> run(int probe) throws Exception;
	}

	/**
	 * @param cpuMean this thread's CPU time per timed check (ms); well below {@code mean} means the thread was
	 * kept waiting (PostgreSQL's own work, or other processes on the machine)
	 * @param load the 1-minute load average before and after the timed checks
	 */
	record Stats(String approach, String calendar, int samples, double p50, double p90, double p99, double max,
			double mean, double cpuMean, String load) implements java.io.Serializable {
	}

	private static volatile long sink;

	private final Map<String, String> config;
	private final List<Stats> results = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private final List<String> mismatches = new ArrayList<>();
	private final Map<String, int[]> tallies = new LinkedHashMap<>();
	/** The calendars measured, in order: size and shape, as the tables name them. */
	private final List<String> calendars = new ArrayList<>();

	private DeconflictionBenchmark(Map<String, String> config) {
		this.config = config;
	}

	public static void main(String[] args) throws Exception {
		var config = new LinkedHashMap<String, String>();
		// A realistic calendar, about 3,000 operations a year over the ten years, first with the demo's own mix of
		// participants, risk areas, modes and places, then in the dense synthetic shape; then larger dense ones.
		config.put("realistic", "30000");
		config.put("sizes", "30000,100000,1000000");
		config.put("probes", "1000");
		config.put("limit", "100");
		config.put("explainProbes", "300");
		config.put("baselineProbes", "300");
		config.put("ginProbes", "100");
		config.put("warmup", "10");
		config.put("baselineWarmup", "5");
		config.put("sample", "50");
		config.put("seed", "20260101");
		config.put("docs", "true");
		config.put("baselines", "true");
		config.put("fork", "true");
		for (var entry : System.getProperty("bench.config", "").split("[;\\s]+")) {
			if (entry.contains("=")) {
				config.put(entry.substring(0, entry.indexOf('=')).trim(), entry.substring(entry.indexOf('=') + 1).trim());
			}
		}
		var benchmark = new DeconflictionBenchmark(config);
		long started = System.nanoTime();
		benchmark.run();
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		if (config.containsKey("results")) {
			benchmark.writeResults(config.get("results"));
			System.exit(benchmark.mismatches.isEmpty() ? 0 : 1);
		}
		benchmark.report(seconds);
		if (!benchmark.mismatches.isEmpty()) {
			System.err.println();
			System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
			System.err.println("!!! MISMATCH: the approaches do not return the same conflicts:");
			benchmark.mismatchSummary().forEach(m -> System.err.println("!!!   " + m));
			System.err.println("!!! first mismatch of each: ");
			benchmark.mismatches.forEach(m -> System.err.println("!!!   " + m));
			System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
			System.exit(1);
		}
	}

	private int intOption(String key) {
		return Integer.parseInt(config.get(key));
	}

	private void run() throws Exception {
		if (Boolean.parseBoolean(config.get("fork"))) {
			runForked();
			return;
		}
		var settings = DeconflictionSettings.defaults(); // as application.properties: 30/25/25/10/10, 25, margin 0, 7
		log("settings: " + settings);
		try (var postgres = new PostgresBaseline()) {
			notes.add("PostgreSQL " + postgres.version() + " (embedded, zonky; fsync/synchronous_commit/full_page_writes "
					+ "off, shared_buffers 1GB, jit off), same machine, over a local TCP connection (pgjdbc).");
			for (var size : sizes("realistic")) {
				runSize(new SyntheticOperations(SyntheticOperations.Shape.DEMO_MIX), size, settings, postgres);
			}
			for (var size : sizes("sizes")) {
				runSize(new SyntheticOperations(SyntheticOperations.Shape.DENSE), size, settings, postgres);
			}
		}
	}

	/**
	 * Each calendar in a JVM of its own, as JMH forks: the compiler shapes the check to the data it meets first,
	 * and a check compiled for a small calendar stays slower on a large one than one compiled for it (13 % at
	 * 1,000,000 operations when 30,000 and 100,000 ran before in the same JVM). An application holds one calendar.
	 */
	private void runForked() throws Exception {
		var calendarsToRun = new ArrayList<String>();
		sizes("realistic").forEach(size -> calendarsToRun.add("realistic=" + size + ";sizes="));
		sizes("sizes").forEach(size -> calendarsToRun.add("realistic=;sizes=" + size));
		for (var calendar : calendarsToRun) {
			var out = Files.createTempFile("deconfliction-benchmark", ".ser");
			try {
				var command = new ArrayList<String>();
				command.add(ProcessHandle.current().info().command().orElse("java"));
				command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
					.filter(arg -> !arg.startsWith("-Dbench.config=")).toList());
				var childConfig = new StringBuilder();
				config.forEach((key, value) -> childConfig.append(key).append('=').append(value).append(';'));
				childConfig.append(calendar).append(";fork=false;docs=false;results=").append(out);
				command.add("-Dbench.config=" + childConfig);
				command.add("-cp");
				command.add(System.getProperty("java.class.path"));
				command.add(DeconflictionBenchmark.class.getName());
				log("---- " + calendar + " in a JVM of its own");
				int status = new ProcessBuilder(command).inheritIO().start().waitFor();
				try (var in = new java.io.ObjectInputStream(Files.newInputStream(out))) {
					absorb((Object[]) in.readObject());
				}
				if (status != 0 && mismatches.isEmpty()) {
					throw new IllegalStateException("the run of " + calendar + " failed with status " + status);
				}
			}
			finally {
				Files.deleteIfExists(out);
			}
		}
	}

	/** What a forked run found, as {@link #writeResults} wrote it. */
	@SuppressWarnings("unchecked")
	private void absorb(Object[] found) {
		results.addAll((List<Stats>) found[0]);
		for (var note : (List<String>) found[1]) {
			if (!notes.contains(note)) {
				notes.add(note);
			}
		}
		mismatches.addAll((List<String>) found[2]);
		tallies.putAll((Map<String, int[]>) found[3]);
		calendars.addAll((List<String>) found[4]);
	}

	/** Writes what this (forked) run found for the run that started it. */
	private void writeResults(String file) throws IOException {
		try (var out = new java.io.ObjectOutputStream(Files.newOutputStream(Path.of(file)))) {
			out.writeObject(new Object[] { new ArrayList<>(results), new ArrayList<>(notes), new ArrayList<>(mismatches),
					new LinkedHashMap<>(tallies), new ArrayList<>(calendars) });
		}
	}

	private List<Integer> sizes(String key) {
		return Arrays.stream(config.getOrDefault(key, "").split(",")).map(String::trim).filter(s -> !s.isEmpty())
			.map(Integer::parseInt).toList();
	}

	private void runSize(SyntheticOperations data, int size, DeconflictionSettings settings, PostgresBaseline postgres)
			throws Exception {
		var calendar = String.format(Locale.ROOT, "%,d", size)
				+ (data.shape() == SyntheticOperations.Shape.DENSE ? "" : " (" + data.shape().label + ")");
		calendars.add(calendar);
		log("==== " + calendar + " operations ====");
		long seed = Long.parseLong(config.get("seed"));
		var vocabulary = data.vocabulary();
		var scorer = new ConflictScorer(settings, vocabulary);
		long t = System.nanoTime();
		var ops = data.generate(seed + size, size, "Operation ");
		var all = new ArrayList<IndexedOperation>(size);
		for (var op : ops) {
			all.add(op.indexed(vocabulary));
		}
		log("generated in " + ms(t) + " ms");
		long heapBefore = usedHeapAfterGc();
		String buildLoad = loadAverage();
		t = System.nanoTime();
		var index = new DeconflictionIndex(scorer);
		all.forEach(index::put);
		long buildMs = ms(t);
		long heapAfter = usedHeapAfterGc();
		log("index built in " + buildMs + " ms, holds " + index.size());
		notes.add(String.format(Locale.ROOT, "%s operations: index built in %,d ms (load average %s before), "
				+ "%.0f bytes of heap per operation for the index (used heap after a full GC, before and after "
				+ "building; the operations themselves excluded, they exist before).", calendar, buildMs, buildLoad,
				(heapAfter - heapBefore) / (double) size));
		boolean baselines = Boolean.parseBoolean(config.get("baselines"));

		int probes = intOption("probes");
		int sample = Math.min(intOption("sample"), probes);
		var probeOps = data.generate(seed * 31 + size, 1000 + probes, "Probe ");
		var probeIndexed = probeOps.stream().map(op -> op.indexed(vocabulary)).toList();
		// probes 0..999 warm up, 1000.. are measured
		var warm = 1000;

		// Timed: what the API answers — every candidate scored, the `limit` best returned and explained.
		int limit = intOption("limit");
		Check viaIndex = p -> index.conflictsWith(probeIndexed.get(p), limit);
		Check naive = p -> naiveScan(all, probeIndexed.get(p), scorer, limit);
		Check viaPostgres = p -> postgres.conflictsWith(probeIndexed.get(p), probeOps.get(p), data, scorer, vocabulary,
				limit);
		// Cross-checked: the complete sets, which is what is stored.
		Check fullIndex = p -> index.conflictsWith(probeIndexed.get(p));
		Check fullNaive = p -> naiveScan(all, probeIndexed.get(p), scorer, Integer.MAX_VALUE);
		Check fullPostgres = p -> postgres.conflictsWith(probeIndexed.get(p), probeOps.get(p), data, scorer, vocabulary,
				Integer.MAX_VALUE);

		// Same conflicts? The full scan with the scorer is the reference.
		log("cross-checking " + sample + " probes ...");
		var reference = new HashMap<Integer, List<ScoredConflict>>();
		long conflictsTotal = 0;
		var conflictCounts = new int[sample];
		for (int i = 0; i < sample; i++) {
			int p = warm + i;
			var expected = fullNaive.run(p);
			reference.put(p, expected);
			conflictCounts[i] = expected.size();
			conflictsTotal += expected.size();
			compare(calendar, "DeconflictionIndex", p, probeIndexed.get(p), expected, fullIndex.run(p), settings);
			compare(calendar, "DeconflictionIndex, top " + limit, p, probeIndexed.get(p),
					expected.subList(0, Math.min(limit, expected.size())), viaIndex.run(p), settings);
		}

		// The index is timed before PostgreSQL is loaded: a database that has just taken a million rows writes and
		// vacuums in the background, on the same two cores.
		double warmupSeconds = Double.parseDouble(config.get("warmup"));
		measure("DeconflictionIndex.conflictsWith", calendar, viaIndex, warm, probes, warmupSeconds);
		measure("  of which: explaining the conflicts", calendar, (Timed) p -> {
			var found = index.conflictsWith(probeIndexed.get(p), limit); // not timed
			long t0 = System.nanoTime();
			var again = explainAgain(found, probeIndexed.get(p), scorer);
			long elapsed = System.nanoTime() - t0;
			sink += again.size();
			return elapsed;
		}, warm, Math.min(probes, intOption("explainProbes")), warmupSeconds / 4);
		int baselineProbes = Math.min(probes, intOption("baselineProbes"));
		// Recording conflicts: no limit, every conflict above the threshold scored, sorted and explained.
		measure("DeconflictionIndex.conflictsWith, unlimited (recording)", calendar, fullIndex, warm, baselineProbes,
				warmupSeconds / 2);

		long loadMs = baselines ? postgres.load(ops) : 0;
		// How many operations a probe's dates meet is counted by PostgreSQL: not without the baselines.
		var windowCounts = new long[baselines ? Math.min(sample, 100) : 0];
		if (baselines) {
			log("PostgreSQL loaded (COPY + GiST + vacuum analyze) in " + loadMs + " ms");
			for (int i = 0; i < sample; i++) {
				int p = warm + i;
				if (i < windowCounts.length) {
					windowCounts[i] = postgres.dateWindowCount(probeOps.get(p), settings.marginDays());
				}
				compare(calendar, "PostgreSQL (GiST)", p, probeIndexed.get(p), reference.get(p), fullPostgres.run(p),
						settings);
			}
		}
		Arrays.sort(conflictCounts);
		Arrays.sort(windowCounts);
		var met = windowCounts.length == 0 ? ""
				: String.format(Locale.ROOT, "a probe's phases (±margin+1 day) meet %,d operations (median of %d probes; "
						+ "p90 %,d), of which ", windowCounts[windowCounts.length / 2], windowCounts.length,
						windowCounts[(int) (windowCounts.length * 0.9)]);
		notes.add(String.format(Locale.ROOT, "%s operations: %s%,d are conflicts (median; mean %.0f, p90 %,d, max %,d) "
				+ "— every one of them scored; the %d best returned and explained.", calendar, met,
				conflictCounts[sample / 2], (double) conflictsTotal / sample, conflictCounts[(int) (sample * 0.9)],
				conflictCounts[sample - 1], limit));
		log(notes.get(notes.size() - 1));

		double baselineWarmup = Double.parseDouble(config.get("baselineWarmup"));
		if (!baselines) {
			return;
		}
		warmUntilSteady("Naive scan", calendar, naive);
		measure("Naive scan of all operations", calendar, naive, warm, baselineProbes, baselineWarmup);
		measure("PostgreSQL (GiST on phases)", calendar, viaPostgres, warm, baselineProbes, baselineWarmup);
		notes.add(calendar + " operations, plan with GiST only:\n" + postgres.explain(probeOps.get(warm), data,
				settings.marginDays()));

		long ginMs = postgres.addGinIndexes();
		log("GIN indexes built in " + ginMs + " ms");
		for (int i = 0; i < Math.min(sample, 20); i++) {
			int p = warm + i;
			compare(calendar, "PostgreSQL (GiST + GIN)", p, probeIndexed.get(p), reference.get(p), fullPostgres.run(p),
					settings);
		}
		measure("PostgreSQL (GiST + GIN on arrays)", calendar, viaPostgres, warm, Math.min(probes, intOption("ginProbes")),
				baselineWarmup);
		notes.add(calendar + " operations, plan with GiST + GIN:\n" + postgres.explain(probeOps.get(warm), data,
				settings.marginDays()));
		notes.add(String.format(Locale.ROOT, "%s operations: PostgreSQL load %,d ms (COPY, GiST, vacuum analyze), "
				+ "GIN indexes %,d ms.", calendar, loadMs, ginMs));
	}

	/**
	 * Runs rounds of 30 warm-up probes until the medians of the last three rounds lie within 5 % of each other
	 * (at most 40 rounds), so that the baseline is measured at a stable figure; notes the medians' spread.
	 */
	private void warmUntilSteady(String approach, String calendar, Check check) throws Exception {
		var medians = new ArrayList<Double>();
		long started = System.nanoTime();
		for (int round = 0; round < 40; round++) {
			var nanos = new long[30];
			for (int i = 0; i < nanos.length; i++) {
				long t0 = System.nanoTime();
				sink += check.run((round * 30 + i) % 1000).size();
				nanos[i] = System.nanoTime() - t0;
			}
			Arrays.sort(nanos);
			medians.add(nanos[nanos.length / 2] / 1e6);
			int n = medians.size();
			if (n >= 3) {
				var last = medians.subList(n - 3, n);
				double lo = last.stream().mapToDouble(Double::doubleValue).min().orElse(0);
				double hi = last.stream().mapToDouble(Double::doubleValue).max().orElse(0);
				if (hi <= lo * 1.05) {
					break;
				}
			}
		}
		int n = medians.size();
		var last = medians.subList(Math.max(0, n - 3), n);
		double lo = last.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double hi = last.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		notes.add(String.format(Locale.ROOT, "%s operations: %s warmed until steady: %d rounds of 30 probes in %.1f s, "
				+ "round medians %.2f ms (first) → %s ms (last three; spread %.1f %%)%s.", calendar, approach, n,
				(System.nanoTime() - started) / 1e9, medians.get(0),
				last.stream().map(m -> String.format(Locale.ROOT, "%.2f", m)).reduce((a, b) -> a + ", " + b).orElse(""),
				lo > 0 ? 100 * (hi - lo) / lo : 0, hi <= lo * 1.05 ? "" : " — NOT steady within 5 % after 40 rounds"));
		log(notes.get(notes.size() - 1));
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		var runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/** Scores every operation, sorts, and explains the {@code limit} best, as the index answers. */
	static List<ScoredConflict> naiveScan(List<IndexedOperation> all, IndexedOperation draft, ConflictScorer scorer,
			int limit) {
		var scored = new ArrayList<ScoredConflict>();
		for (var candidate : all) {
			if (candidate.id().equals(draft.id())) {
				continue;
			}
			double score = scorer.score(draft, candidate);
			if (score >= 0) {
				scored.add(new ScoredConflict(candidate, score, null));
			}
		}
		return bestExplained(scored, draft, scorer, limit);
	}

	/** Sorts the scored conflicts as the index does and explains the {@code limit} best. */
	static List<ScoredConflict> bestExplained(List<ScoredConflict> scored, IndexedOperation draft,
			ConflictScorer scorer, int limit) {
		scored.sort(Comparator.comparingDouble(ScoredConflict::score).reversed()
			.thenComparing(conflict -> conflict.operation().name()));
		var explained = new ArrayList<ScoredConflict>(Math.min(limit, scored.size()));
		for (var conflict : scored.subList(0, Math.min(limit, scored.size()))) {
			explained.add(new ScoredConflict(conflict.operation(), conflict.score(),
					scorer.explain(draft, conflict.operation())));
		}
		return explained;
	}

	private static List<ScoredConflict> explainAgain(List<ScoredConflict> found, IndexedOperation draft,
			ConflictScorer scorer) {
		var explained = new ArrayList<ScoredConflict>(found.size());
		for (var conflict : found) {
			explained.add(new ScoredConflict(conflict.operation(), conflict.score(),
					scorer.explain(draft, conflict.operation())));
		}
		return explained;
	}

	/** Runs one probe and returns the nanoseconds of the part that is timed. */
	@FunctionalInterface
	interface Timed {
		long run(int probe) throws Exception;
	}

	private static Timed timed(Check check) {
		return p -> {
			long t0 = System.nanoTime();
			var result = check.run(p);
			long elapsed = System.nanoTime() - t0;
			sink += result.size();
			return elapsed;
		};
	}

	private void measure(String approach, String calendar, Check check, int warm, int probes, double warmupSeconds)
			throws Exception {
		measure(approach, calendar, timed(check), warm, probes, warmupSeconds);
	}

	/** Warms up for the given time on the warm-up probes (never measured), then times each measured probe once. */
	private void measure(String approach, String calendar, Timed check, int warm, int probes, double warmupSeconds)
			throws Exception {
		long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
		int calls = 0;
		while (System.nanoTime() < until || calls < 20) {
			check.run(calls % warm);
			calls++;
		}
		System.gc();
		Thread.sleep(200);
		var threads = ManagementFactory.getThreadMXBean();
		var loadBefore = loadAverage();
		long cpuBefore = threads.getCurrentThreadCpuTime();
		var nanos = new long[probes];
		for (int i = 0; i < probes; i++) {
			nanos[i] = check.run(warm + i);
		}
		// a row that times only part of each probe cannot tell its thread CPU time: NaN, shown as "n/a"
		double cpuMean = approach.startsWith("  of which") ? Double.NaN
				: (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / probes;
		var load = loadBefore + "→" + loadAverage();
		Arrays.sort(nanos);
		double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
		var stats = new Stats(approach, calendar, probes, pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 0.99),
				nanos[nanos.length - 1] / 1e6, mean, cpuMean, load);
		results.add(stats);
		log(String.format(Locale.ROOT, "%-40s %s ops  n=%5d  warm-up %5d calls  p50 %8.3f  p90 %8.3f  p99 %8.3f  "
				+ "max %8.3f  mean %8.3f ms  (thread CPU/check %.3f ms, load %s)", approach, calendar, probes, calls,
				stats.p50(), stats.p90(), stats.p99(), stats.max(), stats.mean(), cpuMean, load));
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException e) {
			return "?";
		}
	}

	private static double pct(long[] sorted, double q) {
		int at = (int) Math.ceil(q * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
	}

	private void compare(String calendar, String approach, int probe, IndexedOperation draft, List<ScoredConflict> expected,
			List<ScoredConflict> actual, DeconflictionSettings settings) {
		if (same(expected, actual)) {
			return;
		}
		var expectedById = new HashMap<eu.jcohub.shared.OperationId, ScoredConflict>();
		expected.forEach(c -> expectedById.put(c.operation().id(), c));
		var actualById = new HashMap<eu.jcohub.shared.OperationId, ScoredConflict>();
		actual.forEach(c -> actualById.put(c.operation().id(), c));
		int missing = 0;
		int missingAtMarginEdge = 0;
		int extra = 0;
		int different = 0;
		String example = null;
		for (var c : expected) {
			var other = actualById.get(c.operation().id());
			if (other == null) {
				missing++;
				if (closestGap(draft, c.operation()) == settings.marginDays()) {
					missingAtMarginEdge++;
					if (example == null) {
						example = "e.g. probe phases " + phases(draft) + " vs " + c.operation().name() + " "
								+ phases(c.operation()) + " score " + c.score() + ": " + c.reasons();
					}
				}
			}
			else if (other.score() != c.score() || !Objects.equals(other.reasons(), c.reasons())) {
				different++;
			}
		}
		for (var c : actual) {
			if (!expectedById.containsKey(c.operation().id())) {
				extra++;
			}
		}
		var text = String.format(Locale.ROOT, "%s ops, %s, probe %d: %d conflicts expected (full scan), %d returned; "
				+ "%d missing (%d of them exactly %d day(s) apart = the margin edge), %d extra, %d with another score or "
				+ "reasons, order %s", calendar, approach, probe, expected.size(), actual.size(), missing, missingAtMarginEdge,
				settings.marginDays(), extra, different, missing + extra + different == 0 ? "alone differs" : "-");
		if (example != null) {
			text += "; " + example;
		}
		var key = calendar + " ops, " + approach;
		var tally = tallies.computeIfAbsent(key, k -> new int[5]);
		if (tally[0] < 3) {
			System.err.println("MISMATCH " + text);
		}
		if (tally[0] == 0) {
			mismatches.add(text);
		}
		tally[0]++;
		tally[1] += missing;
		tally[2] += missingAtMarginEdge;
		tally[3] += extra;
		tally[4] += different;
	}

	private static boolean same(List<ScoredConflict> a, List<ScoredConflict> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			var x = a.get(i);
			var y = b.get(i);
			if (!x.operation().id().equals(y.operation().id()) || x.score() != y.score()
					|| !Objects.equals(x.reasons(), y.reasons())) {
				return false;
			}
		}
		return true;
	}

	/** Days between the closest phases (as ConflictScorer counts them: 0 = back to back), -1 when they overlap. */
	private static int closestGap(IndexedOperation a, IndexedOperation b) {
		int best = Integer.MAX_VALUE;
		for (int i = 0; i < a.phaseStarts().length; i++) {
			for (int j = 0; j < b.phaseStarts().length; j++) {
				int gap = Math.max(a.phaseStarts()[i] - b.phaseEnds()[j], b.phaseStarts()[j] - a.phaseEnds()[i]) - 1;
				best = Math.min(best, gap);
			}
		}
		return Math.max(-1, best);
	}

	private static String phases(IndexedOperation op) {
		var text = new StringBuilder();
		for (int i = 0; i < op.phaseStarts().length; i++) {
			text.append(i == 0 ? "" : ", ").append(java.time.LocalDate.ofEpochDay(op.phaseStarts()[i])).append("..")
				.append(java.time.LocalDate.ofEpochDay(op.phaseEnds()[i]));
		}
		return text.toString();
	}

	private void report(long seconds) throws IOException {
		var table = new StringBuilder();
		table.append("| operations | approach | checks timed | p50 ms | p90 ms | p99 ms | max ms | mean ms "
				+ "| thread CPU per check ms | load avg before→after |\n");
		table.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (var s : results) {
			table.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.3f | %.3f | %.3f | %.3f | %.3f | %s | %s |%n",
					s.calendar(), s.approach().trim(), s.samples(), s.p50(), s.p90(), s.p99(), s.max(), s.mean(),
					Double.isNaN(s.cpuMean()) ? "n/a" : String.format(Locale.ROOT, "%.3f", s.cpuMean()), s.load()));
		}
		var targets = new StringBuilder();
		for (var n : calendars) {
			var index = find(n, "DeconflictionIndex");
			var naive = find(n, "Naive");
			var gist = find(n, "PostgreSQL (GiST on");
			var gin = find(n, "PostgreSQL (GiST +");
			if (index == null || naive == null || gist == null) {
				continue;
			}
			double bestPg = gin == null ? gist.p99() : Math.min(gist.p99(), gin.p99());
			targets.append(String.format(Locale.ROOT, "- %s operations: index p50 %.3f ms (target < 0.3 ms at 1M: %s).%n",
					n, index.p50(), index.p50() < 0.3 ? "met" : "NOT met"));
			targets.append(String.format(Locale.ROOT, "- %s operations: index p99 %.3f ms (target < 1 ms at 1M: %s); "
					+ "naive p99 / index p99 = %.1f× (target ≥ 100×: %s); best PostgreSQL p99 / index p99 = %.1f× "
					+ "(target ≥ 10×: %s); p50 ratios %.1f× and %.1f×.%n", n, index.p99(),
					index.p99() < 1 ? "met" : "NOT met", naive.p99() / index.p99(),
					naive.p99() / index.p99() >= 100 ? "met" : "NOT met", bestPg / index.p99(),
					bestPg / index.p99() >= 10 ? "met" : "NOT met", naive.p50() / index.p50(),
					(gin == null ? gist.p50() : Math.min(gist.p50(), gin.p50())) / index.p50()));
		}
		var machine = machine();
		var section = new StringBuilder();
		section.append("### Run of ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
		section.append("Machine: ").append(machine).append(". Whole run: ").append(seconds).append(" s. Options: ")
			.append(config).append(".\n\n");
		section.append(table).append('\n');
		section.append("Targets:\n\n").append(targets).append('\n');
		section.append(mismatches.isEmpty() ? "Cross-check: all approaches returned the same conflicts (ids, scores, "
				+ "order, reasons) for every sampled probe.\n\n"
				: "**Cross-check FAILED** (the run exits with status 1). The full scan with `ConflictScorer` is the "
						+ "reference:\n\n" + mismatchSummary().stream().map(m -> "- " + m + "\n").reduce("", String::concat)
						+ "\nFirst mismatch of each:\n\n"
						+ mismatches.stream().map(m -> "- " + m + "\n").reduce("", String::concat) + "\n");
		section.append("Notes:\n\n");
		for (var note : notes) {
			if (note.contains("\n")) {
				var lines = note.split("\n", 2);
				section.append("- ").append(lines[0]).append("\n\n```\n").append(lines[1].stripTrailing())
					.append("\n```\n");
			}
			else {
				section.append("- ").append(note).append('\n');
			}
		}
		System.out.println();
		System.out.println(section);
		if (Boolean.parseBoolean(config.get("docs"))) {
			writeDocs(section.toString());
		}
	}

	private List<String> mismatchSummary() {
		var lines = new ArrayList<String>();
		tallies.forEach((key, t) -> lines.add(String.format(Locale.ROOT, "%s: %d sampled probe(s) differ; %d conflicts "
				+ "missing (%d of them at exactly the margin edge: phases back to back when the margin is 0), %d extra, "
				+ "%d with another score or reasons", key, t[0], t[1], t[2], t[3], t[4])));
		return lines;
	}

	private Stats find(String calendar, String prefix) {
		return results.stream().filter(s -> s.calendar().equals(calendar) && s.approach().startsWith(prefix)).findFirst()
			.orElse(null);
	}

	/** Replaces the text between the results markers of docs/benchmarks.md (creates the file if needed). */
	private static void writeDocs(String section) throws IOException {
		var path = Path.of(System.getProperty("bench.docs", "docs/benchmarks.md"));
		var start = "<!-- deconfliction-results:start -->";
		var end = "<!-- deconfliction-results:end -->";
		var text = Files.exists(path) ? Files.readString(path) : "# Benchmarks\n\n" + start + "\n" + end + "\n";
		int from = text.indexOf(start);
		int to = text.indexOf(end);
		if (from < 0 || to < from) {
			text = text + "\n" + start + "\n" + end + "\n";
			from = text.indexOf(start);
			to = text.indexOf(end);
		}
		text = text.substring(0, from + start.length()) + "\n" + section.strip() + "\n" + text.substring(to);
		Files.createDirectories(path.toAbsolutePath().getParent());
		Files.writeString(path, text);
		System.out.println("Results written to " + path);
	}

	private static String machine() {
		String cpu = "?";
		String memory = "?";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
			memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
				.findFirst().map(l -> String.format(Locale.ROOT, "%.1f GiB",
						Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
				.orElse("?");
		}
		catch (IOException | RuntimeException e) {
			// not Linux: leave the question marks
		}
		return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + memory + " RAM, " + cpu + ", Java "
				+ System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name") + "), max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, " + System.getProperty("os.name") + " "
				+ System.getProperty("os.version");
	}

	private static long ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	private static void log(String line) {
		System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
		System.out.flush();
	}
}
