package org.neuronmodels.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.record.StagedData;

/**
 * An atomic output folder: writes everything a run produced into one
 * directory, all or nothing: charts
 * as {@code <name>.png} and {@code <name>.svg}, images of real numbers as
 * {@code <name>.tif}, results tables, spike lists ({@code neuron,time_ms}) and
 * the arrays given to it as {@code <name>.csv}, and
 * {@code outputs.json} with the command, its inputs, its scalar and array
 * outputs, the versions and the list of files. Every file is first written to
 * a temporary file in the directory; only when all of them are complete are
 * they moved into place, so a failure leaves no file behind. The files are
 * produced in parallel (one task per output, on up to as many threads as there
 * are processors), since encoding an image and rendering a chart take long
 * and are independent; the result does not depend on it.
 */
public final class OutputFolder {

	/** Name of the run record written beside the output files. */
	public static final String RECORD = "outputs.json";

	/** The run record's JSON tree, made once the files and notes are known. */
	@FunctionalInterface
	public interface RecordTree {

		/** The tree written to {@value #RECORD}, listing {@code files} and {@code notes}. */
		Object tree(List<String> files, List<String> notes);
	}

	/** A file output written by its own code (e.g. results.h5): staged and committed with the others. */
	public static final class NamedFile {

		final String fileName;
		final AtomicFiles.PathBody body;

		/** The file {@code fileName} in the folder, written by {@code body} to a temporary file. */
		public NamedFile(final String fileName, final AtomicFiles.PathBody body) {
			this.fileName = fileName;
			this.body = body;
		}
	}

	private final Path dir;

	/** A folder at {@code dir} (created when writing if missing). */
	public OutputFolder(final Path dir) {
		this.dir = dir;
	}

	/**
	 * Writes every file output (charts, tables, images; other values get a note)
	 * and the run record; returns the names of the files written.
	 */
	public List<String> write(final Map<String, Object> fileOutputs, final RecordTree record)
		throws IOException
	{
		final boolean created = !Files.isDirectory(dir);
		Files.createDirectories(dir);
		final Map<Path, Path> staged = new LinkedHashMap<>(); // target -> temp
		try {
			final List<String> notes = new ArrayList<>();
			final List<Callable<Map<Path, Path>>> tasks = new ArrayList<>();
			for (final Map.Entry<String, Object> e : fileOutputs.entrySet()) {
				final String name = e.getKey();
				final Object value = e.getValue();
				if (value == null) continue;
				if (!isFileOutput(value)) {
					notes.add("output '" + name + "' (" + value.getClass().getName() +
						") has no file format and was not written");
					continue;
				}
				tasks.add(() -> {
					final Map<Path, Path> files = new LinkedHashMap<>();
					try {
						stageOutput(name, value, files);
						return files;
					}
					catch (final IOException | RuntimeException | Error exc) {
						files.values().forEach(AtomicFiles::deleteQuietly);
						throw exc;
					}
				});
			}
			ParallelStaging.run(tasks, staged);
			final List<String> files = new ArrayList<>();
			for (final Path target : staged.keySet()) {
				files.add(target.getFileName().toString());
			}
			final String json = Json.toJson(record.tree(files, notes)) +
				"\n";
			stage(dir.resolve(RECORD), staged, temp -> Files.write(temp, json
				.getBytes(StandardCharsets.UTF_8)));
			for (final Map.Entry<Path, Path> e : staged.entrySet()) {
				AtomicFiles.commit(e.getValue(), e.getKey());
			}
			files.add(RECORD);
			return files;
		}
		catch (final IOException | RuntimeException | Error exc) {
			staged.values().forEach(AtomicFiles::deleteQuietly);
			if (created) AtomicFiles.deleteQuietly(dir); // only if still empty
			throw exc;
		}
	}

	/** Whether the launcher writes a file for a value of this kind. */
	public static boolean isFileOutput(final Object value) {
		return value instanceof NamedFile || value instanceof StagedData || value instanceof JFreeChart ||
			value instanceof ResultsTable || value instanceof ImagePlus || isRealImage(value) ||
			value instanceof SpikeRecord || ArrayFiles.isArray(value);
	}

	// -- Helper methods --

	private void stageOutput(final String name, final Object value,
		final Map<Path, Path> staged) throws IOException
	{
		if (value instanceof NamedFile) {
			stage(dir.resolve(((NamedFile) value).fileName), staged, ((NamedFile) value).body);
		}
		else if (value instanceof StagedData) { // streamed while the run computed: moved, not copied
			stage(dir.resolve(((StagedData) value).fileName()), staged, ((StagedData) value)::moveTo);
		}
		else if (value instanceof JFreeChart) {
			final JFreeChart chart = (JFreeChart) value;
			stageStream(dir.resolve(name + ".png"), staged, out -> ChartFiles
				.writePng(chart, out, ChartFiles.WIDTH, ChartFiles.HEIGHT));
			stageStream(dir.resolve(name + ".svg"), staged, out -> ChartFiles
				.writeSvg(chart, out, ChartFiles.WIDTH, ChartFiles.HEIGHT));
		}
		else if (value instanceof ResultsTable) {
			stageStream(dir.resolve(name + ".csv"), staged, out -> CsvFiles.write(
				(ResultsTable) value, out));
		}
		else if (value instanceof SpikeRecord) { // neuron,time_ms: one row per spike
			stageStream(dir.resolve(name + ".csv"), staged, out -> ((SpikeRecord) value).writeCsv(out));
		}
		else if (ArrayFiles.isArray(value)) {
			stageStream(dir.resolve(name + ".csv"), staged, out -> ArrayFiles.write(name, value, out));
		}
		else {
			final Path target = dir.resolve(name + ".tif");
			final ImagePlus imp = value instanceof ImagePlus ? (ImagePlus) value
				: TiffFiles.toImagePlus(realImage(value), name);
			staged.put(target, TiffFiles.stage(imp, target));
		}
	}

	private static void stageStream(final Path target,
		final Map<Path, Path> staged, final AtomicFiles.StreamBody body)
		throws IOException
	{
		staged.put(target, AtomicFiles.stage(target, body));
	}

	private static void stage(final Path target, final Map<Path, Path> staged,
		final AtomicFiles.PathBody body) throws IOException
	{
		staged.put(target, AtomicFiles.stagePath(target, body));
	}

	private static boolean isRealImage(final Object value) {
		if (!(value instanceof RandomAccessibleInterval)) return false;
		final RandomAccessibleInterval<?> rai = (RandomAccessibleInterval<?>) value;
		try {
			return rai.getType() instanceof RealType;
		}
		catch (final RuntimeException exc) {
			return false;
		}
	}

	@SuppressWarnings("unchecked")
	private static RandomAccessibleInterval<? extends RealType<?>> realImage(
		final Object value)
	{
		return (RandomAccessibleInterval<? extends RealType<?>>) value;
	}
}
