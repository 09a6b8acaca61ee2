package org.neuronmodels.io.nwb;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.exceptions.HdfException;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads a 1-D numeric dataset as doubles, block by block, in bounded memory.
 * A chunked dataset is read one chunk at a time with jhdf's
 * {@code getDecompressedChunk} and decoded by the dataset's own data type
 * (jhdf 0.9.4's {@code getData(offset, shape)} returns zeros after the first
 * chunk of a chunked dataset, so it is never used on one); a chunk the file
 * never wrote holds the fill value 0. A contiguous dataset is read in slices
 * of {@link #CONTIGUOUS_BLOCK} samples.
 */
final class DatasetBlocks {

	/** Samples per slice of a contiguous dataset. */
	static final int CONTIGUOUS_BLOCK = 1 << 16;

	private DatasetBlocks() {}

	/** The number of samples of a 1-D dataset; a problem otherwise. */
	static long length(final NwbFile file, final Dataset d) {
		final int[] dims = d.getDimensions();
		if (d.isScalar() || dims.length != 1) {
			throw file.problem(d.getPath(), "has shape " + Arrays.toString(dims) + "; a 1-D dataset is expected");
		}
		if (!Number.class.isAssignableFrom(box(d.getJavaType()))) {
			throw file.problem(d.getPath(), "holds " + d.getJavaType().getSimpleName() + ", not numbers");
		}
		return dims[0];
	}

	/** Streams every sample of {@code d} to {@code consumer}. */
	static void read(final NwbFile file, final Dataset d, final SampleConsumer consumer) {
		final long n = length(file, d);
		if (n == 0) return;
		try {
			if (d instanceof ChunkedDataset) readChunks(file, (ChunkedDataset) d, n, consumer);
			else {
				for (long first = 0; first < n; first += CONTIGUOUS_BLOCK) {
					final int count = (int) Math.min(CONTIGUOUS_BLOCK, n - first);
					final Object data = n <= CONTIGUOUS_BLOCK ? d.getDataFlat() : d.getData(new long[] { first },
						new int[] { count });
					consumer.accept(first, toDoubles(data, count), count);
				}
			}
		}
		catch (final HdfException | UnsupportedOperationException | ClassCastException e) {
			throw file.problem(d.getPath(), "cannot be read: " + e.getMessage());
		}
	}

	/** Every sample of a small dataset (at most {@code max} samples). */
	static double[] readAll(final NwbFile file, final Dataset d, final long max) {
		final long n = length(file, d);
		if (n > max) throw file.problem(d.getPath(), "has " + n + " values; at most " + max + " are read at once");
		final double[] all = new double[(int) n];
		read(file, d, (first, values, count) -> System.arraycopy(values, 0, all, (int) first, count));
		return all;
	}

	private static void readChunks(final NwbFile file, final ChunkedDataset d, final long n,
		final SampleConsumer consumer)
	{
		final int chunk = d.getChunkDimensions()[0];
		final int size = d.getDataType().getSize();
		for (long first = 0; first < n; first += chunk) {
			final int count = (int) Math.min(chunk, n - first);
			byte[] bytes;
			try {
				bytes = d.getDecompressedChunk(new int[] { (int) first });
			}
			catch (final HdfException e) {
				if (!String.valueOf(e.getMessage()).startsWith("No chunk")) throw e;
				bytes = null; // never written: the fill value
			}
			if (bytes == null) {
				consumer.accept(first, new double[count], count);
				continue;
			}
			if (bytes.length < (long) count * size) {
				throw file.problem(d.getPath(), "chunk at sample " + first + " holds " + bytes.length / size +
					" values; " + count + " expected");
			}
			final Object data = d.getDataType().fillData(ByteBuffer.wrap(bytes), new int[] { bytes.length / size },
				null);
			consumer.accept(first, toDoubles(data, count), count);
		}
	}

	/** The first {@code count} values of a primitive (or BigInteger) array as doubles. */
	static double[] toDoubles(final Object array, final int count) {
		if (array instanceof double[]) return Arrays.copyOf((double[]) array, count);
		final double[] out = new double[count];
		if (array instanceof short[]) {
			final short[] a = (short[]) array;
			for (int i = 0; i < count; i++)
				out[i] = a[i];
		}
		else if (array instanceof float[]) {
			final float[] a = (float[]) array;
			for (int i = 0; i < count; i++)
				out[i] = a[i];
		}
		else if (array instanceof int[]) {
			final int[] a = (int[]) array;
			for (int i = 0; i < count; i++)
				out[i] = a[i];
		}
		else if (array instanceof long[]) {
			final long[] a = (long[]) array;
			for (int i = 0; i < count; i++)
				out[i] = a[i];
		}
		else if (array instanceof byte[]) {
			final byte[] a = (byte[]) array;
			for (int i = 0; i < count; i++)
				out[i] = a[i];
		}
		else if (array instanceof BigInteger[]) {
			final BigInteger[] a = (BigInteger[]) array;
			for (int i = 0; i < count; i++)
				out[i] = a[i].doubleValue();
		}
		else {
			for (int i = 0; i < count; i++)
				out[i] = ((Number) Array.get(array, i)).doubleValue();
		}
		return out;
	}

	private static Class<?> box(final Class<?> c) {
		if (!c.isPrimitive()) return c;
		return c == boolean.class ? Boolean.class : c == char.class ? Character.class : Number.class;
	}
}
