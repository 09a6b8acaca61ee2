package org.neuronmodels.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;

/**
 * Writes a one-dimensional array output (numbers, booleans or text) as a CSV
 * data file: a header with the output's name, then one value per row, numbers
 * as Java prints them (round-trip exact).
 */
public final class ArrayFiles {

	private ArrayFiles() {}

	/** Whether {@code value} is a one-dimensional array this class writes. */
	public static boolean isArray(final Object value) {
		return value != null && value.getClass().isArray() && !value.getClass().getComponentType().isArray();
	}

	/** Writes {@code array} as a one-column CSV headed {@code name} to {@code out} (not closed). */
	public static void write(final String name, final Object array, final OutputStream out) throws IOException {
		final Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		w.write(quote(name));
		w.write('\n');
		final int n = Array.getLength(array);
		for (int i = 0; i < n; i++) {
			final Object v = Array.get(array, i);
			w.write(v instanceof CharSequence ? quote(v.toString()) : String.valueOf(v));
			w.write('\n');
		}
		w.flush();
	}

	private static String quote(final String s) {
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
		return '"' + s.replace("\"", "\"\"") + '"';
	}
}
