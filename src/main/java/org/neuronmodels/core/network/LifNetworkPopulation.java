package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.lif.LifParameters;

/**
 * Leaky integrate-and-fire neurons in a network,
 * {@code τ_m dV/dt = −(V − V_rest) + R·(I_ext + I_syn)} with conductance
 * channels adding {@code I = g·(E_rev − V)}. Threshold, reset and refractory
 * period are those of {@link org.neuronmodels.core.lif.LifPopulation}: a spike
 * when {@code V > V_th}, then {@code V = V_reset} held for {@code round(tRef/dt)}
 * steps (synaptic states keep decaying, delta inputs are discarded).
 * <p>
 * <b>Integration.</b> With current-based channels only, the step is exact for
 * the linear system (Rotter &amp; Diesmann 1999): each exponential or alpha
 * current contributes its exact propagator to V. With conductance channels,
 * conductances and currents are held over the step and V relaxes exactly
 * towards the resulting equilibrium with the effective time constant
 * {@code τ_m/(1 + R·Σg)} (exponential Euler).
 * </p>
 * <p>
 * <b>Speed.</b> The loops are in {@link LifKernels}. When every neuron has the
 * same parameters, no external stimulus and two exponential current channels
 * (the CUBA benchmark), one fused loop with scalar coefficients does the
 * whole step and a {@link RefractoryQueue} holds the refractory neurons;
 * otherwise one vectorised pass per channel feeds the membrane pass.
 * </p>
 */
public final class LifNetworkPopulation extends NetworkPopulation {

	private final LifParameters p;
	private final double[] iExt;
	private final double[] v;
	/** Refractory steps left (0: integrating); see {@link LifKernels}. */
	private final double[] ref;
	private final double[][] state, rise;
	private final boolean conductanceMode;

	private double[] decayM, vInf, refSteps, scratchA, scratchB;
	private double[] stimulus, stimulusGain, stimulusFactor;
	private double[] channelDecay;
	private double[][] propI, propH;
	/** The fused two-channel step applies (uniform parameters, two exponential currents, no stimulus). */
	private boolean fused;
	/** Every neuron has the same threshold, reset and refractory period. */
	private boolean uniformReset;
	/** The refractory neurons of the fused step (null otherwise). */
	private RefractoryQueue refractory;

	/** A population with per-neuron {@code parameters}, bias currents {@code iExt} (nA), and channels. */
	public LifNetworkPopulation(final String name, final LifParameters parameters, final double[] iExt,
		final SynapseChannel... channels)
	{
		super(name, parameters.size(), channels);
		this.p = parameters.validate();
		if (iExt.length != n) throw new IllegalArgumentException("iExt length " + iExt.length + " != " + n);
		for (final double i : iExt)
			Checks.inRange("iExt", "nA", i, -1e6, 1e6);
		this.iExt = iExt;
		this.v = parameters.vRest.clone();
		this.ref = new double[n];
		this.state = new double[channels.length][];
		this.rise = new double[channels.length][];
		boolean cond = false;
		for (int c = 0; c < channels.length; c++) {
			state[c] = new double[n];
			if (channels[c].kind == SynapseKind.ALPHA_RAW || channels[c].kind == SynapseKind.ALPHA_PEAK) {
				rise[c] = new double[n];
			}
			cond |= channels[c].kind.isConductance();
		}
		this.conductanceMode = cond;
	}

	/**
	 * Adds an external current {@code gain[i] · samples[k]} nA to neuron i at
	 * step k (held over the step), e.g. a pulse into neuron 0 only.
	 */
	public LifNetworkPopulation setStimulus(final double[] samples, final double[] gain) {
		if (gain.length != n) throw new IllegalArgumentException("gain length " + gain.length + " != " + n);
		for (final double s : samples)
			Checks.finite("amplitude", "nA", s);
		this.stimulus = samples;
		this.stimulusGain = gain;
		return this;
	}

	@Override
	public double[] voltage() {
		return v;
	}

