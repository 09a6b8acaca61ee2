package org.neuronmodels.service;

import java.util.Locale;

import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;

/**
 * A leaky integrate-and-fire model for scripts, set up fluently with the LIF
 * command's field names and defaults, e.g.
 * {@code neuron.lif().tauM(10).tRef(0).simulate(neuron.step(1.55, 100, 400), 500)}.
 * Units: mV, MΩ, ms, nA.
 */
public final class LifModel {

	private double vRest = -70, vReset = -65, vThreshold = -50, resistance = 10, tauM = 8, tRef = 2;
	private double dt = 0.1;
	private int neurons = 1;
	private LifIntegrator integrator = LifIntegrator.EXACT;

	/** Sets the resting potential in mV. */
	public LifModel vRest(final double mV) {
		vRest = mV;
		return this;
	}

	/** Sets the reset potential in mV. */
	public LifModel vReset(final double mV) {
		vReset = mV;
		return this;
	}

	/** Sets the threshold in mV. */
	public LifModel vThreshold(final double mV) {
		vThreshold = mV;
		return this;
	}

	/** Sets the membrane resistance in MΩ. */
	public LifModel resistance(final double megaohm) {
		resistance = megaohm;
		return this;
	}

	/** Sets the membrane time constant in ms. */
	public LifModel tauM(final double ms) {
		tauM = ms;
		return this;
	}

	/** Sets the refractory period in ms. */
	public LifModel tRef(final double ms) {
		tRef = ms;
		return this;
	}

	/** Sets the time step in ms. */
	public LifModel dt(final double ms) {
		dt = ms;
		return this;
	}

	/** Sets the integrator: "Exact" or "Euler". */
	public LifModel integrator(final String label) {
		integrator = LifIntegrator.fromLabel(label);
		return this;
	}

	/** Sets the number of identical neurons (all get the same stimulus). */
	public LifModel neurons(final int count) {
		neurons = (int) org.neuronmodels.core.Checks.inRange("neurons", count, 1, Integer.MAX_VALUE);
		return this;
	}

	/** The per-neuron parameters (checked). */
	public LifParameters parameters() {
		return LifParameters.uniform(neurons, vRest, vReset, vThreshold, resistance, tauM, tRef).validate();
	}

	/** Runs the model for {@code duration} ms driven by {@code stimulus} (traces of neuron 0). */
	public SimulationResult simulate(final Stimulus stimulus, final double duration) {
		return simulate(stimulus, duration, ProgressMonitor.NONE);
	}

	/** Runs the model, reporting progress to {@code monitor}. */
	public SimulationResult simulate(final Stimulus stimulus, final double duration, final ProgressMonitor monitor) {
		return LifSimulation.run(parameters(), integrator, dt, duration, stimulus, monitor);
	}

	/** The rheobase in nA: {@code (V_th − V_rest)/R}. */
	public double rheobase() {
		return LifTheory.rheobase(vRest, vThreshold, resistance);
	}

	/** The firing rate in Hz for a constant current in nA, from theory (0 at or below rheobase). */
	public double rate(final double current) {
		return LifTheory.rate(vRest, vReset, vThreshold, resistance, tauM, tRef, current);
	}

	/** The theoretical rate in Hz for each current in nA. */
	public double[] rates(final double[] currents) {
		final double[] r = new double[currents.length];
		for (int i = 0; i < r.length; i++)
			r[i] = rate(currents[i]);
		return r;
	}

	/** The interspike interval in ms for a constant current in nA, from theory (infinite at or below rheobase). */
	public double isi(final double current) {
		return LifTheory.interspikeInterval(vRest, vReset, vThreshold, resistance, tauM, tRef, current);
	}

	/** The model as the LIF command's inputs, {@code "vRest=-70, ..."}, e.g. for a sweep's {@code fixed(...)}. */
	public String inputs() {
		return String.format(Locale.ROOT,
			"vRest=%s, vReset=%s, vThreshold=%s, resistance=%s, tauM=%s, tRef=%s, dt=%s, integrator=\"%s\"", num(vRest),
			num(vReset), num(vThreshold), num(resistance), num(tauM), num(tRef), num(dt), integrator.label());
	}

	@Override
	public String toString() {
		return "LIF model: " + inputs();
	}

	private static String num(final double v) {
		return Double.toString(v);
	}
}
