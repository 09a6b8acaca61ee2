package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.io.nwb.NwbTestFiles;

/**
 * The README's install section: Fiji's jars (those pom-scijava manages) plus
 * jhdf and compress-lzf are enough to read an NWB file through the launcher.
 * The class path is the test's own, cut down to the plugin's classes, the jars
 * whose groupId:artifactId pom-scijava 45.0.0 manages, and the two extra jars.
 */
class NwbLauncherClassPathTest {

	/** The jars the README tells Fiji users to add. */
	private static final List<String> EXTRA = Arrays.asList("io.jhdf:jhdf", "com.ning:compress-lzf");

	@TempDir
	Path tmp;

	@Test
	void fijiJarsPlusTheReadmeJarsReadAnNwbFile() throws IOException, InterruptedException {
		final Path repository = Paths.get(System.getProperty("user.home"), ".m2", "repository");
		final Set<String> managed = managedByPomScijava(repository.resolve(
			"org/scijava/pom-scijava/45.0.0/pom-scijava-45.0.0.pom"));
		assertTrue(managed.contains("net.imglib2:imglib2") && !managed.contains("io.jhdf:jhdf"), "" + managed.size());
		final List<String> path = new ArrayList<>();
		path.add(Paths.get("target/classes").toAbsolutePath().toString());
		final List<String> extras = new ArrayList<>();
		for (final String entry : System.getProperty("surefire.test.class.path", System.getProperty(
			"java.class.path")).split(File.pathSeparator))
		{
			final Path jar = Paths.get(entry).toAbsolutePath();
			if (!jar.startsWith(repository) || !entry.endsWith(".jar")) continue;
			final Path rel = repository.relativize(jar); // group/path/artifact/version/artifact-version.jar
			final int n = rel.getNameCount();
			final String coordinates = rel.subpath(0, n - 3).toString().replace(File.separatorChar, '.') + ":" + rel
				.getName(n - 3);
			if (EXTRA.contains(coordinates)) extras.add(coordinates);
			if (managed.contains(coordinates) || EXTRA.contains(coordinates)) path.add(jar.toString());
		}
		assertEquals(EXTRA, extras);
		final Path out = tmp.resolve("run.out");
		final Process p = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp", String.join(
			File.pathSeparator, path), NeuronModelsLauncher.class.getName(), "--headless", "--run", "NWB File Info",
			"file=\"" + NwbTestFiles.file("icephys.nwb") + "\"").redirectErrorStream(true).redirectOutput(out
				.toFile()).start();
		assertTrue(p.waitFor(300, TimeUnit.SECONDS));
		final String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
		assertEquals(0, p.exitValue(), text);
		assertTrue(text.contains("seriesCount = 6") && text.contains("unitCount = 3"), text);
	}

	/** groupId:artifactId of every dependency pom-scijava manages. */
	private static Set<String> managedByPomScijava(final Path pom) throws IOException {
		final String xml = new String(Files.readAllBytes(pom), StandardCharsets.UTF_8);
		final String management = xml.substring(xml.indexOf("<dependencyManagement>"), xml.indexOf(
			"</dependencyManagement>"));
		final Matcher m = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)" +
			"</artifactId>").matcher(management);
		final Set<String> set = new HashSet<>();
		while (m.find())
			set.add(m.group(1).trim() + ":" + m.group(2).trim());
		return set;
	}
}
