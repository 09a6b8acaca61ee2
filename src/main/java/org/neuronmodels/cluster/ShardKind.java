package org.neuronmodels.cluster;

import java.util.Map;
import java.util.ServiceLoader;

/**
 * A kind of sweep that can be sharded (a Parameter Sweep, an f–I curve): its
 * name in spec files, and the computer of a shard from the spec's inputs.
 * Kinds are found with {@link ServiceLoader} (listed in
 * {@code META-INF/services/org.neuronmodels.cluster.ShardKind}), so a task needs
 * nothing but the spec to know what to compute.
 */
public interface ShardKind {

	/** The kind's name in spec files, e.g. "sweep" or "fi". */
	String kind();

	/** The computer of a shard of the sweep whose spec inputs are {@code inputs} (checks them first). */
	PartComputer computer(Map<String, String> inputs);

	/** The kind named {@code name}; fails naming it if no kind on the class path has that name. */
	static ShardKind named(final String name) {
		for (final ShardKind k : ServiceLoader.load(ShardKind.class, ShardKind.class.getClassLoader()))
			if (k.kind().equals(name)) return k;
		throw new IllegalArgumentException("no kind of sweep \"" + name + "\" on this class path");
	}
}