	@Override
	public double[] channelState(final int c) {
		return state[c];
	}

	@Override
	double externalInput(final int i, final int k) {
		return stimulus != null && k < stimulus.length ? iExt[i] + stimulusGain[i] * stimulus[k] : iExt[i];
	}

	@Override
	double[] inputArray(final int c) {
		return rise[c] != null ? rise[c] : state[c];
	}

	@Override
	void prepare(final double dt) {
		for (int i = 0; i < n; i++)
			if (dt > p.tauM[i]) throw Checks.invalid("dt", "ms", dt, "must not exceed tauM = " + Checks.fmt(p.tauM[i]) +
				" ms");
		decayM = new double[n];
		vInf = new double[n];
		refSteps = new double[n];
		scratchA = new double[n];
		scratchB = new double[n];
		for (int i = 0; i < n; i++) {
			decayM[i] = Math.exp(-dt / p.tauM[i]);
			vInf[i] = p.vRest[i] + p.resistance[i] * iExt[i];
			refSteps[i] = Math.round(p.tRef[i] / dt);
		}
		if (stimulus != null) {
			stimulusFactor = new double[n];
			for (int i = 0; i < n; i++)
				stimulusFactor[i] = p.resistance[i] * stimulusGain[i] * (1 - decayM[i]);
		}
		channelDecay = new double[channels.length];
		propI = new double[channels.length][];
		propH = new double[channels.length][];
		for (int c = 0; c < channels.length; c++) {
			final SynapseChannel ch = channels[c];
			if (ch.kind == SynapseKind.DELTA) continue;
			channelDecay[c] = Math.exp(-dt / ch.tau);
			if (conductanceMode) continue;
			propI[c] = new double[n];
			if (rise[c] != null) propH[c] = new double[n];
			for (int i = 0; i < n; i++) {
				propI[c][i] = p.resistance[i] * currentPropagator(dt, p.tauM[i], ch.tau);
				if (rise[c] != null) propH[c][i] = p.resistance[i] * risePropagator(dt, p.tauM[i], ch.tau);
			}
		}
		fused = !conductanceMode && stimulus == null && channels.length == 2 && channels[0].kind ==
			SynapseKind.EXPONENTIAL && channels[1].kind == SynapseKind.EXPONENTIAL && uniform(vInf) && uniform(decayM) &&
			uniform(propI[0]) && uniform(propI[1]);
		uniformReset = uniform(p.vThreshold) && uniform(p.vReset) && uniform(refSteps);
		fused &= uniformReset;
		refractory = fused ? new RefractoryQueue(n) : null;
	}

	private static boolean uniform(final double[] a) {
		for (final double x : a)
			if (Double.doubleToLongBits(x) != Double.doubleToLongBits(a[0])) return false;
		return true;
	}

	/** V change (per unit R·I0) after dt of a current I0·e^(−t/τs) into a membrane of time constant τm, V(0) = 0. */
	static double currentPropagator(final double dt, final double tauM, final double tauS) {
		final double dm = Math.exp(-dt / tauM), ds = Math.exp(-dt / tauS);
		if (Math.abs(tauS - tauM) < 1e-9 * tauM) return dt / tauM * dm;
		return tauS / (tauS - tauM) * (ds - dm);
	}

	/** V change (per unit R·h0) after dt of a current h0·t·e^(−t/τs) into a membrane of time constant τm, V(0) = 0. */
	static double risePropagator(final double dt, final double tauM, final double tauS) {
		final double a = 1 / tauM, b = 1 / tauS, q = a - b;
		final double dm = Math.exp(-a * dt), ds = Math.exp(-b * dt);
		if (Math.abs(q * dt) < 1e-6) return a * dt * dt / 2 * dm;
		return a * (ds * (q * dt - 1) + dm) / (q * q);
	}

	/** About 1 ns per neuron and step for the fused exact LIF step, 8 ns with conductances (an exponential each). */
	@Override
	double stepNanosPerNeuron() {
		return conductanceMode ? 8 : 1;
	}

