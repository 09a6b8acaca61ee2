package org.neuronmodels.cluster;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The class path of this installation, resolved to the files a task's
 * {@code java -cp} needs, and the SHA-256 of their contents (a SNAPSHOT version
 * cannot tell two builds apart; the bytes can).
 * <p>
 * Inside Fiji the classes come from a class loader over Fiji's {@code jars/}
 * and {@code plugins/} folders (a {@link URLClassLoader}): its URLs are the
 * class path. Elsewhere (the launcher script, Maven's test runner) it is
 * {@code java.class.path}, with the {@code Class-Path} of manifest-only jars
 * expanded.
 * </p>
 */
public final class ClassPath {

	private static final java.util.Map<List<Path>, String> CACHE = new java.util.HashMap<>();

	private ClassPath() {}

	/** The class path entries of the loader that loaded {@code anchor}: absolute, existing, in order. */
	public static List<Path> resolve(final Class<?> anchor) {
		final Set<Path> entries = new LinkedHashSet<>();
		for (ClassLoader l = anchor.getClassLoader(); l != null; l = l.getParent()) {
			if (!(l instanceof URLClassLoader)) continue;
			for (final URL url : ((URLClassLoader) l).getURLs())
				addFile(entries, url);
		}
		if (entries.isEmpty()) {
			for (final String e : System.getProperty("java.class.path", "").split(File.pathSeparator))
				if (!e.isEmpty()) add(entries, Paths.get(e).toAbsolutePath().normalize());
		}
		return new ArrayList<>(entries);
	}

	/** The entries joined with the platform's path separator (a {@code -cp} value). */
	public static String join(final List<Path> entries) {
		return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
	}

	/** The SHA-256 (hex) of the entries: every jar's bytes, every class directory's files and their names, in order. */
	public static String sha256(final List<Path> entries) {
		final MessageDigest all = digest();
		for (final Path e : entries) {
			all.update(e.getFileName().toString().getBytes(StandardCharsets.UTF_8));
			if (Files.isDirectory(e)) {
				try (Stream<Path> files = Files.walk(e)) {
					for (final Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
						all.update(e.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
						update(all, f);
					}
				}
				catch (final IOException exc) {
					throw new UncheckedIOException(exc);
				}
			}
			else if (Files.isRegularFile(e)) update(all, e);
		}
		return hex(all.digest());
	}

	/** {@link #sha256(List)}, computed once per JVM for the same entries (jars do not change under a running JVM). */
	public static synchronized String sha256Cached(final List<Path> entries) {
		return CACHE.computeIfAbsent(entries, ClassPath::sha256);
	}

	/** The SHA-256 (hex) of a text. */
	public static String sha256(final String text) {
		return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	// -- Helper methods --

	private static void addFile(final Set<Path> entries, final URL url) {
		if (!"file".equals(url.getProtocol())) return;
		try {
			add(entries, Paths.get(url.toURI()).toAbsolutePath().normalize());
		}
		catch (final URISyntaxException | IllegalArgumentException exc) {
			// not a local file: a task could not load it either
		}
	}

	/** Adds an existing entry, then the entries of its manifest's Class-Path (manifest-only jars). */
	private static void add(final Set<Path> entries, final Path entry) {
		if (!Files.exists(entry) || !entries.add(entry) || !entry.toString().endsWith(".jar")) return;
		try (JarFile jar = new JarFile(entry.toFile())) {
			final Manifest m = jar.getManifest();
			final String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
			if (cp == null) return;
			for (final String ref : cp.trim().split("\\s+")) {
				if (ref.isEmpty()) continue;
				try {
					final URI uri = entry.toUri().resolve(ref);
					if ("file".equals(uri.getScheme())) add(entries, Paths.get(uri).toAbsolutePath().normalize());
				}
				catch (final IllegalArgumentException exc) {
					// an entry that is not a file
				}
			}
		}
		catch (final IOException exc) {
			// not a readable jar: left as it is
		}
	}

	private static void update(final MessageDigest md, final Path file) {
		final byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int r; (r = in.read(buffer)) > 0;)
				md.update(buffer, 0, r);
		}
		catch (final IOException exc) {
			throw new UncheckedIOException(exc);
		}
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (final NoSuchAlgorithmException exc) {
			throw new IllegalStateException(exc);
		}
	}

	private static String hex(final byte[] bytes) {
		final StringBuilder s = new StringBuilder();
		for (final byte b : bytes)
			s.append(String.format("%02x", b));
		return s.toString();
	}
}
