package org.neuronmodels.scripts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.script.ScriptModule;

/** scripts/sweep-on-slurm.groovy on the real single-node SLURM cluster: the local sweep's rates, bit for bit. */
@Tag("slurm")
class SlurmScriptTest {

	@Test
	void theSlurmExampleGivesTheLocalSweep(@TempDir final Path dir) {
		final Context context = ScriptExamples.context();
		try {
			final ScriptModule m = ScriptExamples.run(context, "sweep-on-slurm.groovy", "workDirectory=\"" + dir.resolve(
				"work") + "\", shards=3, slurmOptions=\"--partition=debug\"");
			final double[] local = context.service(NeuronModelsService.class).sweep("Leaky Integrate-and-Fire").vary(
				"tauM", "5, 50, 10, Log").vary("amplitude", "1, 4, 7, Linear").measure("firingRate").fixed(
					"duration=500, stimStart=50, stimStop=450").run().values();
			assertEquals(70, m.getOutput("points"));
			assertArrayEquals(bits(local), bits((double[]) m.getOutput("rates")));
			assertFalse(dir.resolve("work").toFile().exists(), "the work directory is removed after the merge");
		}
		finally {
			context.dispose();
		}
	}

	private static long[] bits(final double[] v) {
		return Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
	}
}
