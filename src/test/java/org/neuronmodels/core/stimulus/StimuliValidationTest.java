package org.neuronmodels.core.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuronmodels.core.InvalidParameterException;

/** Every bad argument fails with an {@link InvalidParameterException} naming the parameter. */
class StimuliValidationTest {

	private static final double NAN = Double.NaN;
	private static final double INF = Double.POSITIVE_INFINITY;

	private static Arguments bad(final String parameter, final Executable call) {
		return Arguments.of(parameter, call);
	}

	static Stream<Arguments> badInputs() {
		return Stream.of( //
			bad("amplitude", () -> Stimuli.constant(NAN)), //
			bad("amplitude", () -> Stimuli.constant(INF)), //
			bad("amplitude", () -> Stimuli.step(NAN, 0, 1)), //
			bad("stimStart", () -> Stimuli.step(1, -1, 10)), //
			bad("stimStart", () -> Stimuli.step(1, NAN, 10)), //
			bad("stimStop", () -> Stimuli.step(1, 10, 10)), //
			bad("stimStop", () -> Stimuli.step(1, 10, 5)), //
			bad("stimStop", () -> Stimuli.step(1, 0, INF)), //
			bad("stimStop", () -> Stimuli.step(1, 0, NAN)), //
			bad("frequency", () -> Stimuli.pulseTrain(1, 0, 10, 0, 1)), //
			bad("frequency", () -> Stimuli.pulseTrain(1, 0, 10, -5, 1)), //
			bad("frequency", () -> Stimuli.pulseTrain(1, 0, 10, NAN, 1)), //
			bad("width", () -> Stimuli.pulseTrain(1, 0, 10, 10, -1)), //
			bad("width", () -> Stimuli.pulseTrain(1, 0, 10, 10, 0)), //
			bad("width", () -> Stimuli.pulseTrain(1, 0, 10, 100, 10.5)), // period 10 ms
			bad("stimStop", () -> Stimuli.pulseTrain(1, 5, 1, 10, 1)), //
			bad("amplitudeStart", () -> Stimuli.ramp(0, 10, NAN, 1)), //
			bad("amplitudeEnd", () -> Stimuli.ramp(0, 10, 0, INF)), //
			bad("stimStop", () -> Stimuli.ramp(10, 0, 0, 1)), //
			bad("frequency", () -> Stimuli.sine(1, -1, 0, 0)), //
			bad("offset", () -> Stimuli.sine(1, 1, NAN, 0)), //
			bad("phase", () -> Stimuli.sine(1, 1, 0, INF)), //
			bad("amplitude", () -> Stimuli.sine(INF, 1, 0, 0, 0, 10)), //
			bad("stimStop", () -> Stimuli.sine(1, 1, 0, 0, 10, 0)), //
			bad("amplitude", () -> Stimuli.triangle(NAN)), //
			bad("stimStop", () -> Stimuli.triangle(1, 3, 3)), //
			bad("sigma", () -> Stimuli.whiteNoise(0, -1, 1)), //
			bad("sigma", () -> Stimuli.whiteNoise(0, NAN, 1)), //
			bad("mean", () -> Stimuli.whiteNoise(INF, 1, 1)), //
			bad("sigma", () -> Stimuli.ornsteinUhlenbeck(0, -0.1, 5, 1)), //
			bad("tau", () -> Stimuli.ornsteinUhlenbeck(0, 1, 0, 1)), //
			bad("tau", () -> Stimuli.ornsteinUhlenbeck(0, 1, -2, 1)), //
			bad("tau", () -> Stimuli.ornsteinUhlenbeck(0, 1, INF, 1)), //
			bad("mean", () -> Stimuli.ornsteinUhlenbeck(NAN, 1, 5, 1)), //
			bad("samples", () -> Stimuli.table(new double[0], 1)), //
			bad("samples", () -> Stimuli.table(null, 1)), //
			bad("samples", () -> Stimuli.table(new double[] { 1, NAN }, 1)), //
			bad("sampleDt", () -> Stimuli.table(new double[] { 1 }, 0)), //
			bad("sampleDt", () -> Stimuli.table(new double[] { 1 }, -0.1)), //
			bad("sampleDt", () -> Stimuli.table(new double[] { 1 }, NAN)), //
			bad("parts", () -> Stimuli.sum()), //
			bad("parts", () -> Stimuli.sum(Stimuli.constant(1), null)));
	}

	@ParameterizedTest(name = "{0} #{index}")
	@MethodSource("badInputs")
	void badInputThrowsNamingTheParameter(final String parameter, final Executable call) {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, call);
		assertEquals(parameter, e.parameter());
		assertTrue(e.getMessage().contains(parameter), e.getMessage());
	}
}
