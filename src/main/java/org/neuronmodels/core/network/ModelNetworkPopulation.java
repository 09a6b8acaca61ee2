package org.neuronmodels.core.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Any {@link SpikingPopulation} (any registered model, including equation
 * models) as a network population, with current-based synaptic input: each
 * step, neuron i's input is its bias current plus the current of its channels,
 * and the wrapped model advances exactly as in a single-neuron run. Channels:
 * <ul>
 * <li>exponential current: state x in the model's current unit, arriving weights
 * added to x, input {@code x} during the step, then {@code x ← x·e^(−dt/τ)};</li>
 * <li>exponential conductance (models whose current unit is nA only): g in µS,
 * input {@code g·(E − V)} nA with V at the start of the step, then g decays;</li>
 * <li>delta: the arriving weight (mV) is added to V at the start of the step.</li>
 * </ul>
 * A channel whose state is exactly 0 adds nothing (not even +0.0), so a neuron
 * without synaptic input computes the single-neuron run's numbers bit for bit.
 * <p>
 * The network's chunks split the neurons into blocks; each block is a
 * population of its own built by the same factory (one chunk: the population
 * itself), starting from the whole population's state variables. Neurons are
 * independent within a model's population, so the split changes no number.
 * </p>
 */
public final class ModelNetworkPopulation extends NetworkPopulation {

	/** One chunk's block {@code [from, to)} of neurons (local indices) and its own population. */
	private static final class Block {

		final int from, to;
		final SpikingPopulation pop;
		final double[] in;
		final int[] spiked;
		final double[][] state;

		Block(final int from, final int to, final SpikingPopulation pop) {
			this.from = from;
			this.to = to;
			this.pop = pop;
			this.in = new double[to - from];
			this.spiked = new int[to - from];
			this.state = new double[pop.variables().length][];
			for (int v = 0; v < state.length; v++)
				state[v] = pop.variable(v);
		}
	}

	private final IntFunction<SpikingPopulation> factory;
	private final SpikingPopulation whole;
	private final String unit;
	private final double[] bias;
	private final double[][] x;
	private final String[] modelVariables, modelUnits;
	private final double lo, hi;
	private final List<Block> blocks = new ArrayList<>();
	private double[] decay;

	/**
	 * {@code n} neurons made by {@code factory} (which builds a population of any
	 * size at the model's initial state, for the network's time step), whose
	 * current unit is {@code currentUnit}, with bias currents {@code bias} (one
	 * per neuron, in that unit) and the given channels.
	 */
	public ModelNetworkPopulation(final String name, final IntFunction<SpikingPopulation> factory,
		final String currentUnit, final double[] bias, final SynapseChannel... channels)
	{
		super(name, bias.length, channels);
		this.factory = factory;
		this.whole = factory.apply(n);
		if (whole.size() != n) throw new IllegalArgumentException("factory made " + whole.size() + " neurons, not " + n);
		this.unit = currentUnit;
		for (final double b : bias)
			Checks.finite("bias", currentUnit, b);
		this.bias = bias.clone();
		this.x = new double[channels.length][];
		for (int c = 0; c < channels.length; c++) {
			final SynapseKind k = channels[c].kind;
			if (k == SynapseKind.ALPHA_RAW || k == SynapseKind.ALPHA_PEAK) throw new InvalidParameterException("synapse",
				"synapse = \"" + k.label() + "\" is invalid for a population of a registered model: use Delta, " +
					"Exponential or Exponential conductance");
			if (k.isConductance() && !"nA".equals(currentUnit)) throw new InvalidParameterException("synapse",
				"synapse = \"" + k.label() + "\" is invalid for a model whose current unit is " + currentUnit +
					": conductances (µS) need a model driven in nA; use a current synapse");
			x[c] = new double[n];
		}
		this.modelVariables = whole.variables();
		this.modelUnits = whole.variableUnits();
		final double[] bounds = whole.voltageBounds();
		this.lo = bounds[0];
		this.hi = bounds[1];
	}

	@Override
	public double[] voltage() {
		return whole.voltage();
	}

	@Override
	public double[] channelState(final int c) {
		return x[c];
	}

	@Override
	double[] inputArray(final int c) {
		return x[c];
	}

	@Override
	public String currentUnit() {
		return unit;
	}

	@Override
	public double[] voltageBounds() {
		return new double[] { lo, hi };
	}

	@Override
	void prepare(final double dt) {
		if (Double.doubleToLongBits(dt) != Double.doubleToLongBits(whole.dt())) throw new IllegalArgumentException(
			"population " + name() + " was built for dt = " + whole.dt() + " ms but the network runs at dt = " + dt +
				" ms");
		decay = new double[channels.length];
		for (int c = 0; c < channels.length; c++)
			if (channels[c].kind != SynapseKind.DELTA) decay[c] = Math.exp(-dt / channels[c].tau);
		blocks.clear();
	}

	@Override
	void addBlock(final int from, final int to) {
		if (from == 0 && to == n) {
			blocks.add(new Block(0, n, whole));
			return;
		}
		final SpikingPopulation pop = factory.apply(to - from);
		for (int v = 0; v < modelVariables.length; v++)
			System.arraycopy(whole.variable(v), from, pop.variable(v), 0, to - from);
		blocks.add(new Block(from, to, pop));
	}

	private Block block(final int i) {
		for (final Block b : blocks)
			if (i >= b.from && i < b.to) return b;
		throw new IllegalStateException("neuron " + i + " of " + name() + " is in no block");
	}

	@Override
	public String[] variables() {
		return concat(modelVariables, super.variables());
	}

	@Override
	public String[] variableUnits() {
		return concat(modelUnits, super.variableUnits());
	}

	private static String[] concat(final String[] model, final String[] network) {
		final String[] all = Arrays.copyOf(model, model.length + network.length - 1);
		System.arraycopy(network, 1, all, model.length, network.length - 1);
		return all;
	}

	@Override
	double sample(final int variable, final int i) {
		if (variable >= modelVariables.length) return super.sample(variable - modelVariables.length + 1, i);
		if (blocks.isEmpty()) return whole.variable(variable)[i];
		final Block b = block(i);
		return b.pop.variable(variable)[i - b.from];
	}

	@Override
	double externalInput(final int i, final int k) {
		return bias[i];
	}

	@Override
	int update(final int from, final int to, final int k, final int[] spikes, int count, final Fault fault) {
		deliver(from, to, k);
		final Block b = block(from);
		final double[] in = b.in, v = b.state[0];
		for (int i = from; i < to; i++) {
			final int j = i - from;
			double current = bias[i];
			for (int c = 0; c < x.length; c++) {
				final double s = x[c][i];
				if (s == 0) continue;
				final SynapseChannel ch = channels[c];
				if (ch.kind == SynapseKind.DELTA) {
					v[j] += s;
					x[c][i] = 0;
				}
				else if (ch.kind.isConductance()) current += s * (ch.reversal - v[j]);
				else current += s;
			}
			in[j] = current;
		}
		final int fired = b.pop.step(in, b.spiked);
		for (int f = 0; f < fired; f++)
			spikes[count++] = offset + from + b.spiked[f];
		for (int c = 0; c < x.length; c++) {
			if (channels[c].kind == SynapseKind.DELTA) continue;
			final double[] s = x[c];
			final double d = decay[c];
			for (int i = from; i < to; i++)
				s[i] *= d;
		}
		Fault.check(fault, b.state, modelVariables, modelUnits, lo, hi, 0, to - from, offset + from, (k + 1) * dt,
			true);
		return count;
	}
}
