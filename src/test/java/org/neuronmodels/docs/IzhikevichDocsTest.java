package org.neuronmodels.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.command.IzhikevichCommand;
import org.neuronmodels.command.IzhikevichGalleryCommand;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.command.CommandService;

/** The Izhikevich pages carry the tables the code generates (so they stay identical to it). */
class IzhikevichDocsTest {

	private static Context context;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static String page(final String name) throws IOException {
		return new String(Files.readAllBytes(Paths.get("plugins-docs", name)), StandardCharsets.UTF_8);
	}

	@Test
	void izhikevichPageHasTheInputAndPresetTables() throws IOException {
		final String page = page("izhikevich.md");
		assertTrue(page.contains(IzhikevichDocTables.inputs(context, IzhikevichCommand.class)),
			"regenerate the input table:\n" + IzhikevichDocTables.inputs(context, IzhikevichCommand.class));
		assertTrue(page.contains(IzhikevichDocTables.presets()), "regenerate the preset table:\n" + IzhikevichDocTables
			.presets());
	}

	@Test
	void galleryPageHasTheInputTableAndItsFigures() throws IOException {
		final String page = page("izhikevich-gallery.md");
		assertTrue(page.contains(IzhikevichDocTables.inputs(context, IzhikevichGalleryCommand.class)),
			"regenerate the input table:\n" + IzhikevichDocTables.inputs(context, IzhikevichGalleryCommand.class));
		for (final String png : new String[] { "izhikevich-gallery-published.png", "izhikevich-gallery-consistent.png" }) {
			assertTrue(page.contains("images/" + png));
			final Path file = Paths.get("plugins-docs", "images", png);
			assertTrue(Files.size(file) > 10_000, file + " is rendered by IzhikevichDocFigures");
		}
	}
}
