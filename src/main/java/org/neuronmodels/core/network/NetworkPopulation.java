package org.neuronmodels.core.network;

import java.util.ArrayList;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.random.RandomStream;

/**
 * A population of one model inside a network: structure-of-arrays state,
 * per-neuron parameters, and its synaptic input channels. Projections add
 * arriving weights to {@link #inputArray(int)} (or to a delay ring that is
 * emptied into it at the start of the arrival step). Subclasses implement
 * one step of the model for a contiguous block of neurons; blocks never
 * share state, so the engine may run them on different threads.
 */
public abstract class NetworkPopulation {

	/** Stream indices of per-neuron random streams start here (offset by the global neuron index). */
	static final long NEURON_STREAM_BASE = 1L << 40;

	private final String name;
	/** The number of neurons. */
	protected final int n;
	/** The synaptic channels. */
	protected final SynapseChannel[] channels;
	private final List<PoissonDrive> drives = new ArrayList<>();

	int offset;
	double dt;
	int steps;
	/** Per channel: the delay ring ({@code slots × n}) or null. */
	double[][] ring;
	int[] ringSlots;
	RandomStream[] streams;
	private PoissonDrive[] driveArray = new PoissonDrive[0];
	private double[] driveMean, driveWeight;
	private int[] driveStart, driveStop;

	protected NetworkPopulation(final String name, final int n, final SynapseChannel... channels) {
		this.name = name;
		this.n = (int) Checks.inRange("neurons", n, 1, 100_000_000);
		this.channels = channels.clone();
	}

	/** The name, e.g. {@code "exc"}. */
	public String name() {
		return name;
	}

	/** The number of neurons. */
	public int size() {
		return n;
	}

	/** The global index of this population's neuron 0 in its network. */
	public int offset() {
		return offset;
	}

	/** The synaptic channels (a copy). */
	public SynapseChannel[] channels() {
		return channels.clone();
	}

	/** The index of the channel called {@code channelName}. */
	public int channel(final String channelName) {
		for (int c = 0; c < channels.length; c++)
			if (channels[c].name.equals(channelName)) return c;
		throw new IllegalArgumentException("population " + name + " has no channel " + channelName);
	}

	/** Adds independent Poisson input to every neuron. */
	public NetworkPopulation addPoissonDrive(final PoissonDrive drive) {
		if (drive.channel < 0 || drive.channel >= channels.length) throw new IllegalArgumentException("no channel " +
			drive.channel);
		drives.add(drive);
		return this;
	}

	/** The membrane potential of every neuron in mV (a live view). */
	public abstract double[] voltage();

	/** Sets the membrane potential of neuron {@code i} in mV. */
	public void setVoltage(final int i, final double v) {
		voltage()[i] = Checks.finite("vInit", "mV", v);
	}

	/** The live state array of channel {@code c} (current in nA, conductance in µS; alpha: the current). */
	public abstract double[] channelState(int c);

	/** The array arriving weights of channel {@code c} are added to. */
	abstract double[] inputArray(int c);

	/** Precomputes everything that depends on the time step; called once before the run. */
	abstract void prepare(double dt);

	/**
	 * Advances neurons {@code [from, to)} (local indices) through step {@code k};
	 * appends the global index of each neuron that spiked to {@code spikes}
	 * from {@code count} on and returns the new count; records blow-up in {@code fault}.
	 */
	abstract int update(int from, int to, int k, int[] spikes, int count, Fault fault);

	/**
	 * A rough cost of one step of one neuron on one core, in ns (measured on
	 * the 2-core benchmark machine; plugins-docs/spiking-network.md, "Threads"): only used to choose
	 * how many threads a network is worth ({@link NetworkSimulation#threadsWorthUsing}).
	 */
	double stepNanosPerNeuron() {
		return 5;
	}

	/** {@link #stepNanosPerNeuron()} times the neurons, plus about 20 ns per neuron, step and Poisson drive (a draw each). */
	final double stepNanos() {
		return n * (stepNanosPerNeuron() + 20.0 * drives.size());
	}

	/** Work before the loop for neurons {@code [from, to)}, e.g. pre-drawing noise; may run in parallel. */
	void beforeRun(final int from, final int to) {}

