package org.neuronmodels.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelRegistry;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * Every command has a plugins-docs page whose parameter and output tables are
 * exactly the code's, and whose images exist.
 */
class PluginsDocsTest {

	private static Context context;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, org.neuronmodels.service.NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static List<CommandInfo> commands() {
		final List<CommandInfo> list = new ArrayList<>();
		for (final CommandInfo info : context.service(CommandService.class).getCommands()) {
			if (info.getClassName().startsWith("org.neuronmodels.command")) list.add(info);
		}
		return list;
	}

	@Test
	void everyCommandHasAPageWithTheCodesTables() throws IOException {
		final List<CommandInfo> commands = commands();
		assertFalse(commands.isEmpty(), "no commands found");
		final List<String> problems = new ArrayList<>();
		for (final CommandInfo info : commands) {
			final Path page = Paths.get("plugins-docs", ParameterTables.pageName(info.getLabel()));
			if (!Files.exists(page)) {
				problems.add("missing page " + page + " for \"" + info.getLabel() + "\"");
				continue;
			}
			final String text = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
			for (final String row : ParameterTables.inputRows(context, info))
				if (!text.contains(row)) problems.add(page + ": input row differs from the code: " + row);
			for (final String row : ParameterTables.outputRows(info))
				if (!text.contains(row)) problems.add(page + ": output row differs from the code: " + row);
			if (!text.contains("![")) problems.add(page + ": no figure");
			if (info.getClassName().equals(ParameterTables.MODEL_TABLES_PAGE)) {
				for (final ModelDescriptor model : ParameterTables.documentedModels()) {
					if (!text.contains(ParameterTables.modelHeader(model))) problems.add(page + ": no table of " + model);
					for (final String row : ParameterTables.modelRows(model))
						if (!text.contains(row)) problems.add(page + ": model row differs from the descriptor: " + row);
				}
			}
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems) +
			"\n(regenerate the tables with: mvn -q test-compile exec:java ... or run ParameterTables.main)");
	}

	@Test
	void everyImageAPageShowsExists() throws IOException {
		final Pattern image = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)");
		final List<String> missing = new ArrayList<>();
		try (java.util.stream.Stream<Path> pages = Files.list(Paths.get("plugins-docs"))) {
			for (final Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".md"))::iterator) {
				final Matcher m = image.matcher(new String(Files.readAllBytes(page), StandardCharsets.UTF_8));
				while (m.find()) {
					final Path target = page.getParent().resolve(m.group(1));
					if (!m.group(1).startsWith("http") && !Files.exists(target)) missing.add(page + " → " + m.group(1));
				}
			}
		}
		assertTrue(missing.isEmpty(), "missing images: " + missing);
	}
}
