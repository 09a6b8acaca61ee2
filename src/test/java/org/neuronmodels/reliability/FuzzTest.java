package org.neuronmodels.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.module.InputRanges;
import org.neuronmodels.testutil.CommandHarness;
import org.neuronmodels.testutil.CommandHarness.Outcome;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;
import org.scijava.util.Types;

/**
 * Drives every command (found in the context) with random inputs within and
 * around their declared ranges for a bounded time, and asserts that each run
 * either completes with its outputs or is refused cleanly (a reason, no
 * output) — never an escaping exception, never a hang (a run still going after
 * {@value #RUN_LIMIT_MS} ms is cancelled and must stop). Runs are kept short
 * (see {@link CommandHarness#shortRun}): durations up to 50 ms, dt at least
 * 0.001 ms, counts up to 20. The random sequence is seeded
 * ({@code -Dnm.fuzz.seed=...} to repeat another).
 */
class FuzzTest {

	/** Time for all commands together. */
	private static final long BUDGET_MS = 10_000;

	/** A run still going after this long is cancelled. */
	private static final long RUN_LIMIT_MS = 2_000;

	/** Enough runs for one command (one without inputs needs few). */
	private static final int MAX_RUNS = 400;

	private static final long SEED = Long.getLong("nm.fuzz.seed", 20261122L);

	/** {@code -Dnm.fuzz.debug=true} prints every run's inputs, time and outcome. */
	private static final boolean DEBUG = Boolean.getBoolean("nm.fuzz.debug");

	@TempDir
	Path tmp;

	@Test
	void randomInputsGiveAResultOrACleanRefusal() throws IOException {
		final File table = tmp.resolve("current.csv").toFile();
		Files.write(table.toPath(), "current\n0\n0.5\n1.5\n3\n2\n1\n".getBytes(StandardCharsets.UTF_8));
		final Context context = CommandHarness.context();
		final List<String> failures = new ArrayList<>();
		final StringBuilder summary = new StringBuilder("fuzz seed " + SEED + ":");
		try {
			final List<CommandInfo> commands = CommandHarness.commands(context);
			assertFalse(commands.isEmpty());
			final Random random = new Random(SEED);
			final long perCommand = BUDGET_MS / commands.size();
			for (final CommandInfo info : commands) {
				final Map<String, Object> baseline = CommandHarness.shortRun(context, info);
				final Map<String, Object> defaults = CommandHarness.defaults(context, info);
				defaults.putAll(baseline);
				// the baseline itself first (also loads the classes the command needs, outside its time)
				final Outcome first = CommandHarness.run(context, info, baseline, RUN_LIMIT_MS);
				if (DEBUG) System.out.println("baseline " + info.getLabel() + " " + baseline + " -> " + first);
				final String base = problem(first);
				if (base != null) failures.add(info.getLabel() + " baseline " + baseline + ": " + base);
				final long end = System.currentTimeMillis() + perCommand;
				int runs = 0, completed = 0, refused = 0, stopped = 0;
				do {
					final Map<String, Object> in = new LinkedHashMap<>(baseline);
					in.putAll(randomInputs(info, defaults, random, table));
					final long t0 = System.nanoTime();
					final Outcome o = CommandHarness.run(context, info, in, RUN_LIMIT_MS);
					if (DEBUG) System.out.printf("%7.1f ms %s %s -> %s%n", (System.nanoTime() - t0) / 1e6, info
						.getLabel(), in, o);
					runs++;
					final String problem = problem(o);
					if (problem != null) failures.add(info.getLabel() + " " + in + ": " + problem);
					else if (o.completed()) completed++;
					else if (o.timedOut) stopped++;
					else refused++;
				}
				while (System.currentTimeMillis() < end && failures.size() < 10 && runs < MAX_RUNS);
				summary.append(String.format(Locale.ROOT, "%n  %s: %d runs, %d completed, %d refused, %d stopped " +
					"at the time limit", info.getLabel(), runs, completed, refused, stopped));
			}
		}
		finally {
			context.dispose();
		}
		System.out.println(summary);
		assertTrue(failures.isEmpty(), () -> String.join("\n", failures) + "\n" + summary);
	}

