package org.neuronmodels.core.sweep;

import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * An f–I curve: the currents, the simulated steady rates (grid and, if asked,
 * interpolated spike times), the analytic rates where the model has them,
 * the rheobase found by bisection on the simulation, and the largest rate.
 * Arrays are held, not copied.
 */
public final class FiCurve {

	/** The rheobase bracket is shrunk to this fraction of the swept range. */
	public static final double RHEOBASE_RELATIVE_TOLERANCE = 1e-6;

	private final String model, currentUnit, protocol;
	private final double[] currents;
	private final FiRates rates;
	private final double[] theoryRates;
	private final double rheobase, theoryRheobase;

	private FiCurve(final String model, final String currentUnit, final String protocol, final double[] currents,
		final FiRates rates, final double[] theoryRates, final double rheobase, final double theoryRheobase)
	{
		this.model = model;
		this.currentUnit = currentUnit;
		this.protocol = protocol;
		this.currents = currents;
		this.rates = rates;
		this.theoryRates = theoryRates;
		this.rheobase = rheobase;
		this.theoryRheobase = theoryRheobase;
	}

	/**
	 * Sweeps {@code currentSteps} currents from {@code currentMin} to {@code currentMax} through
	 * {@code setup}'s model, in blocks of one population each ({@link FiStream}), then finds the rheobase;
	 * checks every input first.
	 */
	public static FiCurve compute(final ModelSetup setup, final FiProtocol protocol, final double currentMin,
		final double currentMax, final int currentSteps, final boolean interpolate, final ProgressMonitor monitor)
	{
		return compute(setup, protocol, currentMin, currentMax, currentSteps, interpolate, 1, monitor);
	}

	/**
	 * As {@link #compute(ModelSetup, FiProtocol, double, double, int, boolean, ProgressMonitor)}, the
	 * currents run in blocks ({@link FiStream}) on up to {@code threads} threads: the same numbers.
	 */
	public static FiCurve compute(final ModelSetup setup, final FiProtocol protocol, final double currentMin,
		final double currentMax, final int currentSteps, final boolean interpolate, final int threads,
		final ProgressMonitor monitor)
	{
		final FiStream stream = FiStream.of(setup, protocol, currentMin, currentMax, currentSteps, interpolate)
			.threads(threads);
		final FiTheory theory = setup.theory();
		final FiCollector rows = new FiCollector(currentSteps, theory != null && theory.hasRate());
		final FiSummary s = stream.run(rows, monitor);
		return new FiCurve(s.model(), s.currentUnit(), s.protocol(), rows.currents(), rows.rates(), rows
			.theoryRates(), s.rheobase(), s.theoryRheobase());
	}

	/**
	 * The curve from the simulated {@code rates} of {@code currents} (computed here or merged from
	 * the shards of a cluster run): finds the rheobase (more simulations, here) and adds the theory.
	 */
	public static FiCurve fromRates(final ModelSetup setup, final FiProtocol protocol, final double[] currents,
		final FiRates rates, final double currentMin, final double currentMax, final ProgressMonitor monitor)
	{
		final String unit = setup.model().currentUnit();
		final double tolerance = RHEOBASE_RELATIVE_TOLERANCE * (currentMax - currentMin);
		final double rheobase = RheobaseSearch.find(setup, protocol, currents, rates.rates(), tolerance, monitor);
		final FiTheory theory = setup.theory();
		double[] theoryRates = null;
		double theoryRheobase = Double.NaN;
		if (theory != null) {
			if (theory.hasRate()) {
				theoryRates = new double[currents.length];
				for (int i = 0; i < currents.length; i++)
					theoryRates[i] = theory.rate(currents[i]);
			}
			theoryRheobase = theory.rheobase();
		}
		return new FiCurve(setup.model().name(), unit, protocol.describe(), currents, rates, theoryRates, rheobase,
			theoryRheobase);
	}

	/** The model label. */
	public String model() {
		return model;
	}

	/** The unit of the currents (nA, or µA/cm²). */
	public String currentUnit() {
		return currentUnit;
	}

	/** How the currents were applied, e.g. {@code "constant for 500 ms"}. */
	public String protocol() {
		return protocol;
	}

	/** The swept currents. */
	public double[] currents() {
		return currents;
	}

	/** The steady rates (Hz) from grid spike times. */
	public double[] rates() {
		return rates.rates();
	}

	/** The steady rates (Hz) from interpolated threshold crossings, or null if not asked for. */
	public double[] interpolatedRates() {
		return rates.interpolatedRates();
	}

	/** The spikes counted in the rate window, per current. */
	public int[] spikeCounts() {
		return rates.spikeCounts();
	}

	/** The analytic rates (Hz), or null if the model has no closed form. */
	public double[] theoryRates() {
		return theoryRates;
	}

	/** The simulated rheobase (bisection), NaN if outside the swept range. */
	public double rheobase() {
		return rheobase;
	}

	/** The analytic rheobase, NaN if the model has no closed form. */
	public double theoryRheobase() {
		return theoryRheobase;
	}

	/** The largest simulated rate (Hz), from grid spike times. */
	public double maxRate() {
		double m = 0;
		for (final double r : rates.rates())
			m = Math.max(m, r);
		return m;
	}
}
