package org.neuronmodels.commandsweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuronmodels.cluster.SlurmSettings;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.ParallelRuns;
import org.neuronmodels.core.sweep.SweepAxis;
import org.neuronmodels.core.sweep.SweepTableSink;
import org.scijava.Context;

/**
 * What to sweep, built fluently (from scripts via
 * {@code NeuronModelsService.sweep(command)}, or by the Parameter Sweep
 * command): a neuron command, one or two of its numeric inputs with their
 * values, the scalar output to measure, the other inputs, and how to run.
 * <pre>
 * neuron.sweep("Leaky Integrate-and-Fire")
 *     .vary("tauM", 5, 50, 10, "Log").vary("amplitude", 1, 4, 10)
 *     .measure("firingRate").fixed("duration=500, stimStop=450").run()
 * </pre>
 */
public final class SweepRequest {

	private final Context context;
	private final String command;
	private final List<String> parameters = new ArrayList<>();
	private final List<Object> ranges = new ArrayList<>(); // SweepAxis or text
	private String measure = "firingRate";
	private String fixedInputs = "";
	private final Map<String, Object> fixedValues = new LinkedHashMap<>();
	private int threads = ParallelRuns.defaultThreads();
	private int traces = 3;
	private boolean vectorize = true;
	private SlurmSettings slurm;
	private java.util.function.Supplier<SweepTableSink> tableFile;

	/** A sweep of {@code command} (its label, class name or simple class name) run in {@code context}. */
	public SweepRequest(final Context context, final String command) {
		this.context = context;
		this.command = command;
	}

	/** Sweeps {@code parameter} over {@code "min, max, steps[, Linear|Log]"}. */
	public SweepRequest vary(final String parameter, final String values) {
		parameters.add(parameter);
		ranges.add(values);
		return this;
	}

	/** Sweeps {@code parameter} over {@code steps} linearly spaced values from {@code min} to {@code max}. */
	public SweepRequest vary(final String parameter, final double min, final double max, final int steps) {
		return vary(parameter, min, max, steps, "Linear");
	}

	/** Sweeps {@code parameter} over {@code steps} values from {@code min} to {@code max}, "Linear" or "Log". */
	public SweepRequest vary(final String parameter, final double min, final double max, final int steps,
		final String spacing)
	{
		final String field = "values" + (parameters.size() + 1);
		parameters.add(parameter);
		ranges.add(SweepAxis.of(parameter, field, min, max, steps, SweepAxis.Spacing.fromLabel(field, spacing)));
		return this;
	}

	/** The scalar output to measure (default "firingRate"). */
	public SweepRequest measure(final String output) {
		this.measure = output;
		return this;
	}

	/** Other inputs of the command as {@code "key=value,..."} (as the launcher reads them). */
	public SweepRequest fixed(final String keyValues) {
		this.fixedInputs = keyValues == null ? "" : keyValues;
		return this;
	}

	/** Sets one other input of the command (converted and checked like a key=value input). */
	public SweepRequest set(final String input, final Object value) {
		fixedValues.put(input, value);
		return this;
	}

	/** The number of threads (default: the number of processors). */
	public SweepRequest threads(final int count) {
		this.threads = count;
		return this;
	}

	/** Traces kept for up to {@code perAxis} points per axis (default 3: a 3 × 3 grid of traces in 2-D). */
	public SweepRequest traces(final int perAxis) {
		this.traces = perAxis;
		return this;
	}

	/** Whether a LIF sweep may run as one vectorised population (default true; same numbers). */
	public SweepRequest vectorize(final boolean allowed) {
		this.vectorize = allowed;
		return this;
	}

	/** Runs the sweep as a SLURM array job of {@code shards} tasks with extra sbatch {@code options}; see {@link #onSlurm(SlurmSettings)}. */
	public SweepRequest onSlurm(final int shards, final String options) {
		return onSlurm(SlurmSettings.of(shards, options));
	}

	/**
	 * Runs the sweep as a SLURM array job (null: on this machine): the same outputs, bit for bit, for
	 * any number of shards. Set the work directory (on the shared file system) in {@code settings}.
	 */
	public SweepRequest onSlurm(final SlurmSettings settings) {
		this.slurm = settings;
		return this;
	}

