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
 */
public final class LifNetworkPopulation extends NetworkPopulation {

	private final LifParameters p;
	private final double[] iExt;
	private final double[] v;
	/** 1 for neurons that integrate, 0 while refractory (a factor, so the update needs no branch). */
	private final double[] active;
	/** The step from which a refractory neuron integrates again. */
	private final int[] activeFrom;
	private final double[][] state, rise;
	private final boolean conductanceMode;

	private double[] decayM, vInf, scratchA, scratchB;
	private double[] stimulus, stimulusGain, stimulusFactor;
	private int[] refractorySteps;
	private double[] channelDecay;
	private double[][] propI, propH;

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
		this.active = filled(n, 1);
		this.activeFrom = new int[n];
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
		refractorySteps = new int[n];
		scratchA = new double[n];
		scratchB = new double[n];
		for (int i = 0; i < n; i++) {
			decayM[i] = Math.exp(-dt / p.tauM[i]);
			vInf[i] = p.vRest[i] + p.resistance[i] * iExt[i];
			refractorySteps[i] = (int) Math.round(p.tRef[i] / dt);
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

	@Override
	int update(final int from, final int to, final int k, final int[] spikes, final int count, final Fault fault) {
		deliver(from, to, k);
		return conductanceMode ? updateConductance(from, to, k, spikes, count, fault) : updateCurrent(from, to, k,
			spikes, count, fault);
	}

	private int updateCurrent(final int from, final int to, final int k, final int[] spikes, int count,
		final Fault fault)
	{
		final double[] vs = scratchA;
		if (stimulus != null && k < stimulus.length) {
			final double s = stimulus[k];
			for (int i = from; i < to; i++)
				vs[i] += stimulusFactor[i] * s;
		}
		for (int c = 0; c < channels.length; c++) {
			final double[] x = state[c];
			if (channels[c].kind == SynapseKind.DELTA) {
				for (int i = from; i < to; i++) {
					vs[i] += x[i];
					x[i] = 0;
				}
				continue;
			}
			final double d = channelDecay[c];
			final double[] pI = propI[c];
			final double[] h = rise[c];
			if (h == null) {
				for (int i = from; i < to; i++) {
					vs[i] += pI[i] * x[i];
					x[i] *= d;
				}
			}
			else {
				final double[] pH = propH[c];
				final double dtRise = dt;
				for (int i = from; i < to; i++) {
					vs[i] += pI[i] * x[i] + pH[i] * h[i];
					x[i] = (x[i] + dtRise * h[i]) * d;
					h[i] *= d;
				}
			}
		}
		return membrane(from, to, k, spikes, count, fault, vs);
	}

	/**
	 * Moves every non-refractory neuron to {@code V∞ + (V − V∞)·e^(−dt/τ) + vs}
	 * (branch-free, so the JIT can vectorise it), then scans for spikes.
	 */
	private int membrane(final int from, final int to, final int k, final int[] spikes, final int count,
		final Fault fault, final double[] vs)
	{
		final double[] vInf = this.vInf, decayM = this.decayM, active = this.active, v = this.v;
		for (int i = from; i < to; i++) {
			final double x = vInf[i] + (v[i] - vInf[i]) * decayM[i] + vs[i];
			final double a = active[i];
			v[i] = a * x + (1 - a) * v[i];
			vs[i] = 0;
		}
		return scan(from, to, k, spikes, count, fault);
	}

	/**
	 * Finds the neurons above threshold (reset, refractory for
	 * {@code round(tRef/dt)} steps), re-activates those whose refractory
	 * period ends with this step, and checks for blow-up.
	 */
	private int scan(final int from, final int to, final int k, final int[] spikes, int count, final Fault fault) {
		final double[] vTh = p.vThreshold, vReset = p.vReset, active = this.active, v = this.v;
		final int[] until = this.activeFrom, refrSteps = this.refractorySteps;
		final int next = k + 1;
		for (int i = from; i < to; i++) {
			final double x = v[i];
			if (x > vTh[i]) {
				v[i] = vReset[i];
				final int r = refrSteps[i];
				until[i] = next + r;
				active[i] = r > 0 ? 0 : 1;
				spikes[count++] = offset + i;
			}
			else if (active[i] == 0 && next >= until[i]) active[i] = 1;
			else if (!(x >= -1000)) fault.set(offset + i, next * dt, x);
		}
		return count;
	}

	private int updateConductance(final int from, final int to, final int k, final int[] spikes, final int count,
		final Fault fault)
	{
		final double[] gSum = scratchA, drive = scratchB;
		if (stimulus != null && k < stimulus.length) {
			final double s = stimulus[k];
			for (int i = from; i < to; i++)
				drive[i] += stimulusGain[i] * s;
		}
		for (int c = 0; c < channels.length; c++) {
			final SynapseChannel ch = channels[c];
			final double[] x = state[c];
			if (ch.kind == SynapseKind.DELTA) continue;
			final double d = channelDecay[c];
			if (ch.kind.isConductance()) {
				final double e = ch.reversal;
				for (int i = from; i < to; i++) {
					gSum[i] += x[i];
					drive[i] += x[i] * e;
					x[i] *= d;
				}
			}
			else if (rise[c] == null) {
				for (int i = from; i < to; i++) {
					drive[i] += x[i];
					x[i] *= d;
				}
			}
			else {
				final double[] h = rise[c];
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
		for (int c = 0; c < channels.length; c++) {
			if (channels[c].kind != SynapseKind.DELTA) continue;
			final double[] x = state[c];
			for (int i = from; i < to; i++) {
				drive[i] += x[i];
				x[i] = 0;
			}
		}
		return membraneStep(from, to, k, spikes, count, fault, drive);
	}

	/** Adds the whole change of V, {@code dv}, to every non-refractory neuron, then scans for spikes. */
	private int membraneStep(final int from, final int to, final int k, final int[] spikes, final int count,
		final Fault fault, final double[] dv)
	{
		for (int i = from; i < to; i++) {
			if (active[i] != 0) v[i] += dv[i];
			dv[i] = 0;
		}
		return scan(from, to, k, spikes, count, fault);
	}
}
