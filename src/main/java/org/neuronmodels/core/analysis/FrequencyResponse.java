package org.neuronmodels.core.analysis;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifPopulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.PopulationChunk;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.StepLoop;

/**
 * The subthreshold frequency response of the passive LIF membrane: one neuron
 * per frequency (log-spaced), all driven at once by
 * {@code offset + amplitude·sin(2π f t)} with the threshold out of reach.
 * After the transient ({@link #SETTLE_TAUS} membrane time constants) each
 * voltage trace is fitted by least squares on {@code sin(ωt), cos(ωt), 1} over
 * a whole number of periods (at least {@code cycles}); the normal equations are
 * accumulated during the run, so no trace is stored.
 * <p>
 * The fixed-step update holds each input sample over its step, which delays
 * the input by half a step: the reported phase adds {@code ω·dt/2} back. What
 * remains differs from the continuous low-pass by second order terms, at most
 * about {@code (ωdt/2)²/2 + ((dt/2τ)² + (ωdt/2)²)/3} relative in gain and
 * {@code ((dt/2τ)² + (ωdt/2)²)/6} rad in phase (see {@link PassiveMembrane}).
 * </p>
 */
public final class FrequencyResponse {

	/** Membrane time constants discarded as transient before fitting (e^−20 ≈ 2·10⁻⁹). */
	public static final double SETTLE_TAUS = 20;

	/** Fewest steps per period of the highest frequency. */
	public static final int MIN_STEPS_PER_PERIOD = 20;

	/** Steps between exact re-evaluations of the sine phasors (bounds rounding drift). */
	private static final int RESYNC = 4096;

	private final double[] frequencies, gain, phase, theoryGain, theoryPhase;

	private FrequencyResponse(final double[] frequencies, final double[] gain, final double[] phase,
		final double[] theoryGain, final double[] theoryPhase)
	{
		this.frequencies = frequencies;
		this.gain = gain;
		this.phase = phase;
		this.theoryGain = theoryGain;
		this.theoryPhase = theoryPhase;
	}

	/** {@code steps} log-spaced frequencies from {@code min} to {@code max} Hz. */
	public static double[] frequencies(final double min, final double max, final int steps) {
		Checks.positive("frequencyMin", "Hz", min);
		Checks.positive("frequencyMax", "Hz", max);
		Checks.inRange("frequencySteps", steps, 1, 10_000);
		if (!(max >= min)) {
			throw Checks.invalid("frequencyMax", "Hz", max, "must be at least frequencyMin = " + Checks.fmt(min) + " Hz");
		}
		final double[] f = new double[steps];
		for (int j = 0; j < steps; j++)
			f[j] = steps == 1 ? min : min * Math.pow(max / min, (double) j / (steps - 1));
		if (steps > 1) f[steps - 1] = max;
		return f;
	}

	/** The most steps one run may take (bounds the work of a run: 2e8 steps × frequencySteps neurons). */
	static final int MAX_STEPS = 200_000_000;

	/** Simulates and fits the response of the passive membrane; every input is checked first. */
	public static FrequencyResponse compute(final double vRest, final double resistance, final double tauM,
		final double amplitude, final double offset, final double dt, final double frequencyMin,
		final double frequencyMax, final int frequencySteps, final int cycles, final ProgressMonitor monitor)
	{
		final double[] f = frequencies(frequencyMin, frequencyMax, frequencySteps);
		Checks.inRange("vRest", "mV", vRest, -200, 200);
		Checks.inRange("resistance", "MΩ", resistance, 1e-6, 1e6);
		Checks.inRange("tauM", "ms", tauM, 1e-3, 1e5);
		Checks.finite("offset", "nA", offset);
		if (!(Math.abs(amplitude) > 0 && Double.isFinite(amplitude))) {
			throw Checks.invalid("amplitude", "nA", amplitude, "must be finite and not 0");
		}
		Checks.inRange("cycles", cycles, 1, 1000);
		Checks.positive("dt", "ms", dt);
		final double maxDt = 1000 / (MIN_STEPS_PER_PERIOD * frequencyMax);
		if (dt > maxDt || dt > tauM) {
			throw Checks.invalid("dt", "ms", dt, "must not exceed " + Checks.fmt(Math.min(maxDt, tauM)) + " ms (" +
				MIN_STEPS_PER_PERIOD + " steps per period of frequencyMax, and at most tauM)");
		}
		// |V − E_L| ≤ R·max|I| for a membrane starting at rest: keep the threshold above that
		final double reach = vRest + resistance * (Math.abs(offset) + Math.abs(amplitude));
		if (!(reach < 199)) {
			throw Checks.invalid("amplitude", "nA", amplitude, "with offset " + Checks.fmt(offset) +
				" nA drives V up to " + Checks.fmt(reach) + " mV; keep vRest + R·(|offset| + |amplitude|) below 199 mV");
		}
		final double settle = SETTLE_TAUS * tauM;
		final double length = settle + cycles * 1000 / frequencyMin + dt;
		if (!(length / dt <= MAX_STEPS)) {
			// NB: the run's length follows from frequencyMin: blame it, not an input the user never set
			final double lowest = cycles * 1000 / (MAX_STEPS * dt - settle - dt);
			throw Checks.invalid("frequencyMin", "Hz", frequencyMin, "needs " + Checks.fmt(length / dt) + " steps of dt = " +
				Checks.fmt(dt) + " ms for " + cycles + " period(s) after the transient; at most " + MAX_STEPS +
				" steps are possible: must be at least " + (lowest > 0 ? Checks.fmt(lowest) : "larger") +
				" Hz (or raise dt, or lower cycles)");
		}
		final TimeGrid grid = TimeGrid.of(length, dt);
		final int n = f.length;
		final LifPopulation membrane = new LifPopulation(LifParameters.uniform(n, vRest, vRest, 200, resistance, tauM,
			0), dt, Integrators.EXACT);
		final double[][] fit = run(membrane, f, amplitude, offset, vRest + resistance * offset, grid, settle, monitor);
		final double[] gain = new double[n], phase = new double[n], tg = new double[n], tp = new double[n];
		for (int j = 0; j < n; j++) {
			final double a = fit[0][j], b = fit[1][j];
			gain[j] = Math.hypot(a, b) / Math.abs(amplitude);
			// V − c = a·sin(ωt) + b·cos(ωt) = G·sin(ωt + φ), φ = atan2(b, a); plus the half-step hold delay
			double p = Math.atan2(b, a) + (amplitude < 0 ? Math.PI : 0) + PassiveMembrane.omega(f[j]) * dt / 2;
			p = Math.IEEEremainder(p, 2 * Math.PI);
			phase[j] = Math.toDegrees(p);
			tg[j] = PassiveMembrane.gain(resistance, tauM, f[j]);
			tp[j] = Math.toDegrees(PassiveMembrane.phase(tauM, f[j]));
		}
		return new FrequencyResponse(f, gain, phase, tg, tp);
	}

