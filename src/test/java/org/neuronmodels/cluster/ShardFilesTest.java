package org.neuronmodels.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.core.InvalidParameterException;

/** The pieces of a cluster sweep that need no cluster: the plan, parts, option splitting, the task script. */
class ShardFilesTest {

	@TempDir
	Path temp;

	@Test
	void shardsAreDisjointContiguousAndCoverEveryPoint() {
		for (final int n : new int[] { 1, 2, 3, 7, 30, 1000, 1_000_000 })
			for (final int k : new int[] { 1, 2, 3, 4, 16, 100, 5000 }) {
				final ShardPlan plan = ShardPlan.of(n, k);
				assertEquals(Math.min(n, k), plan.shards());
				assertEquals(k > n, plan.capped());
				assertEquals(0, plan.from(0));
				for (int i = 0; i < plan.shards(); i++) {
					assertTrue(plan.to(i) > plan.from(i), "shard " + i + " of " + n + "/" + k + " is empty");
					if (i > 0) assertEquals(plan.to(i - 1), plan.from(i));
					// sizes differ by at most one point
					assertTrue(plan.to(i) - plan.from(i) <= (n + plan.shards() - 1) / plan.shards());
					assertEquals(i, plan.shardOf(plan.from(i)));
					assertEquals(i, plan.shardOf(plan.to(i) - 1));
				}
				assertEquals(n, plan.to(plan.shards() - 1));
			}
	}

	@Test
	void aPartKeepsEveryBitAndAnIncompleteOrForeignFileIsRecognised() throws IOException {
		final double[] odd = { Double.NaN, -0.0, Double.MIN_VALUE, Double.longBitsToDouble(0x7ff8dead0000beefL), 1e308 };
		final Path file = temp.resolve("p.part");
		new ShardPart("id", 3, 10, 15).text("names", "a\u001fb").array("column.0", odd).write(file);
		final ShardPart back = ShardPart.read(file);
		assertEquals("id", back.sweepId());
		assertEquals(3, back.shard());
		assertEquals(10, back.from());
		assertEquals(15, back.to());
		assertEquals("a\u001fb", back.text("names"));
		assertArrayEquals(Arrays.stream(odd).mapToLong(Double::doubleToRawLongBits).toArray(), Arrays.stream(back
			.array("column.0")).mapToLong(Double::doubleToRawLongBits).toArray());
		final byte[] whole = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(whole, whole.length - 9));
		assertThrows(IOException.class, () -> ShardPart.read(file));
		Files.write(file, "status=0\n".getBytes("UTF-8"));
		assertThrows(IOException.class, () -> ShardPart.read(file));
		try (java.util.stream.Stream<Path> left = Files.list(temp)) {
			assertEquals(1, left.count(), "no temporary files left behind");
		}
	}

	@Test
	void optionsSplitLikeAShellWithoutOne() {
		assertEquals(Arrays.asList("--partition=debug", "--time=01:00:00", "--comment=two words", "-A", "lab x"),
			SlurmSettings.split("--partition=debug  --time=01:00:00 --comment=\"two words\" -A 'lab x'"));
		assertEquals(Collections.emptyList(), SlurmSettings.split("  "));
		assertEquals("slurmOptions", assertThrows(InvalidParameterException.class, () -> SlurmSettings.split(
			"--comment='open")).parameter());
		assertEquals("slurmOptions", assertThrows(InvalidParameterException.class, () -> SlurmSettings.split(
			"--wrap=hostname")).parameter());
	}

	@Test
	void theTaskScriptRunsJavaDirectlyWithTheSpecClassPathQuoted() {
		final Map<String, String> in = new LinkedHashMap<>();
		in.put("x", "1");
		final SweepSpec spec = SweepSpec.of("sweep", "Parameter Sweep", in, "g", null, 10, 4).runtime("/opt/j dk/bin/java",
			Arrays.asList(temp.resolve("it's.jar"), temp.resolve("b.jar")), "abc", "org.example.Main");
		final String script = TaskScript.text(spec, new WorkDirectory(temp.resolve("w")), "module load java/17");
		assertTrue(script.startsWith("#!/bin/bash\n"));
		assertTrue(script.contains("\nmodule load java/17\n"), script);
		assertTrue(script.contains("it'\\''s.jar"), script);
		assertTrue(script.contains("'org.example.Main' --headless --spec"), script);
		assertTrue(script.contains("--shard \"$SLURM_ARRAY_TASK_ID/4\""), script);
		assertFalse(script.contains("neuron-models --"), "never the build script");
		assertEquals(3, ShardTask.threads(Collections.singletonMap("SLURM_CPUS_PER_TASK", "3")));
		assertEquals(1, ShardTask.threads(Collections.emptyMap()));
	}

	@Test
	void theSweepIdChangesWithTheInputsNotTheirOrder() {
		final Map<String, String> a = new LinkedHashMap<>();
		a.put("x", "1");
		a.put("y", "2");
		final Map<String, String> b = new LinkedHashMap<>();
		b.put("y", "2");
		b.put("x", "1");
		assertEquals(SweepSpec.of("sweep", "S", a, "", null, 5, 2).sweepId(), SweepSpec.of("sweep", "S", b, "", null, 5,
			2).sweepId());
		b.put("x", "1.0");
		assertFalse(SweepSpec.of("sweep", "S", a, "", null, 5, 2).sweepId().equals(SweepSpec.of("sweep", "S", b, "",
			null, 5, 2).sweepId()));
	}
}
