package org.neuronmodels.scripts;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The JavaScript examples in scripts/, run through the real ScriptService (one engine set-up for the class). */
class JavaScriptScriptsTest {

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
		ScriptExamples.checkFiCurve(ScriptExamples.run(context, "fi-curve.js", "steps=11, duration=1000"), 11, 1000);
	}

	@Test
	void tauCurrentSweepGivesTheGridTheHeatmapAndTheTraces() {
		ScriptExamples.checkTauCurrentSweep(ScriptExamples.run(context, "tau-current-sweep.js", "threads=2"));
	}

	@Test
	void izhikevichGalleryHasTheTwentyBehaviours() {
		ScriptExamples.checkIzhikevichGallery(ScriptExamples.run(context, "izhikevich-gallery.js",
			"preset=\"(B) phasic spiking\""));
	}

	@Test
	void networkRasterHasTheCommandsSpikes() {
		ScriptExamples.checkNetworkRaster(context, ScriptExamples.run(context, "network-raster.js", ""));
	}

	@Test
	void aFailingScriptFailsLoudly(@TempDir final Path dir) throws IOException {
		ScriptExamples.checkFailureIsLoud(context, dir, "failing.js", "#@output double x\nvar x = 1;\nthrow new Error(\"boom\");\n");
	}

	@Test
	void fitRecordingRecoversTheHiddenParameters() {
		ScriptExamples.checkFitRecording(ScriptExamples.run(context, "fit-recording.js", ""));
	}

	@Test
	void equationNeuronIsTheAdExPlusACurrent() {
		ScriptExamples.checkEquationNeuron(ScriptExamples.run(context, "equation-neuron.js", ""));
	}
}
