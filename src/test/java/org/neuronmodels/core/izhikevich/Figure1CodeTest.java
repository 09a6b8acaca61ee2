package org.neuronmodels.core.izhikevich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;

/**
 * The Published integration of the 20 Fig. 1 presets against an independent
 * transcription of Izhikevich's figure1.m written here (parameters, V0, tau,
 * tspan, stimulus conditions and loop copied a second time from the MATLAB
 * file, not from the presets): the spike times must be the script's times plus
 * one step (the script labels the state after the step from t with t), over
 * every step the project runs (all but the script's last one, from t = T).
 */
class Figure1CodeTest {

	/** One panel of figure1.m: a, b, c, d, V0, u0, tau, T, the v-equation's 4.1/108 switch, and I(t). */
	static final class Panel {

		final double a, b, c, d, v0, u0, tau, end;
		final boolean class1Equation, accommodation;
		final DoubleUnaryOperator current;

		Panel(final double a, final double b, final double c, final double d, final double v0, final double u0,
			final double tau, final double end, final boolean class1Equation, final boolean accommodation,
			final DoubleUnaryOperator current)
		{
			this.a = a;
			this.b = b;
			this.c = c;
			this.d = d;
			this.v0 = v0;
			this.u0 = u0;
			this.tau = tau;
			this.end = end;
			this.class1Equation = class1Equation;
			this.accommodation = accommodation;
			this.current = current;
		}

		/** figure1.m's loop, {@code for t = tspan} with {@code tspan(k) = (k-1)·tau}; the times of VV == 30. */
		List<Double> spikeTimes() {
			double v = v0, u = u0;
			final List<Double> times = new ArrayList<>();
			final int samples = (int) Math.round(end / tau) + 1;
			for (int k = 0; k < samples; k++) {
				final double t = k * tau;
				final double i = current.applyAsDouble(t);
				v = class1Equation ? v + tau * (0.04 * (v * v) + 4.1 * v + 108 - u + i) : v + tau * (0.04 * (v * v) +
					5 * v + 140 - u + i);
				u = accommodation ? u + tau * a * (b * (v + 65)) : u + tau * a * (b * v - u);
				if (v > 30) {
					times.add(t);
					v = c;
					u = u + d;
				}
			}
			return times;
		}
	}

	private static Panel std(final double a, final double b, final double c, final double d, final double v0,
		final double tau, final double end, final DoubleUnaryOperator current)
	{
		return new Panel(a, b, c, d, v0, b * v0, tau, end, false, false, current);
	}

	private static boolean open(final double t, final double from, final double to) {
		return t > from && t < to;
	}

