package org.neuronmodels.command;

import java.io.File;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neuronmodels.cluster.SlurmSettings;
import org.neuronmodels.module.UserNotes;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;

/**
 * Base of the commands that can run their sweep on a SLURM cluster
 * (Parameter Sweep, f–I Curve): the executor inputs, declared once. With
 * {@code executor = "SLURM"} the sweep becomes one {@code sbatch} array job
 * of {@code shards} tasks; the outputs are those of a local run, bit for bit.
 */
public abstract class SweepExecutorCommand extends NeuronModelsCommand {

	/** The executors. */
	public static final String LOCAL = "Local", SLURM = "SLURM";

	@Parameter(label = "Executor", description = "Local: on this computer's cores; SLURM: as an sbatch array job on " +
		"the cluster this computer submits to (see plugins-docs/cluster.md).", choices = { LOCAL, SLURM })
	String executor = LOCAL;

	@Parameter(label = "SLURM shards", description = "SLURM: the number of array tasks the points are split into " +
		"(capped at the number of points).", min = SlurmSettings.SHARDS_MIN, max = SlurmSettings.SHARDS_MAX)
	int shards = 16;

	@Parameter(label = "SLURM options", description = "SLURM: extra sbatch options, each passed as its own argument " +
		"(never through a shell), e.g. --partition=compute --time=01:00:00 --mem=4G --account=lab.", required = false)
	String slurmOptions = "";

	@Parameter(label = "SLURM preamble", description = "SLURM: shell lines each task runs before Java, e.g. module " +
		"load java/17.", required = false)
	String slurmPreamble = "";

	@Parameter(label = "SLURM work directory", description = "SLURM: a folder on the cluster's shared file system " +
		"for the spec, task script, parts and logs (the launcher's default: beside --out); run again with the same " +
		"folder to resume or collect.", required = false)
	String workDirectory = "";

	@Parameter(label = "Wait for the SLURM job", description = "SLURM: wait for every shard and merge (on), or " +
		"submit, print the job id and return (off).")
	boolean wait = true;

	@Parameter(label = "Keep the SLURM work directory", description = "SLURM: keep the work directory after a " +
		"successful merge (it is always kept until then).")
	boolean keepWorkDirectory = false;

	@Parameter(label = OutputFolderInput.LABEL, description = OutputFolderInput.DESCRIPTION, required = false,
		persist = false, style = OutputFolderInput.STYLE)
	File outputFolder;

	/** The SLURM settings the inputs give, or null to run on this computer. */
	protected SlurmSettings slurmSettings() {
		if (!SLURM.equals(executor)) return null;
		return SlurmSettings.of(shards, slurmOptions).preamble(slurmPreamble).workDirectory(workDirectory)
			.waitForResult(wait).keepWorkDirectory(keepWorkDirectory);
	}

	/**
	 * The inputs the command itself declares (not the executor's), by field name, as text that
	 * converts back to the same values (doubles in full precision): a shard's spec.
	 */
	Map<String, String> inputTexts() {
		final Map<String, String> in = new LinkedHashMap<>();
		for (final Field f : getClass().getDeclaredFields()) {
			final Parameter p = f.getAnnotation(Parameter.class);
			if (p == null || p.type() != ItemIO.INPUT || Service.class.isAssignableFrom(f.getType()) || p
				.visibility() == ItemVisibility.MESSAGE) continue;
			try {
				f.setAccessible(true);
				in.put(f.getName(), String.valueOf(f.get(this)));
			}
			catch (final IllegalAccessException | RuntimeException e) {
				throw new IllegalStateException("cannot read input " + f.getName(), e);
			}
		}
		return in;
	}

	/** Writes a line for the user ({@link UserNotes}: Fiji's console, or stderr headless). */
	void log(final String line) {
		UserNotes.note(context(), line);
	}

	@Override
	protected void checkInputs() {
		slurmSettings(); // the options must split (quotes closed, no --array)
	}
}
