package org.neuronmodels.io.nwb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

/**
 * The NWB test files of src/test/resources/nwb, written by
 * {@code /usr/bin/python3 src/test/python/make_nwb_test_files.py small src/test/resources/nwb}
 * (h5py), and the numbers that script computed from h5py's reading of them
 * ({@code expected.properties}). They are committed so that reading tests run
 * without Python; tests that need h5py itself use {@link Python}.
 */
public final class NwbTestFiles {

	private NwbTestFiles() {}

	/** The test file {@code name}. */
	public static Path file(final String name) {
		try {
			return Paths.get(NwbTestFiles.class.getResource("/nwb/" + name).toURI());
		}
		catch (final URISyntaxException | NullPointerException e) {
			throw new IllegalStateException("missing test file nwb/" + name, e);
		}
	}

	/** The number h5py + numpy gave for {@code key}. */
	public static double expected(final String key) {
		final Properties p = new Properties();
		try (InputStream in = NwbTestFiles.class.getResourceAsStream("/nwb/expected.properties")) {
			p.load(in);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
		final String v = p.getProperty(key);
		if (v == null) throw new IllegalStateException("no expected value " + key);
		return Double.parseDouble(v);
	}
}
