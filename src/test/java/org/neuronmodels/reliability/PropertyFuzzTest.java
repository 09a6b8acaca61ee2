package org.neuronmodels.reliability;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.neuronmodels.testutil.CommandHarness;
import org.neuronmodels.testutil.CommandHarness.Outcome;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;
import org.scijava.util.Types;

/**
 * Property-based fuzzing (jqwik) of every command over its whole declared input
 * space, extreme-but-valid values included (each bound, log-spread values,
 * the default): every case must end in a result whose outputs are plausible,
 * a warning, or a clean error naming an input — never an escaping exception, a
 * hang or a silently implausible number. Plausible: a single neuron whose mean
 * interval is under 3 steps (a rate dt cannot resolve) must carry a warning.
 * The work per case is capped (durations up to 50 ms, dt at least 0.001 ms,
 * counts up to 20, {@value #RUN_LIMIT_MS} ms per run, after which the run is
 * cancelled and must stop).
 */
class PropertyFuzzTest {

	private static final long RUN_LIMIT_MS = 3_000;

	private static Context context;
	private static List<CommandInfo> commands;

	@BeforeContainer
	static void start() {
		context = CommandHarness.context();
		commands = CommandHarness.commands(context);
	}

	@AfterContainer
	static void stop() {
		context.dispose();
	}

	/** One command and its inputs. */
	static final class Case {

		final CommandInfo info;
		final Map<String, Object> inputs;

		Case(final CommandInfo info, final Map<String, Object> inputs) {
			this.info = info;
			this.inputs = inputs;
		}

		@Override
		public String toString() {
			return info.getLabel() + " " + inputs;
		}
	}

	@Property(tries = 300, seed = "20261202", shrinking = net.jqwik.api.ShrinkingMode.OFF)
	void everyCaseEndsInAPlausibleResultAWarningOrACleanError(@ForAll("cases") final Case c) {
		final Outcome o = CommandHarness.run(context, c.info, c.inputs, RUN_LIMIT_MS);
		if (o.exception != null) throw new AssertionError(c + ": an exception escaped", o.exception);
		if (o.timedOut && !o.stoppedAfterCancel) throw new AssertionError(c + ": a hang (still running after cancel)");
		if (o.timedOut) return; // stopped when cancelled
		if (o.reason != null) {
			if (o.reason.trim().isEmpty() || o.reason.contains("Exception") || o.reason.contains("\n")) {
				throw new AssertionError(c + ": not a clean error: " + o.reason);
			}
			if (!CommandHarness.presentOutputs(o.module).isEmpty()) {
				throw new AssertionError(c + ": refused but left outputs " + CommandHarness.presentOutputs(o.module));
			}
			return;
		}
		final Object rate = o.module.getOutput("firingRate"), dt = c.inputs.get("dt");
		if (rate instanceof Double && dt instanceof Double && (Double) dt > 0) {
			final double spikesPerStep = (Double) rate * (Double) dt / 1000;
			if (!(spikesPerStep <= 1 + 1e-9)) throw new AssertionError(c + ": a rate above one spike per step: " + rate);
			if (spikesPerStep > 1.0 / 3 && o.module.getOutput("warnings") == null) {
				throw new AssertionError(c + ": " + rate + " Hz (a spike every " + Math.round(1 / spikesPerStep) +
					" steps) without a warning");
			}
		}
	}

	@Provide
	Arbitrary<Case> cases() {
		return Arbitraries.of(commands).flatMap(info -> {
			final Map<String, Object> baseline = CommandHarness.shortRun(context, info);
			final Map<String, Object> defaults = CommandHarness.defaults(context, info);
			defaults.putAll(baseline);
			final List<String> names = new ArrayList<>();
			final List<Arbitrary<Object>> values = new ArrayList<>();
			for (final ModuleItem<?> item : CommandHarness.inputs(info)) {
				final Arbitrary<Object> a = valueOf(item, defaults.get(item.getName()), defaults);
				if (a == null) continue;
				names.add(item.getName());
				values.add(a);
			}
			if (values.isEmpty()) return Arbitraries.just(new Case(info, baseline));
			return Combinators.combine(values).as(list -> {
				final Map<String, Object> in = new LinkedHashMap<>(baseline);
				for (int i = 0; i < names.size(); i++)
					in.put(names.get(i), list.get(i));
				return new Case(info, in);
			});
		});
	}

	/** Values for one input over its declared range, kept short (null: keep the baseline). */
	private static Arbitrary<Object> valueOf(final ModuleItem<?> item, final Object current,
		final Map<String, Object> defaults)
	{
		final Class<?> type = Types.box(item.getType());
		final List<?> choices = item.getChoices();
		if (choices != null && !choices.isEmpty()) return Arbitraries.of(new ArrayList<Object>(choices));
		if (type == Boolean.class) return Arbitraries.of(true, false);
		if (type == File.class || type == String.class) return null;
		final double min = bound(item.getMinimumValue(), -1e6), max = bound(item.getMaximumValue(), 1e6);
		final String name = item.getName();
		if (type == Double.class) {
			double lo = min, hi = max;
			if (CommandHarness.isDuration(item)) {
				lo = Math.max(lo, 1);
				hi = Math.min(hi, 50);
			}
			else if (name.equals("dt") || name.endsWith("Dt")) {
				lo = Math.max(lo, 1e-3);
				hi = Math.min(hi, 1);
			}
			else if (name.toLowerCase(Locale.ROOT).matches(".*(start|stop|onset|end|delay).*")) {
				lo = Math.max(lo, 0);
				hi = Math.min(hi, 50);
			}
			if (!(hi >= lo)) return null;
			final List<Arbitrary<Double>> options = new ArrayList<>();
			options.add(Arbitraries.of(lo, hi)); // the extremes that are still valid
			options.add(Arbitraries.doubles().between(lo, hi).ofScale(9));
			if (lo > 0 && hi / lo > 1e3) options.add(Arbitraries.doubles().between(Math.log10(lo), Math.log10(hi)).ofScale(6)
				.map(x -> Math.pow(10, x)));
			if (current instanceof Double) options.add(Arbitraries.just((Double) current));
			return Arbitraries.oneOf(options).map(x -> (Object) x);
		}
		if (type == Integer.class || type == Long.class) {
			long lo = (long) Math.max(min, -1e6), hi = (long) Math.min(max, 1e6);
			if (CommandHarness.isCount(item)) hi = Math.min(hi, Math.max(lo, 20));
			if (name.toLowerCase(Locale.ROOT).contains("seed")) return Arbitraries.longs().map(x -> type == Long.class
				? (Object) x : (Object) (int) (long) x);
			if (name.equals("threads")) hi = Math.min(hi, 2);
			if (hi < lo) return null;
			final long l = lo, h = hi;
			return Arbitraries.longs().between(l, h).edgeCases(e -> e.includeOnly(l, h)).map(x -> type == Long.class
				? (Object) x : (Object) (int) (long) x);
		}
		return null;
	}

	private static double bound(final Object o, final double none) {
		return o instanceof Number ? ((Number) o).doubleValue() : none;
	}
}