	/** Binds the population to its network: global offset, dt, step count, seed. */
	void bind(final int globalOffset, final double timeStep, final int stepCount, final long seed) {
		this.offset = globalOffset;
		this.dt = timeStep;
		this.steps = stepCount;
		prepare(timeStep);
		driveArray = drives.toArray(new PoissonDrive[0]);
		driveMean = new double[driveArray.length];
		driveWeight = new double[driveArray.length];
		driveStart = new int[driveArray.length];
		driveStop = new int[driveArray.length];
		for (int d = 0; d < driveArray.length; d++) {
			final PoissonDrive p = driveArray[d];
			driveMean[d] = p.rate * timeStep / 1000.0;
			final SynapseChannel ch = channels[p.channel];
			driveWeight[d] = p.weight * ch.kind.arrivalScale(ch.tau);
			driveStart[d] = (int) Math.ceil(p.start / timeStep - 1e-9);
			driveStop[d] = (int) Math.min(Integer.MAX_VALUE, Math.ceil(p.stop / timeStep - 1e-9));
		}
		if (needsStreams()) {
			streams = new RandomStream[n];
			for (int i = 0; i < n; i++)
				streams[i] = RandomStream.of(seed, NEURON_STREAM_BASE + globalOffset + i);
		}
	}

	/** Whether neurons need their own random stream during the run. */
	boolean needsStreams() {
		return !drives.isEmpty();
	}

	/** Adds the weights due at step {@code k} (delay rings, Poisson input) to the input arrays of {@code [from, to)}. */
	final void deliver(final int from, final int to, final int k) {
		if (ring != null) {
			for (int c = 0; c < ring.length; c++) {
				final double[] r = ring[c];
				if (r == null) continue;
				final double[] in = inputArray(c);
				final int base = (k % ringSlots[c]) * n;
				for (int i = from; i < to; i++) {
					in[i] += r[base + i];
					r[base + i] = 0;
				}
			}
		}
		for (int d = 0; d < driveArray.length; d++) {
			if (k < driveStart[d] || k >= driveStop[d]) continue;
			final double[] in = inputArray(driveArray[d].channel);
			final double mean = driveMean[d], w = driveWeight[d];
			if (mean < 10) { // NB: exp(−mean) once, not per neuron (the same counts as nextPoisson)
				final double limit = Math.exp(-mean);
				for (int i = from; i < to; i++) {
					final int count = streams[i].nextPoissonSmall(limit);
					if (count != 0) in[i] += count * w;
				}
				continue;
			}
			for (int i = from; i < to; i++) {
				final int count = streams[i].nextPoisson(mean);
				if (count != 0) in[i] += count * w;
			}
		}
	}

	/**
	 * The names of the state variables a recording keeps: the voltage, then the
	 * state of each non-delta channel ({@code I_name} for currents,
	 * {@code g_name} for conductances).
	 */
	public String[] variables() {
		final java.util.List<String> names = new ArrayList<>();
		names.add("V");
		for (final SynapseChannel ch : channels)
			if (ch.kind != SynapseKind.DELTA) names.add((ch.kind.isConductance() ? "g_" : "I_") + ch.name);
		return names.toArray(new String[0]);
	}

	/** The units of {@link #variables()}. */
	public String[] variableUnits() {
		final java.util.List<String> units = new ArrayList<>();
		units.add("mV");
		for (final SynapseChannel ch : channels)
			if (ch.kind != SynapseKind.DELTA) units.add(ch.kind.isConductance() ? "µS" : currentUnit());
		return units.toArray(new String[0]);
	}

	/** The unit of input currents and current-channel states (nA unless the model says otherwise). */
	public String currentUnit() {
		return "nA";
	}

	/** Variable {@code variable} (an index into {@link #variables()}) of neuron {@code i} (local index) now. */
	double sample(final int variable, final int i) {
		if (variable == 0) return voltage()[i];
		int v = 0;
		for (int c = 0; c < channels.length; c++)
			if (channels[c].kind != SynapseKind.DELTA && ++v == variable) return channelState(c)[i];
		throw new IndexOutOfBoundsException("variable " + variable);
	}

	/** The external (non-synaptic) input of neuron {@code i} (local index) during step {@code k}, in {@link #currentUnit()}. */
	double externalInput(final int i, final int k) {
		return 0;
	}

	/** Neurons {@code [from, to)} (local indices) form one chunk of the run; called once per chunk before the run. */
	void addBlock(final int from, final int to) {}

	/** The lowest and highest membrane potential (mV) this model can reach; beyond is blow-up. */
	public double[] voltageBounds() {
		return new double[] { -1000, 1000 };
	}

	static double[] filled(final int n, final double v) {
		final double[] a = new double[n];
		java.util.Arrays.fill(a, v);
		return a;
	}
}