	@Override
	int update(final int from, final int to, final int k, final int[] spikes, final int count, final Fault fault) {
		deliver(from, to, k);
		final double time = (k + 1) * dt;
		if (fused) {
			LifKernels.exactTwoChannels(v, state[0], state[1], vInf[0], decayM[0], propI[0][0], propI[1][0],
				channelDecay[0], channelDecay[1], from, to);
			refractory.hold(v, p.vReset[0], from, to, k);
			final int c = LifKernels.scanUniform(v, ref, p.vThreshold[0], p.vReset[0], 0, from, to, offset, spikes,
				count, fault, time);
			final int release = k + 1 + (int) refSteps[0];
			for (int s = count; s < c; s++)
				refractory.add(spikes[s] - offset, release, from, to);
			return c;
		}
		if (conductanceMode) updateConductance(from, to, k);
		else updateCurrent(from, to, k);
		if (uniformReset) return LifKernels.scanUniform(v, ref, p.vThreshold[0], p.vReset[0], refSteps[0], from, to,
			offset, spikes, count, fault, time);
		return LifKernels.scan(v, ref, p.vThreshold, p.vReset, refSteps, from, to, offset, spikes, count, fault, time);
	}

	private void updateCurrent(final int from, final int to, final int k) {
		final double[] vs = scratchA;
		if (stimulus != null && k < stimulus.length) {
			final double s = stimulus[k];
			for (int i = from; i < to; i++)
				vs[i] += stimulusFactor[i] * s;
		}
		for (int c = 0; c < channels.length; c++) {
			if (channels[c].kind == SynapseKind.DELTA) LifKernels.delta(vs, state[c], from, to);
			else if (rise[c] == null) LifKernels.exponential(vs, state[c], propI[c], channelDecay[c], from, to);
			else LifKernels.alpha(vs, state[c], rise[c], propI[c], propH[c], dt, channelDecay[c], from, to);
		}
		LifKernels.membrane(v, ref, vs, vInf, decayM, from, to);
	}

	private void updateConductance(final int from, final int to, final int k) {
		final double[] gSum = scratchA, drive = scratchB;
		if (stimulus != null && k < stimulus.length) {
			final double s = stimulus[k];
			for (int i = from; i < to; i++)
				drive[i] += stimulusGain[i] * s;
		}
		for (int c = 0; c < channels.length; c++) {
			final SynapseChannel ch = channels[c];
			if (ch.kind == SynapseKind.DELTA) continue;
			if (ch.kind.isConductance()) LifKernels.conductance(gSum, drive, state[c], ch.reversal, channelDecay[c], from,
				to);
			else if (rise[c] == null) currentDrive(drive, state[c], channelDecay[c], from, to);
			else {
				final double[] x = state[c], h = rise[c];
				final double d = channelDecay[c];
				for (int i = from; i < to; i++) {
					drive[i] += x[i];
					x[i] = (x[i] + dt * h[i]) * d;
					h[i] *= d;
				}
			}
		}
		// gSum now holds Σg (µS), drive holds Σg·E + ΣI (nA); turn them into the step of V (mV) in drive
		final double[] r = p.resistance, tau = p.tauM, vRest = p.vRest;
		for (int i = from; i < to; i++) {
			final double denom = 1 + r[i] * gSum[i];
			final double target = (vRest[i] + r[i] * (iExt[i] + drive[i])) / denom;
			final double decay = Math.exp(-dt * denom / tau[i]);
			drive[i] = (target - v[i]) * (1 - decay);
			gSum[i] = 0;
		}
		for (int c = 0; c < channels.length; c++)
			if (channels[c].kind == SynapseKind.DELTA) LifKernels.delta(drive, state[c], from, to);
		LifKernels.addStep(v, ref, drive, from, to);
	}

	private static void currentDrive(final double[] drive, final double[] x, final double d, final int from,
		final int to)
	{
		for (int i = from; i < to; i++) {
			drive[i] += x[i];
			x[i] *= d;
		}
	}
}
