package org.neuronmodels.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/** plugins-docs/izhikevich.md carries the preset table the catalogue generates (the other tables: {@link PluginsDocsTest}). */
class IzhikevichDocsTest {

	@Test
	void izhikevichPageHasThePresetTableOfTheCode() throws IOException {
		final String page = new String(Files.readAllBytes(Paths.get("plugins-docs", "izhikevich.md")),
			StandardCharsets.UTF_8);
		assertTrue(page.contains(IzhikevichDocTables.presets()), "regenerate the preset table (IzhikevichDocTables" +
			".main):\n" + IzhikevichDocTables.presets());
	}
}