	/** Runs the population and returns the fitted sine and cosine coefficients {a[], b[]}. */
	private static double[][] run(final LifPopulation membrane, final double[] f, final double amplitude,
		final double offset, final double center, final TimeGrid grid, final double settle,
		final ProgressMonitor monitor)
	{
		final int n = f.length, steps = grid.steps();
		final double dt = grid.dt();
		final int first = grid.indexAtOrAfter(settle);
		final int[] end = new int[n];
		final double[] cosStep = new double[n], sinStep = new double[n], s = new double[n], c = new double[n];
		final LeastSquaresSine[] ls = new LeastSquaresSine[n];
		for (int j = 0; j < n; j++) {
			final double w = PassiveMembrane.omega(f[j]);
			final double period = 1000 / f[j];
			final double periods = Math.floor((steps - first) * dt / period + 1e-9);
			end[j] = Math.min(steps, first + (int) Math.round(periods * period / dt));
			cosStep[j] = Math.cos(w * dt);
			sinStep[j] = Math.sin(w * dt);
			ls[j] = new LeastSquaresSine();
		}
		final double[] v = membrane.voltage();
		// the shared loop (one chunk, this thread): the input of step k, then the step, then the sines advance
		final CurrentInput input = (k, in) -> {
			for (int j = 0; j < n; j++) {
				if (k % RESYNC == 0) {
					final double phase = PassiveMembrane.omega(f[j]) * k * dt;
					s[j] = Math.sin(phase);
					c[j] = Math.cos(phase);
				}
				in[j] = offset + amplitude * s[j];
				if (k >= first && k < end[j]) ls[j].add(s[j], c[j], v[j] - center);
			}
		};
		final PopulationChunk.StepHook rotate = (k, spiked, fired, in) -> {
			if (fired > 0) throw new IllegalStateException("the passive membrane spiked");
			for (int j = 0; j < n; j++) {
				final double sj = s[j];
				s[j] = sj * cosStep[j] + c[j] * sinStep[j];
				c[j] = c[j] * cosStep[j] - sj * sinStep[j];
			}
		};
		new StepLoop(new StepLoop.Chunk[] { new PopulationChunk(membrane, input, dt, null, 1, rotate, false) }, 1,
			steps, dt, monitor).run();
		final double[][] ab = new double[2][n];
		for (int j = 0; j < n; j++) {
			final double[] x = ls[j].solve();
			if (x == null) throw new InvalidParameterException("frequencyMin", "too few samples to fit " + Checks.fmt(
				f[j]) + " Hz");
			ab[0][j] = x[0];
			ab[1][j] = x[1];
		}
		return ab;
	}

	/** The frequencies in Hz. */
	public double[] frequencies() {
		return frequencies;
	}

	/** The fitted gain (voltage amplitude / current amplitude) in MΩ. */
	public double[] gain() {
		return gain;
	}

	/** The fitted phase of the voltage relative to the current in degrees (negative: lag). */
	public double[] phase() {
		return phase;
	}

	/** The continuous low-pass gain {@code R/sqrt(1 + (ωτ)²)} in MΩ. */
	public double[] theoryGain() {
		return theoryGain;
	}

	/** The continuous low-pass phase {@code −atan(ωτ)} in degrees. */
	public double[] theoryPhase() {
		return theoryPhase;
	}
}
