package org.neuronmodels.service;

import ij.measure.ResultsTable;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.analysis.ObservedSpikes;
import org.neuronmodels.core.analysis.RecordedSweep;
import org.neuronmodels.io.nwb.NwbException;
import org.neuronmodels.io.nwb.NwbFile;
import org.neuronmodels.io.nwb.Quantity;
import org.neuronmodels.io.nwb.RecordedSeries;
import org.neuronmodels.io.nwb.SeriesInfo;
import org.neuronmodels.io.nwb.UnitsTable;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/** {@link NwbService} on {@link NwbFile}; the last stimulus read is kept (dialogs check inputs as they are typed). */
@Plugin(type = Service.class)
public class DefaultNwbService extends AbstractService implements NwbService {

	private Object[] lastStimulus; // {file, modified, series, sweep}

	@Override
	public boolean isNwb(final File file) {
		if (file == null) return false;
		final String name = file.getName().toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".nwb") || name.endsWith(".h5") || name.endsWith(".hdf5") || file.isFile() && NwbFile
			.isHdf5(file.toPath());
	}

	@Override
	public String summary(final File file, final String fileField) {
		try (NwbFile f = open(file, fileField)) {
			final List<UnitsTable> units = f.unitsTables();
			final int unitCount = units.stream().mapToInt(UnitsTable::size).sum();
			final long rows = f.intracellularRecordings();
			return file.getName() + ": NWB " + f.version() + ", " + f.series().size() + " time series, " + units
				.size() + " units table(s) with " + unitCount + " unit(s), " + (rows < 0
					? "no intracellular_recordings table" : "intracellular_recordings table with " + rows + " rows") +
				" (sweeps are paired by sweep_number)";
		}
		catch (final NwbException e) {
			throw e.renamed(fileField);
		}
	}

	@Override
	public ResultsTable seriesTable(final File file, final String fileField) {
		try (NwbFile f = open(file, fileField)) {
			return NwbTables.series(f.series());
		}
		catch (final NwbException e) {
			throw e.renamed(fileField);
		}
	}

	@Override
	public ResultsTable unitsTable(final File file, final String fileField) {
		try (NwbFile f = open(file, fileField)) {
			return NwbTables.units(f.unitsTables());
		}
		catch (final NwbException e) {
			throw e.renamed(fileField);
		}
	}

	@Override
	public RecordedSweep sweep(final File file, final String series, final String stimulusField,
		final String fileField, final String seriesField)
	{
		try (NwbFile f = open(file, fileField)) {
			final SeriesInfo info = f.find(series);
			final RecordedSeries v = f.read(info, Quantity.VOLTAGE);
			double[] current = null;
			if (stimulusField != null) {
				final SeriesInfo stim = f.stimulusFor(info);
				if (stim == null) throw new InvalidParameterException(stimulusField, stimulusField + ": " + file + ": " +
					info.path() + " has no stimulus series" + (info.sweep() < 0 ? " (it has no sweep_number)"
						: " with sweep_number " + info.sweep() + " in /stimulus/presentation") +
					"; leave " + stimulusField + " empty and describe the step (amplitude, stimStart, stimStop)");
				current = aligned(f.read(stim, Quantity.CURRENT), v, file, stimulusField);
			}
			return new RecordedSweep(v.startMs(), v.dtMs(), v.values(), current, file.getName() + ": " + v.path());
		}
		catch (final NwbException e) {
			throw e.renamed("series".equals(e.parameter()) ? seriesField : fileField);
		}
	}

	/** The stimulus samples, which must start and be sampled as the response (the end may differ by a sample). */
	private static double[] aligned(final RecordedSeries i, final RecordedSeries v, final File file,
		final String field)
	{
		if (Math.abs(i.dtMs() - v.dtMs()) > 1e-9 * v.dtMs() || Math.abs(i.startMs() - v.startMs()) > 1e-3 * v
			.dtMs() || Math.abs(i.length() - v.length()) > 1)
		{
			throw new InvalidParameterException(field, field + ": " + file + ": " + i.path() + " (" + i.length() +
				" samples from " + i.startMs() + " ms every " + i.dtMs() + " ms) does not match " + v.path() + " (" + v
					.length() + " samples from " + v.startMs() + " ms every " + v.dtMs() + " ms)");
		}
		final double[] out = new double[v.length()];
		final double[] values = i.values();
		System.arraycopy(values, 0, out, 0, Math.min(values.length, out.length));
		if (values.length < out.length) out[out.length - 1] = values[values.length - 1];
		return out;
	}

	@Override
	public synchronized RecordedSweep stimulus(final File file, final String series, final String fileField,
		final String seriesField)
	{
		final Object[] key = { file, file == null ? 0 : file.lastModified(), series, null };
		if (lastStimulus != null && Objects.equals(lastStimulus[0], key[0]) && Objects.equals(lastStimulus[1],
			key[1]) && Objects.equals(lastStimulus[2], key[2])) return (RecordedSweep) lastStimulus[3];
		try (NwbFile f = open(file, fileField)) {
			SeriesInfo info = f.find(series);
			if (info.quantity() == Quantity.VOLTAGE && f.stimulusFor(info) != null) info = f.stimulusFor(info);
			final RecordedSeries i = f.read(info, Quantity.CURRENT);
			key[3] = new RecordedSweep(i.startMs(), i.dtMs(), null, i.values(), file.getName() + ": " + i.path());
			lastStimulus = key;
			return (RecordedSweep) key[3];
		}
		catch (final NwbException e) {
			throw e.renamed("series".equals(e.parameter()) ? seriesField : fileField);
		}
	}

	@Override
	public ObservedSpikes spikes(final File file, final String unitId, final String fileField,
		final String unitField)
	{
		try (NwbFile f = open(file, fileField)) {
			return NwbTables.observed(f.unitsTables(), unitId, file, unitField);
		}
		catch (final NwbException e) {
			throw e.renamed(fileField);
		}
	}

	private static NwbFile open(final File file, final String fileField) {
		if (file == null) throw new InvalidParameterException(fileField, fileField + " is missing: give an NWB file");
		if (!Files.isRegularFile(file.toPath())) throw new InvalidParameterException(fileField, fileField + ": " +
			file + " does not exist");
		return NwbFile.open(file.toPath());
	}
}