	/** What is wrong with an outcome, or null if it is a result or a clean refusal. */
	private static String problem(final Outcome o) {
		if (o.exception != null) return "an exception escaped: " + o.exception;
		if (o.timedOut && !o.stoppedAfterCancel) return "a hang: still running 5 s after being cancelled";
		if (o.timedOut) return null; // stopped promptly when cancelled
		if (o.reason != null) {
			if (o.reason.trim().isEmpty()) return "refused without a reason";
			if (o.reason.contains("Exception") || o.reason.contains("\n")) return "refused with a raw error: " +
				o.reason;
			final List<String> left = CommandHarness.presentOutputs(o.module);
			return left.isEmpty() ? null : "refused (" + o.reason + ") but left outputs " + left;
		}
		// NB: some outputs are optional (e.g. a network's connectivity image), so a result is a completed run
		// with at least one of its object outputs
		final List<String> missing = CommandHarness.missingOutputs(o.module);
		return missing.isEmpty() || !CommandHarness.presentOutputs(o.module).isEmpty() ? null
			: "completed without any output " + missing;
	}

	/**
	 * Random values for about a third of the inputs (the others keep the short
	 * baseline), all within their declared ranges; in half of the runs one of
	 * them is instead an edge value: just outside the range, NaN, infinite, an
	 * unknown choice or a missing file.
	 */
	private static Map<String, Object> randomInputs(final CommandInfo info, final Map<String, Object> base,
		final Random r, final File table)
	{
		final Map<String, Object> in = new LinkedHashMap<>();
		final Object duration = base.get("duration");
		final double d = duration instanceof Double ? (Double) duration : 50;
		final List<ModuleItem<?>> inputs = CommandHarness.inputs(info);
		final int edge = inputs.isEmpty() || r.nextBoolean() ? -1 : r.nextInt(inputs.size());
		for (int i = 0; i < inputs.size(); i++) {
			final ModuleItem<?> item = inputs.get(i);
			if (i != edge && r.nextDouble() < 0.65) continue; // keep the baseline value
			final Object v = randomValue(item, base.get(item.getName()), d, r, table, i == edge);
			if (v != null || item.getType() == File.class) in.put(item.getName(), v);
		}
		return in;
	}

