package org.neuronmodels.command;

import ij.measure.ResultsTable;

import java.io.File;

import org.neuronmodels.service.NwbService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Lists what an NWB 2.x file holds: its time series (type, unit, length,
 * start, sampling interval, sweep number, and why one cannot be read) and the
 * units of its units tables.
 */
@Plugin(type = Command.class, label = "NWB File Info", menuPath = "Plugins>Neuron Models>NWB File Info...")
public class NwbFileInfoCommand extends NeuronModelsCommand {

	@Parameter
	private NwbService nwb;

	@Parameter(label = "NWB file", description = "An NWB 2.x file (HDF5), e.g. from DANDI or the Allen Institute, " +
		"or a results.h5 written with --h5.")
	File file;

	@Parameter(type = ItemIO.OUTPUT, label = "Summary")
	String summary;
	@Parameter(type = ItemIO.OUTPUT, label = "Time series count")
	int seriesCount;
	@Parameter(type = ItemIO.OUTPUT, label = "Unit count")
	int unitCount;
	@Parameter(type = ItemIO.OUTPUT, label = "Time series")
	ResultsTable series;
	@Parameter(type = ItemIO.OUTPUT, label = "Units")
	ResultsTable units;

	@Override
	protected void execute() {
		summary = nwb.summary(file, "file");
		series = nwb.seriesTable(file, "file");
		units = nwb.unitsTable(file, "file");
		seriesCount = series.size();
		unitCount = units.size();
	}
}