	static Stream<Arguments> panels() {
		return Stream.of( //
			Arguments.of("(A) tonic spiking", std(0.02, 0.2, -65, 6, -70, 0.25, 100, t -> t > 100 / 10.0 ? 14 : 0)),
			Arguments.of("(B) phasic spiking", std(0.02, 0.25, -65, 6, -64, 0.25, 200, t -> t > 20 ? 0.5 : 0)),
			Arguments.of("(C) tonic bursting", std(0.02, 0.2, -50, 2, -70, 0.25, 220, t -> t > 22 ? 15 : 0)),
			Arguments.of("(D) phasic bursting", std(0.02, 0.25, -55, 0.05, -64, 0.2, 200, t -> t > 20 ? 0.6 : 0)),
			Arguments.of("(E) mixed mode", std(0.02, 0.2, -55, 4, -70, 0.25, 160, t -> t > 160 / 10.0 ? 10 : 0)),
			Arguments.of("(F) spike frequency adaptation", std(0.01, 0.2, -65, 8, -70, 0.25, 85, t -> t > 85 / 10.0 ? 30
				: 0)),
			Arguments.of("(G) class 1 excitable", new Panel(0.02, -0.1, -55, 6, -60, -0.1 * -60, 0.25, 300, true, false,
				t -> t > 30 ? 0.075 * (t - 30) : 0)),
			Arguments.of("(H) class 2 excitable", std(0.2, 0.26, -65, 0, -64, 0.25, 300, t -> t > 30 ? -0.5 + 0.015 *
				(t - 30) : -0.5)),
			Arguments.of("(I) spike latency", std(0.02, 0.2, -65, 6, -70, 0.2, 100, t -> t > 10 && t < 10 + 3 ? 7.04
				: 0)),
			Arguments.of("(J) subthreshold oscillations", std(0.05, 0.26, -60, 0, -62, 0.25, 200, t -> open(t, 20, 25) ?
				2 : 0)),
			Arguments.of("(K) resonator", std(0.1, 0.26, -60, -1, -62, 0.25, 400, t -> open(t, 40, 44) || open(t, 60,
				64) || open(t, 280, 284) || open(t, 320, 324) ? 0.65 : 0)),
			Arguments.of("(L) integrator", new Panel(0.02, -0.1, -55, 6, -60, 6, 0.25, 100, true, false, t -> {
				final double t1 = 100 / 11.0, t2 = t1 + 5, t3 = 0.7 * 100, t4 = t3 + 10;
				return open(t, t1, t1 + 2) || open(t, t2, t2 + 2) || open(t, t3, t3 + 2) || open(t, t4, t4 + 2) ? 9 : 0;
			})),
			Arguments.of("(M) rebound spike", std(0.03, 0.25, -60, 4, -64, 0.2, 200, t -> open(t, 20, 25) ? -15 : 0)),
			Arguments.of("(N) rebound burst", std(0.03, 0.25, -52, 0, -64, 0.2, 200, t -> open(t, 20, 25) ? -15 : 0)),
			Arguments.of("(O) threshold variability", std(0.03, 0.25, -60, 4, -64, 0.25, 100, t -> open(t, 10, 15) ||
				open(t, 80, 85) ? 1 : open(t, 70, 75) ? -6 : 0)),
			Arguments.of("(P) bistability", std(0.1, 0.26, -60, 0, -61, 0.25, 300, t -> open(t, 300 / 8.0, 300 / 8.0 +
				5) || open(t, 216, 221) ? 1.24 : 0.24)),
			Arguments.of("(Q) depolarizing after-potential", std(1, 0.2, -60, -21, -70, 0.1, 50, t -> Math.abs(t -
				10) < 1 ? 20 : 0)),
			Arguments.of("(R) accommodation", new Panel(0.02, 1, -55, 4, -65, -16, 0.5, 400, false, true, t -> t < 200 ?
				t / 25 : t < 300 ? 0 : t < 312.5 ? (t - 300) / 12.5 * 4 : 0)),
			Arguments.of("(S) inhibition-induced spiking", std(-0.02, -1, -60, 8, -63.8, 0.5, 350, t -> t < 50 ||
				t > 250 ? 80 : 75)),
			Arguments.of("(T) inhibition-induced bursting", std(-0.026, -1, -45, -2, -63.8, 0.5, 350, t -> t < 50 ||
				t > 250 ? 80 : 75)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("panels")
	void publishedSchemeReproducesTheFigureCodeSpikeBySpike(final String label, final Panel panel) {
		final IzhikevichPreset preset = IzhikevichPresets.byLabel(label);
		assertEquals(panel.tau, preset.dt(), 0.0, "tau");
		assertEquals(panel.end, preset.duration(), 0.0, "tspan(end)");
		final SimulationResult r = IzhikevichSimulation.run(preset, IzhikevichIntegration.PUBLISHED, 0,
			ProgressMonitor.NONE);
		final List<Double> script = panel.spikeTimes();
		// the project runs round(T/tau) steps: the script's steps from t = 0 .. T - tau
		final List<Double> expected = new ArrayList<>();
		for (final double t : script)
			if (t < panel.end - panel.tau / 2) expected.add(t + panel.tau);
		final double[] actual = r.spikes().timesOf(0);
		assertArrayEquals(expected.stream().mapToDouble(Double::doubleValue).toArray(), actual, 1e-9, label);
		assertEquals(script.size(), actual.length, "no spike of the script falls on its extra last step");
	}
}
