package org.neuronmodels.plot;

import org.neuronmodels.table.Tables;

/** A plot class that uses a table, which the package map forbids: ArchitectureTest must reject it. */
public final class MapOffender {

	private MapOffender() {}

	/** Uses the table package. */
	public static Class<?> use() {
		return Tables.class;
	}
}
