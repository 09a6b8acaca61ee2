/**
 * Sweeps sharded onto SLURM array jobs: the sweep spec file, the shard plan,
 * {@code sbatch}/{@code squeue}/{@code scontrol}/{@code scancel} run as
 * argument lists (never through a shell), the per-task script, the shard parts
 * and exit markers written atomically by each task, waiting with progress,
 * resubmission of failed shards, resume, and the merge of the parts. Framework-free:
 * what a shard computes is given by the caller ({@link org.neuronmodels.cluster.PartComputer}).
 */
package org.neuronmodels.cluster;
