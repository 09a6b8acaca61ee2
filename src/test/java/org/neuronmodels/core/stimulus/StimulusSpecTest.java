package org.neuronmodels.core.stimulus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.TimeGrid;

/** The command-level stimulus settings: what they build, and errors named after the command fields. */
class StimulusSpecTest {

	private static StimulusSpec spec(final StimulusKind kind) {
		final StimulusSpec s = new StimulusSpec();
		s.kind = kind;
		s.amplitude = 2;
		s.stimStart = 10;
		s.stimStop = 30;
		return s;
	}

	@Test
	void stepBuildsTheWindowedStep() {
		final TimeGrid grid = TimeGrid.of(50, 1);
		final double[] expected = new double[50];
		for (int k = 10; k < 30; k++)
			expected[k] = 2;
		assertArrayEquals(expected, spec(StimulusKind.STEP).build(grid).sample(grid), 0.0);
		assertArrayEquals(new double[] { 10, 30 }, spec(StimulusKind.STEP).rateWindow(50), 0.0);
		assertArrayEquals(new double[] { 0, 50 }, spec(StimulusKind.CONSTANT).rateWindow(50), 0.0);
	}

	@Test
	void errorsNameTheCommandFields() {
		final TimeGrid grid = TimeGrid.of(50, 1);
		final StimulusSpec pulses = spec(StimulusKind.PULSE_TRAIN);
		pulses.frequency = 100; // period 10 ms
		pulses.pulseWidth = 20;
		assertEquals("pulseWidth", assertThrows(InvalidParameterException.class, () -> pulses.build(grid))
			.parameter());
		final StimulusSpec table = spec(StimulusKind.TABLE);
		table.tableFile = "/no/such/file.csv";
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> table.build(grid));
		assertEquals("tableFile", e.parameter());
		assertTrue(e.getMessage().contains("tableFile"), e.getMessage());
		final StimulusSpec late = spec(StimulusKind.STEP);
		late.stimStop = 80;
		assertEquals("stimStop", assertThrows(InvalidParameterException.class, () -> late.build(grid)).parameter());
		final StimulusSpec reversed = spec(StimulusKind.SINE);
		reversed.stimStop = 5;
		assertEquals("stimStop", assertThrows(InvalidParameterException.class, () -> reversed.build(grid))
			.parameter());
	}
}
