package org.neuronmodels.cluster;

/**
 * The batch script of a sweep's array job. It runs the preamble (e.g.
 * {@code module load java/17}), sizes the Java heap from the job's memory
 * (3/4 of {@code SLURM_MEM_PER_NODE}, or of {@code SLURM_MEM_PER_CPU} × CPUs),
 * and runs the launcher directly —
 * {@code java -cp <class path> <main class> --headless --spec spec.json --shard i/N} —
 * never the build script (which could rebuild inside a task). The Java is the
 * submitting installation's if the node has it at the same path (and no preamble
 * chose another), else {@code java} on the PATH.
 */
final class TaskScript {

	private TaskScript() {}

	/** The script's text for {@code spec} in {@code dir}, with {@code preamble} lines first. */
	static String text(final SweepSpec spec, final WorkDirectory dir, final String preamble) {
		final boolean hasPreamble = preamble != null && !preamble.trim().isEmpty();
		final StringBuilder s = new StringBuilder();
		s.append("#!/bin/bash\n");
		s.append("# One shard of the Neuron Models sweep in ").append(dir.spec()).append(" (written by the sweep; ");
		s.append("SLURM runs it once per array task).\n");
		if (hasPreamble) s.append("# -- slurmPreamble --\n").append(preamble.trim()).append("\n# --\n");
		s.append("cpus=${SLURM_CPUS_PER_TASK:-1}\n");
		s.append("mem=${SLURM_MEM_PER_NODE:-}\n");
		s.append("if [ -z \"$mem\" ] && [ -n \"${SLURM_MEM_PER_CPU:-}\" ]; then mem=$((SLURM_MEM_PER_CPU * cpus)); fi\n");
		s.append("heap=()\n");
		s.append("if [ -n \"$mem\" ] && [ \"$mem\" -gt 0 ] 2>/dev/null; then heap=(\"-Xmx$((mem * 3 / 4))m\"); fi\n");
		s.append("java_exe=").append(quote(spec.java())).append('\n');
		if (hasPreamble) s.append("if command -v java >/dev/null 2>&1; then java_exe=java; fi\n");
		s.append("[ -x \"$java_exe\" ] || java_exe=java\n");
		s.append("exec \"$java_exe\" ${heap[@]+\"${heap[@]}\"} -XX:+UseSerialGC -Djava.awt.headless=true \\\n");
		s.append("\t-cp ").append(quote(String.join(java.io.File.pathSeparator, spec.classPath()))).append(" \\\n");
		s.append("\t").append(quote(spec.mainClass())).append(" --headless --spec ").append(quote(dir.spec()
			.toString())).append(" --shard \"$SLURM_ARRAY_TASK_ID/").append(spec.shards()).append("\"\n");
		return s.toString();
	}

	/** {@code text} in single quotes for bash. */
	static String quote(final String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}
}