	private static Object randomValue(final ModuleItem<?> item, final Object current, final double duration,
		final Random r, final File table, final boolean edge)
	{
		final Class<?> type = Types.box(item.getType());
		final List<?> choices = item.getChoices();
		if (choices != null && !choices.isEmpty()) {
			return edge ? "No such choice" : choices.get(r.nextInt(choices.size()));
		}
		if (type == Boolean.class) return r.nextBoolean();
		if (type == File.class) {
			if ("outputFolder".equals(item.getName())) return null; // files written: OutputFolderInputTest
			if (edge) return new File(table.getParentFile(), "missing.csv");
			return r.nextDouble() < 0.7 ? table : null;
		}
		if (type == Double.class || type == Float.class) {
			final double x = edge ? edgeDouble(item, r) : randomDouble(item, current, duration, r);
			return type == Double.class ? (Object) x : (Object) (float) x;
		}
		if (type == Integer.class || type == Long.class) {
			final long x = randomLong(item, r, edge);
			return type == Integer.class ? (Object) (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, x))
				: (Object) x;
		}
		return null; // text without choices: keep it
	}

	/** Just below the minimum, just above the maximum, exactly a bound, NaN or infinite. */
	private static double edgeDouble(final ModuleItem<?> item, final Random r) {
		final double min = bound(item.getMinimumValue(), Double.NEGATIVE_INFINITY);
		final double max = bound(item.getMaximumValue(), Double.POSITIVE_INFINITY);
		switch (r.nextInt(5)) {
			case 0:
				return new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }[r.nextInt(3)];
			case 1:
				if (Double.isFinite(min)) return min - (Math.abs(min) * 0.1 + 1e-3) * r.nextDouble() - 1e-9;
				return -1e300;
			case 2:
				if (Double.isFinite(max)) return max + (Math.abs(max) * 0.1 + 1e-3) * r.nextDouble() + 1e-9;
				return 1e300;
			case 3:
				return Double.isFinite(min) ? min : 0;
			default:
				return Double.isFinite(max) ? max : 0;
		}
	}

	/** Within the declared range, scaled to keep runs short. */
	private static double randomDouble(final ModuleItem<?> item, final Object current, final double duration,
		final Random r)
	{
		final double min = bound(item.getMinimumValue(), Double.NEGATIVE_INFINITY);
		final double max = bound(item.getMaximumValue(), Double.POSITIVE_INFINITY);
		final String name = item.getName();
		final String unit = InputRanges.unitOf(item.getLabel()).trim();
		double lo, hi;
		boolean log = false;
		if (CommandHarness.isDuration(item)) {
			lo = 1;
			hi = 50;
		}
		else if (name.equals("dt") || name.endsWith("Dt")) {
			lo = 1e-3;
			hi = 1;
			log = true;
		}
		else if (unit.equals("ms") && name.toLowerCase(Locale.ROOT).matches(".*(start|stop|onset|end|delay).*")) {
			lo = 0;
			hi = duration;
		}
		else if (current instanceof Number && Double.isFinite(((Number) current).doubleValue()) && r
			.nextBoolean())
		{
			// around the current value: ×/÷ up to 10, or ± up to 10 when it is 0
			final double c = ((Number) current).doubleValue();
			return c == 0 ? (r.nextDouble() * 20 - 10) : c * Math.pow(10, r.nextDouble() * 2 - 1) * (r
				.nextDouble() < 0.1 ? -1 : 1);
		}
		else {
			lo = Double.isFinite(min) ? min : -1e3;
			hi = Double.isFinite(max) ? max : lo + 1e3;
			log = lo > 0 && hi / lo > 1e3;
		}
		lo = Math.max(lo, min);
		hi = Math.min(hi, max);
		if (!(hi >= lo)) return lo;
		return log ? lo * Math.pow(hi / lo, r.nextDouble()) : lo + (hi - lo) * r.nextDouble();
	}

	/** Within the declared range (counts at most 20, others within 100 of the minimum); edge: just outside. */
	private static long randomLong(final ModuleItem<?> item, final Random r, final boolean edge) {
		final double min = bound(item.getMinimumValue(), Double.NEGATIVE_INFINITY);
		final double max = bound(item.getMaximumValue(), Double.POSITIVE_INFINITY);
		if (item.getName().toLowerCase(Locale.ROOT).contains("seed")) return r.nextLong();
		if (edge && Double.isFinite(min) && (r.nextBoolean() || !Double.isFinite(max))) {
			return (long) min - 1 - r.nextInt(3);
		}
		if (edge && Double.isFinite(max)) return (long) Math.min(Long.MAX_VALUE / 2, max) + 1 + r.nextInt(3);
		if (edge) return r.nextBoolean() ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
		final long lo = (long) Math.max(Double.isFinite(min) ? min : -10, -1e6);
		long hi = (long) Math.min(Double.isFinite(max) ? max : lo + 100, lo + 100);
		if (CommandHarness.isCount(item)) hi = Math.min(hi, Math.max(lo, 20));
		return lo + (long) Math.floor(r.nextDouble() * (hi - lo + 1));
	}

	private static double bound(final Object o, final double none) {
		return o instanceof Number ? ((Number) o).doubleValue() : none;
	}
}
