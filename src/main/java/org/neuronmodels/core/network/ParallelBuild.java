package org.neuronmodels.core.network;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

import org.neuronmodels.core.InvalidParameterException;

/**
 * Builds connectivity on every core without changing a single bit of it: the
 * random rules draw each row (or each target) from its own stream, so rows can
 * be drawn in any order and on any thread. {@link #rows} draws blocks of rows
 * into small per-thread buffers and appends them to the target array strictly
 * in block order; {@link #tasks} runs a fixed number of independent tasks.
 */
final class ParallelBuild {

	/** Synapses per block of rows drawn at once (about 1 MB of targets). */
	static final int BLOCK_SYNAPSES = 1 << 18;

	private ParallelBuild() {}

	/** The targets of rows, appended by a {@link RowDrawer} to {@code data[count]} (growing it when full). */
	static final class Buffer {

		int[] data = new int[1024];
		int count;

		/** Doubles the room for targets (keeping the first {@code count}) and returns the new array. */
		int[] grow() {
			return data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, 2L * data.length));
		}
	}

	/** Draws the (ascending) targets of row {@code r} into {@code out}. */
	interface RowDrawer {

		void draw(int r, Buffer out);
	}

	/** The threads to build with: every core (the result does not depend on it). */
	static int threads() {
		return Math.max(1, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Draws rows {@code 0 … pre-1} with {@code drawer} into {@code rows} (row
	 * starts, length pre + 1) and returns the target array, at least
	 * {@code capacity} long (its tail beyond {@code rows[pre]} unused).
	 */
	static int[] rows(final int pre, final int[] rows, final long capacity, final double perRow,
		final RowDrawer drawer, final LongConsumer progress)
	{
		return draw(pre, rows, capacity, perRow, drawer, progress, false).targets;
	}

	/**
	 * The same rows packed ({@link PackedTargets}): each thread encodes its
	 * blocks itself, so packing costs no time on the shared array;
	 * {@code capacityChars}: the expected chars with a margin (the array grows
	 * beyond it if needed).
	 */
	static PackedTargets packedRows(final int pre, final int[] rows, final long capacityChars, final double perRow,
		final RowDrawer drawer, final LongConsumer progress)
	{
		final State st = draw(pre, rows, capacityChars, perRow, drawer, progress, true);
		return new PackedTargets(st.chars, st.rowChar);
	}

	private static State draw(final int pre, final int[] rows, final long capacity, final double perRow,
		final RowDrawer drawer, final LongConsumer progress, final boolean packed)
	{
		final int blockRows = (int) Math.max(1, Math.min(pre, BLOCK_SYNAPSES / (perRow + 1)));
		final int blocks = (pre + blockRows - 1) / blockRows;
		final State st = new State((int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, capacity)), packed ? pre : -1);
		final AtomicInteger next = new AtomicInteger();
		tasks(Math.min(threads(), blocks), t -> {
			try {
				final Buffer buf = new Buffer();
				final int[] ends = new int[blockRows], charEnds = packed ? new int[blockRows] : null;
				char[] enc = packed ? new char[4096] : null;
				for (int b; (b = next.getAndIncrement()) < blocks;) {
					final int r0 = b * blockRows, r1 = Math.min(pre, r0 + blockRows);
					buf.count = 0;
					for (int r = r0; r < r1; r++) {
						drawer.draw(r, buf);
						ends[r - r0] = buf.count;
					}
					int encoded = 0;
					if (packed) {
						if (PackedTargets.maxChars(buf.count) > enc.length) enc = new char[PackedTargets.maxChars(
							buf.count)];
						for (int r = r0, from = 0; r < r1; r++) {
							encoded = PackedTargets.encode(buf.data, from, ends[r - r0] - from, enc, encoded);
							charEnds[r - r0] = encoded;
							from = ends[r - r0];
						}
					}
					if (!st.commit(b, buf, ends, r0, r1, rows, enc, encoded, charEnds)) return;
					progress.accept(buf.count);
				}
			}
			catch (final RuntimeException | Error e) {
				st.fail(); // NB: the others must not wait for this thread's block
				throw e;
			}
		});
		return st;
	}

	/** The shared target array (or packed chars) and the block whose turn it is to be appended. */
	private static final class State {

		int[] targets;
		char[] chars;
		final int[] rowChar;
		int turn, fill, fillChars;
		boolean failed;

		/** Room for {@code capacity} targets, or chars when {@code packedRows ≥ 0} rows are packed. */
		State(final int capacity, final int packedRows) {
			if (packedRows >= 0) {
				chars = new char[capacity];
				rowChar = new int[packedRows + 1];
			}
			else {
				targets = new int[capacity];
				rowChar = null;
			}
		}

		/** Appends block {@code b} once every earlier block is in; false when another thread failed. */
		synchronized boolean commit(final int b, final Buffer buf, final int[] ends, final int r0, final int r1,
			final int[] rows, final char[] enc, final int encoded, final int[] charEnds)
		{
			try {
				while (turn != b && !failed)
					wait();
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
				failed = true;
			}
			if (failed) {
				notifyAll();
				return false;
			}
			if ((long) fill + buf.count > Integer.MAX_VALUE - 8 || (long) fillChars + encoded > Integer.MAX_VALUE - 8) {
				failed = true;
				notifyAll();
				throw new InvalidParameterException("neurons", "the network would have more than " +
					(Integer.MAX_VALUE - 8) + " synapses in one projection (use fewer neurons or a lower connection " +
					"probability)");
			}
			if (chars != null) {
				if (fillChars + encoded > chars.length) chars = Arrays.copyOf(chars, grown(chars.length, fillChars, encoded));
				System.arraycopy(enc, 0, chars, fillChars, encoded);
				for (int r = r0; r < r1; r++)
					rowChar[r + 1] = fillChars + charEnds[r - r0];
				fillChars += encoded;
			}
			else {
				if (fill + buf.count > targets.length) targets = Arrays.copyOf(targets, grown(targets.length, fill,
					buf.count));
				System.arraycopy(buf.data, 0, targets, fill, buf.count);
			}
			for (int r = r0; r < r1; r++)
				rows[r + 1] = fill + ends[r - r0];
			fill += buf.count;
			turn++;
			notifyAll();
			return true;
		}

		/** The length an array of {@code length} (filled to {@code fill}) grows to for {@code more} elements. */
		private static int grown(final int length, final int fill, final int more) {
			return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(fill + (long) more, length + (length >> 3)));
		}

		synchronized void fail() {
			failed = true;
			notifyAll();
		}
	}

	/** Runs {@code task.accept(0 … count-1)}, each on its own thread (the last on the caller's); rethrows the first failure. */
	static void tasks(final int count, final IntConsumer task) {
		final Throwable[] failure = new Throwable[1];
		final Thread[] helpers = new Thread[count - 1];
		for (int t = 0; t < helpers.length; t++) {
			final int id = t;
			helpers[t] = new Thread(() -> {
				try {
					task.accept(id);
				}
				catch (final RuntimeException | Error e) {
					synchronized (failure) {
						if (failure[0] == null) failure[0] = e;
					}
				}
			}, "network-build-" + t);
			helpers[t].setDaemon(true);
			helpers[t].start();
		}
		try {
			task.accept(count - 1);
		}
		catch (final RuntimeException | Error e) {
			synchronized (failure) {
				if (failure[0] == null) failure[0] = e;
			}
		}
		boolean interrupted = false;
		for (final Thread h : helpers)
			while (h.isAlive())
				try {
					h.join();
				}
				catch (final InterruptedException e) {
					interrupted = true;
				}
		if (interrupted) Thread.currentThread().interrupt();
		final Throwable f = failure[0];
		if (f instanceof RuntimeException) throw (RuntimeException) f;
		if (f instanceof Error) throw (Error) f;
	}
}