	/**
	 * Where a 2-D sweep of more than 10⁶ points streams its rows: the table file {@code files} makes (asked
	 * only then; e.g. {@code neuron.analysis().sweepTableFile(folder, "table.csv")}). Such a sweep always
	 * runs in blocks and keeps the charts, the binned heatmap and the scalars alone
	 * ({@link SweepOutcome#tableFile()}); without a table file its rows are not kept (the log says so).
	 */
	public SweepRequest streamTo(final java.util.function.Supplier<SweepTableSink> files) {
		this.tableFile = files;
		return this;
	}

	/** The SLURM settings, or null to run on this machine. */
	public SlurmSettings slurm() {
		return slurm;
	}

	/** Runs the sweep. */
	public SweepOutcome run() {
		return run(ProgressMonitor.NONE);
	}

	/** Runs the sweep, reporting progress to and stopping when asked by {@code monitor}. */
	public SweepOutcome run(final ProgressMonitor monitor) {
		return slurm == null ? new CommandSweep(context, this).run(monitor) : new ClusterSweep(context, this).run(
			monitor);
	}

	/** The inputs that decide the numbers, as text (threads and the executor left out): a shard's spec. */
	Map<String, String> specInputs() {
		final Map<String, String> in = new LinkedHashMap<>();
		in.put("command", command);
		for (int k = 0; k < parameters.size(); k++) {
			in.put("parameter" + (k + 1), parameters.get(k));
			final Object r = ranges.get(k);
			in.put("values" + (k + 1), r instanceof SweepAxis ? Double.toString(((SweepAxis) r).min()) + ", " + Double
				.toString(((SweepAxis) r).max()) + ", " + ((SweepAxis) r).size() + ", " + ((SweepAxis) r).spacing().label()
				: String.valueOf(r));
		}
		in.put("measure", measure);
		in.put("fixedInputs", fixedInputs);
		fixedValues.forEach((k, v) -> in.put("set." + k, String.valueOf(v)));
		in.put("tracesPerAxis", String.valueOf(traces));
		in.put("vectorize", String.valueOf(vectorize));
		return in;
	}

	/** The request a shard's spec inputs describe ({@link #specInputs()}), run on this machine. */
	static SweepRequest fromSpecInputs(final Context context, final Map<String, String> in) {
		final SweepRequest r = new SweepRequest(context, in.get("command"));
		for (int k = 1; in.containsKey("parameter" + k); k++)
			r.vary(in.get("parameter" + k), in.get("values" + k));
		r.measure(in.get("measure")).fixed(in.get("fixedInputs")).traces(Integer.parseInt(in.get("tracesPerAxis")))
			.vectorize(Boolean.parseBoolean(in.get("vectorize")));
		in.forEach((k, v) -> {
			if (k.startsWith("set.")) r.set(k.substring(4), v);
		});
		return r;
	}

	// -- Accessors for CommandSweep --

	/** The table file a streamed sweep of {@code points} writes its rows to, or null (the log says so). */
	SweepTableSink streamSink(final int points) {
		final SweepTableSink file = tableFile == null ? null : tableFile.get();
		if (file == null) log(SweepStream.notKept(points));
		return file;
	}

	/** Writes one line for the user ({@link org.neuronmodels.module.UserNotes}: Fiji's console, or stderr headless). */
	void log(final String line) {
		org.neuronmodels.module.UserNotes.note(context, line);
	}

	String command() {
		return command;
	}

	List<String> parameters() {
		return Collections.unmodifiableList(parameters);
	}

	List<Object> ranges() {
		return Collections.unmodifiableList(ranges);
	}

	String measure() {
		return measure;
	}

	String fixedInputs() {
		return fixedInputs;
	}

	Map<String, Object> fixedValues() {
		return Collections.unmodifiableMap(fixedValues);
	}

	int threads() {
		return threads;
	}

	int traces() {
		return traces;
	}

	boolean vectorize() {
		return vectorize;
	}
}
