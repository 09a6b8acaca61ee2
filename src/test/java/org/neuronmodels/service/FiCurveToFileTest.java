package org.neuronmodels.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.core.sweep.FiSummary;
import org.neuronmodels.testutil.ServiceContext;

/**
 * Scripts: {@code CONTEXT.neuron().fiCurve(…)} returns every array up to 10⁶ currents and refuses more (before
 * anything runs) with a message naming {@code currentSteps} and the streaming call;
 * {@code CONTEXT.neuron().analysis().fiCurveToFile(…)} streams any number of rows to a CSV file, each row bit for
 * bit the one {@code fiCurve} returns, and keeps only the scalars and decimated curves.
 */
class FiCurveToFileTest {

	@RegisterExtension
	static final ServiceContext CONTEXT = new ServiceContext();

	@TempDir
	Path tmp;

	@Test
	void moreCurrentsThanArraysHoldAreRefusedWithTheWayOut() {
		final NeuronModelsService neuron = CONTEXT.neuron();
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> neuron.fiCurve(neuron
			.model("LIF").duration(10), 0, 5, 10_000_000));
		assertEquals("currentSteps", e.parameter());
		assertTrue(e.getMessage().contains("fiCurveToFile"), e.getMessage());
	}

	@Test
	void theRowsStreamToTheFileBitForBit() throws IOException {
		final int n = 20_000;
		final ModelRun model = CONTEXT.neuron().model("LIF").duration(20);
		final FiCurve reference = CONTEXT.neuron().fiCurve(model, 0, 5, n);
		final File csv = tmp.resolve("fi.csv").toFile();
		final FiSummary s = CONTEXT.neuron().analysis().fiCurveToFile(model, 0, 5, n, csv);
		assertEquals(n, s.currents());
		assertEquals(reference.rheobase(), s.rheobase(), 0);
		assertEquals(reference.maxRate(), s.maxRate(), 0);
		assertTrue(s.rateCurve()[0].length < n, "the curve kept is decimated: " + s.rateCurve()[0].length);
		try (BufferedReader r = Files.newBufferedReader(csv.toPath(), StandardCharsets.UTF_8)) {
			assertTrue(r.readLine().startsWith("Current (nA),Spikes,Rate (Hz)"));
			for (int i = 0; i < n; i++) {
				final String[] row = r.readLine().split(",");
				assertEquals(reference.currents()[i], Double.parseDouble(row[0]), 0, "row " + i);
				assertEquals(reference.spikeCounts()[i], Integer.parseInt(row[1]), "row " + i);
				assertEquals(reference.rates()[i], Double.parseDouble(row[2]), 0, "row " + i);
			}
			assertNull(r.readLine());
		}
		try (Stream<Path> files = Files.list(tmp)) {
			assertEquals(1, files.count(), "no temporary file left beside fi.csv");
		}
	}
}
