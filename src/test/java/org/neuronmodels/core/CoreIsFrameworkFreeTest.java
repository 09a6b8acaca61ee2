package org.neuronmodels.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The core package imports no framework: no SciJava, ImgLib2, ImageJ, JFreeChart, AWT or Swing. */
class CoreIsFrameworkFreeTest {

	private static final Pattern FORBIDDEN = Pattern.compile(
		"^\\s*import\\s+(static\\s+)?(org\\.scijava|net\\.imglib2|net\\.imagej|ij\\.|ij;|org\\.jfree|java\\.awt|javax\\.swing|javax\\.imageio)");

	@Test
	void coreSourcesImportNoFrameworkPackage() throws IOException {
		final Path core = Paths.get("src/main/java/org/neuronmodels/core");
		assertTrue(Files.isDirectory(core), "core sources not found at " + core.toAbsolutePath());
		final List<String> offenders;
		try (Stream<Path> files = Files.walk(core)) {
			offenders = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
				try {
					return Files.readAllLines(p).stream().filter(l -> FORBIDDEN.matcher(l).find()).map(l -> p + ": " + l
						.trim());
				}
				catch (final IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).collect(Collectors.toList());
		}
		assertTrue(offenders.isEmpty(), "framework imports in core: " + offenders);
	}

	@Test
	void theScanWouldCatchAnOffender() {
		assertTrue(FORBIDDEN.matcher("import org.scijava.Context;").find());
		assertTrue(FORBIDDEN.matcher("import java.awt.Color;").find());
		assertTrue(FORBIDDEN.matcher("import ij.ImagePlus;").find());
		assertTrue(!FORBIDDEN.matcher("import java.util.List;").find());
	}
}
