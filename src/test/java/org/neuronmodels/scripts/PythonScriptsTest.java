package org.neuronmodels.scripts;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The Python examples in scripts/, run through the real ScriptService (one engine set-up for the class). */
class PythonScriptsTest {

	private static Context context;

	@BeforeAll
	static void start() {
		context = ScriptExamples.context();
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void fiCurveMatchesTheClosedForm() {
		ScriptExamples.checkFiCurve(ScriptExamples.run(context, "fi-curve.py", "steps=11, duration=1000"), 11, 1000);
	}

	@Test
	void tauCurrentSweepGivesTheGridTheHeatmapAndTheTraces() {
		ScriptExamples.checkTauCurrentSweep(ScriptExamples.run(context, "tau-current-sweep.py", "threads=2"));
	}

	@Test
	void izhikevichGalleryHasTheTwentyBehaviours() {
		ScriptExamples.checkIzhikevichGallery(ScriptExamples.run(context, "izhikevich-gallery.py",
			"preset=\"(B) phasic spiking\""));
	}

	@Test
	void networkRasterHasTheCommandsSpikes() {
		ScriptExamples.checkNetworkRaster(context, ScriptExamples.run(context, "network-raster.py", ""));
	}

	@Test
	void aFailingScriptFailsLoudly(@TempDir final Path dir) throws IOException {
		ScriptExamples.checkFailureIsLoud(context, dir, "failing.py", "#@output double x\nx = 1\nraise ValueError(\"boom\")\n");
	}

	@Test
	void fitRecordingRecoversTheHiddenParameters() {
		ScriptExamples.checkFitRecording(ScriptExamples.run(context, "fit-recording.py", ""));
	}

	@Test
	void equationNeuronIsTheAdExPlusACurrent() {
		ScriptExamples.checkEquationNeuron(ScriptExamples.run(context, "equation-neuron.py", ""));
	}
}
