package org.neuronmodels.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one shard computed for points {@code [from, to)}: named texts (e.g. the
 * output names and units) and named arrays of doubles, stored bit for bit. The
 * file carries the sweep's id, the shard number and range, and ends with a
 * trailer, so a part of another sweep or an incomplete part is recognised.
 */
public final class ShardPart {

	private static final int MAGIC = 0x4E4D5350; // "NMSP"
	private static final int TRAILER = 0x454E4421; // "END!"

	private final String sweepId;
	private final int shard, from, to;
	private final Map<String, String> texts = new LinkedHashMap<>();
	private final Map<String, double[]> arrays = new LinkedHashMap<>();

	/** An empty part of sweep {@code sweepId}: shard {@code shard}, points {@code [from, to)}. */
	public ShardPart(final String sweepId, final int shard, final int from, final int to) {
		this.sweepId = sweepId;
		this.shard = shard;
		this.from = from;
		this.to = to;
	}

	/** Adds a text. */
	public ShardPart text(final String name, final String value) {
		texts.put(name, value == null ? "" : value);
		return this;
	}

	/** Adds an array (held, not copied); null arrays are left out. */
	public ShardPart array(final String name, final double[] values) {
		if (values != null) arrays.put(name, values);
		return this;
	}

	/** The sweep's id. */
	public String sweepId() {
		return sweepId;
	}

	/** The shard number. */
	public int shard() {
		return shard;
	}

	/** The first point. */
	public int from() {
		return from;
	}

	/** One past the last point. */
	public int to() {
		return to;
	}

	/** The text {@code name}, or null. */
	public String text(final String name) {
		return texts.get(name);
	}

	/** The array {@code name}, or null. */
	public double[] array(final String name) {
		return arrays.get(name);
	}

	/** Writes the part to {@code file} atomically. */
	public void write(final Path file) throws IOException {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(MAGIC);
			out.writeUTF(sweepId);
			out.writeInt(shard);
			out.writeInt(from);
			out.writeInt(to);
			out.writeInt(texts.size());
			for (final Map.Entry<String, String> e : texts.entrySet()) {
				out.writeUTF(e.getKey());
				out.writeUTF(e.getValue());
			}
			out.writeInt(arrays.size());
			for (final Map.Entry<String, double[]> e : arrays.entrySet()) {
				out.writeUTF(e.getKey());
				out.writeInt(e.getValue().length);
				for (final double v : e.getValue())
					out.writeLong(Double.doubleToRawLongBits(v));
			}
			out.writeInt(TRAILER);
		}
		WorkFiles.writeAtomically(file, bytes.toByteArray());
	}

	/** Reads a part; an {@link IOException} saying why if the file is not a complete part. */
	public static ShardPart read(final Path file) throws IOException {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
			if (in.readInt() != MAGIC) throw new IOException(file + " is not a shard part");
			final ShardPart part = new ShardPart(in.readUTF(), in.readInt(), in.readInt(), in.readInt());
			for (int k = in.readInt(); k > 0; k--)
				part.text(in.readUTF(), in.readUTF());
			for (int k = in.readInt(); k > 0; k--) {
				final String name = in.readUTF();
				final int n = in.readInt();
				if (n < 0 || n > in.available() / 8) throw new IOException(file + " is incomplete");
				final double[] values = new double[n];
				for (int i = 0; i < n; i++)
					values[i] = Double.longBitsToDouble(in.readLong());
				part.array(name, values);
			}
			if (in.readInt() != TRAILER || in.available() != 0) throw new IOException(file + " is incomplete");
			return part;
		}
		catch (final EOFException exc) {
			throw new IOException(file + " is incomplete (ends early)", exc);
		}
	}
}
