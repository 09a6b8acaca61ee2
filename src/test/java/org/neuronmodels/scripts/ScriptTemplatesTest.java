package org.neuronmodels.scripts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every example in scripts/ is packaged as a Fiji Script Editor template, byte for byte. */
class ScriptTemplatesTest {

	private static final Path SCRIPTS = Paths.get("scripts");
	/** Where the build copies scripts/ (pom.xml resources): the templates packaged in the jar. */
	private static final Path TEMPLATES = Paths.get("target/classes/script_templates/Neuron Models");

	private static List<String> examples(final Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(groovy|js|py|ijm)")).sorted()
				.collect(Collectors.toList());
		}
	}

	@Test
	void theTemplatesAreExactCopiesOfTheExamples() throws IOException {
		final List<String> examples = examples(SCRIPTS);
		assertFalse(examples.isEmpty());
		assertEquals(examples, examples(TEMPLATES), "the same files in scripts/ and " + TEMPLATES);
		for (final String name : examples) {
			assertArrayEquals(Files.readAllBytes(SCRIPTS.resolve(name)), Files.readAllBytes(TEMPLATES.resolve(name)), name +
				" differs from its packaged template");
		}
	}

	@Test
	void everyScriptExampleDeclaresItsParametersAndOutputs() throws IOException {
		for (final String name : examples(SCRIPTS)) {
			if (name.endsWith(".ijm")) continue;
			final String text = new String(Files.readAllBytes(SCRIPTS.resolve(name)), java.nio.charset.StandardCharsets.UTF_8);
			assertTrue(text.startsWith("#@ NeuronModelsService neuron\n"), name);
			assertTrue(text.contains("#@output "), name);
			assertTrue(text.contains("scripts/neuron-models --headless --run scripts/" + name), name +
				" shows its launcher call");
		}
	}
}
