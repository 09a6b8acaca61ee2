package org.neuronmodels.core.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * An f–I sweep of any size in bounded memory: the currents run in blocks of
 * at most {@code block} neurons ({@link FiSweep#simulate} on each block, the
 * blocks in parallel on {@code threads} threads through {@link BlockStream}),
 * each block's rows go to a {@link FiSink} in current order as soon as the
 * blocks before it are done, and only a {@link FiSummary} stays in memory.
 * The neurons of an f–I population are independent, so every row is bit for
 * bit the row of the one-population run ({@link FiSweep#simulate} of all
 * currents) at any block size and thread count. Then the rheobase is found
 * as {@link FiCurve} finds it: by {@link RheobaseSearch} in the bracket of the
 * first transition from silent to firing.
 */
public final class FiStream {

	/** Currents per block by default: a block's state stays in the processor's cache. */
	public static final int BLOCK = 2048;

	private static final Pattern NEURON = Pattern.compile("for neuron (\\d+)");

	/**
	 * The most currents a command keeps in memory when it can stream its rows to a data file (the
	 * launcher's {@code --out}); without one it keeps up to the 10⁶ rows a results table may show.
	 */
	public static final int IN_MEMORY_MAX = 100_000;

	private final ModelSetup setup;
	private final FiProtocol protocol;
	private final FiCurrents currents;
	private final boolean interpolate;
	private int threads = 1, block = BLOCK, columns = 1500;

	private FiStream(final ModelSetup setup, final FiProtocol protocol, final FiCurrents currents,
		final boolean interpolate)
	{
		this.setup = setup;
		this.protocol = protocol;
		this.currents = currents;
		this.interpolate = interpolate;
	}

	/** A sweep of {@code steps} currents from {@code min} to {@code max}; checks every input. */
	public static FiStream of(final ModelSetup setup, final FiProtocol protocol, final double min, final double max,
		final int steps, final boolean interpolate)
	{
		final FiCurrents c = FiCurrents.of(min, max, steps, setup.model().currentUnit());
		protocol.grid(setup.dt());
		return new FiStream(setup, protocol, c, interpolate);
	}

	/** Runs the blocks on up to {@code n} threads (1 … 10 000); returns this. */
	public FiStream threads(final int n) {
		threads = (int) Checks.inRange("threads", n, 1, 10_000);
		return this;
	}

	/** At most {@code n} currents per block; returns this. */
	public FiStream block(final int n) {
		block = (int) Checks.inRange("block", n, 1, FiSweep.MAX_CURRENTS);
		return this;
	}

	/** Decimates the curves for a chart of {@code n} pixel columns; returns this. */
	public FiStream columns(final int n) {
		columns = (int) Checks.inRange("columns", n, 1, 1_000_000);
		return this;
	}

	/** The currents swept. */
	public FiCurrents currents() {
		return currents;
	}

	/** Runs the sweep, giving every row to {@code sink}; returns the summary. */
	public FiSummary run(final FiSink sink, final ProgressMonitor monitor) {
		final int n = currents.size();
		final FiTheory theory = setup.theory();
		final boolean theoryRates = theory != null && theory.hasRate();
		final Accumulator acc = new Accumulator(n, theoryRates);
		final int blocks = (int) ((n + (long) block - 1) / block);
		BlockStream.<Block> run(blocks, threads, (b, m) -> {
			final int from = (int) ((long) b * block), to = (int) Math.min(n, (long) from + block);
			final double[] c = currents.range(from, to);
			final FiRates r;
			try {
				r = FiSweep.simulate(setup, c, protocol, interpolate, m);
			}
			catch (final NumericalInstabilityException e) {
				throw renumbered(e, from);
			}
			return new Block(from, c, r, theoryRates ? theory : null);
		}, blk -> {
			acc.add(blk);
			sink.rows(blk.first, blk.currents, blk.rates, blk.theory);
		}, monitor);
		return summary(acc, monitor);
	}

	/**
	 * As {@link #run}, for rates computed elsewhere (the parts of a SLURM run): {@code parts} gives the rates
	 * of consecutive ranges of the currents, in order from the first; each is handed to {@code sink} and
	 * dropped, so only one part is held at a time. Then the rheobase is searched here, as {@link #run} does.
	 */
	public FiSummary merge(final Iterable<FiRates> parts, final FiSink sink, final ProgressMonitor monitor) {
		final FiTheory theory = setup.theory();
		final boolean theoryRates = theory != null && theory.hasRate();
		final Accumulator acc = new Accumulator(currents.size(), theoryRates);
		int from = 0;
		for (final FiRates r : parts) {
			final int to = from + r.rates().length;
			final Block blk = new Block(from, currents.range(from, to), r, theoryRates ? theory : null);
			acc.add(blk);
			sink.rows(blk.first, blk.currents, blk.rates, blk.theory);
			from = to;
		}
		if (from != currents.size()) throw new IllegalStateException("the parts hold " + from + " of " + currents
			.size() + " currents");
		return summary(acc, monitor);
	}

	/** The summary once every row has been added: the rheobase searched in the first silent-to-firing bracket. */
	private FiSummary summary(final Accumulator acc, final ProgressMonitor monitor) {
		final int n = currents.size();
		final FiTheory theory = setup.theory();
		final double tolerance = FiCurve.RHEOBASE_RELATIVE_TOLERANCE * (currents.max() - currents.min());
		final double rheobase = acc.firstFiring <= 0 ? Double.NaN : RheobaseSearch.find(setup, protocol,
			new double[] { currents.get(acc.firstFiring - 1), currents.get(acc.firstFiring) }, new double[] { 0,
				acc.firstRate }, tolerance, monitor);
		return new FiSummary(setup.model().name(), setup.model().currentUnit(), protocol.describe(), n, acc.maxRate,
			rheobase, theory == null ? Double.NaN : theory.rheobase(), acc.spikes, acc.firing, acc.rates.points(),
			acc.interpolated == null ? null : acc.interpolated.points(), acc.theory == null ? null : acc.theory
				.points());
	}

	/** The blow-up of neuron {@code k} of the block starting at current {@code from}, named by its current. */
	private NumericalInstabilityException renumbered(final NumericalInstabilityException e, final int from) {
		final Matcher m = NEURON.matcher(e.getMessage());
		if (!m.find()) return e;
		final int i = from + Integer.parseInt(m.group(1));
		final String current = "for current " + (i + 1) + " of " + currents.size() + " (" + Checks.fmt(currents.get(
			i)) + " " + setup.model().currentUnit() + ")";
		return new NumericalInstabilityException(e.getMessage().substring(0, m.start()) + current + e.getMessage()
			.substring(m.end()), e.timeMs(), e.suggestedDt());
	}

	/** The rows of one block. */
	private static final class Block {

		final int first;
		final double[] currents, theory;
		final FiRates rates;

		/** The rows from {@code first}; {@code model} (null: none) gives the analytic rates. */
		Block(final int first, final double[] currents, final FiRates rates, final FiTheory model) {
			this.first = first;
			this.currents = currents;
			this.rates = rates;
			this.theory = model == null ? null : new double[currents.length];
			for (int i = 0; theory != null && i < currents.length; i++)
				theory[i] = model.rate(currents[i]);
		}
	}

	/** The bounded summary, fed block by block in order. */
	private final class Accumulator {

		final StreamEnvelope rates, theory;
		StreamEnvelope interpolated;
		int firstFiring = -1, firing;
		double firstRate, maxRate;
		long spikes;

		Accumulator(final int n, final boolean theoryRates) {
			rates = new StreamEnvelope(n, currents.min(), currents.max(), columns);
			theory = theoryRates ? new StreamEnvelope(n, currents.min(), currents.max(), columns) : null;
		}

		void add(final Block b) {
			final double[] r = b.rates.rates(), ir = b.rates.interpolatedRates();
			final int[] counts = b.rates.spikeCounts();
			if (ir != null && interpolated == null) {
				interpolated = new StreamEnvelope(currents.size(), currents.min(), currents.max(), columns);
			}
			for (int i = 0; i < r.length; i++) {
				final double x = b.currents[i];
				rates.add(x, r[i]);
				if (ir != null) interpolated.add(x, ir[i]);
				if (theory != null) theory.add(x, b.theory[i]);
				spikes += counts[i];
				maxRate = Math.max(maxRate, r[i]);
				if (r[i] > 0) {
					firing++;
					if (firstFiring < 0) {
						firstFiring = b.first + i;
						firstRate = r[i];
					}
				}
			}
		}
	}
}
