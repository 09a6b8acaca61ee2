package org.neuronmodels.docs;

import java.io.IOException;
import java.nio.file.Paths;

import org.neuronmodels.io.ChartFiles;
import org.neuronmodels.io.nwb.NwbFile;
import org.neuronmodels.io.nwb.NwbTestFiles;
import org.neuronmodels.io.nwb.Quantity;
import org.neuronmodels.io.nwb.RecordedSeries;
import org.neuronmodels.io.nwb.SeriesInfo;
import org.neuronmodels.plot.XYChartBuilder;
import org.neuronmodels.plot.XYChartBuilder.Style;

/**
 * The figure of plugins-docs/nwb-file-info.md: the three sweeps of the test
 * file icephys.nwb (int16 data × conversion + offset, chunked, gzip) and their
 * stimulus series, as the reader returns them, each on its own time axis from
 * its starting_time. Run from the repository root:
 * {@code java -cp target/test-classes:target/classes:<class path> org.neuronmodels.docs.NwbFileInfoFigure}.
 */
public final class NwbFileInfoFigure {

	private NwbFileInfoFigure() {}

	public static void main(final String[] args) throws IOException {
		final XYChartBuilder chart = XYChartBuilder.create("icephys.nwb read by the NWB reader: three current-clamp " +
			"sweeps and their stimulus series", "Time (ms)", false);
		try (NwbFile f = NwbFile.open(NwbTestFiles.file("icephys.nwb"))) {
			chart.panel("I (nA)", 1, false);
			for (int sweep = 0; sweep < 3; sweep++) {
				final SeriesInfo response = f.find("sweep " + sweep);
				final RecordedSeries i = f.read(f.stimulusFor(response), Quantity.CURRENT);
				chart.series("sweep " + sweep + " stimulus", i.time(), i.values(), Style.LINE);
			}
			chart.panel("V (mV)", 3, false);
			for (int sweep = 0; sweep < 3; sweep++) {
				final RecordedSeries v = f.read(f.find("sweep " + sweep), Quantity.VOLTAGE);
				chart.series("sweep " + sweep + " (" + v.path() + ")", v.time(), v.values(), Style.LINE);
			}
		}
		ChartFiles.save(chart.build(), Paths.get("plugins-docs/images/nwb-file-info.png"));
		System.out.println("plugins-docs/images/nwb-file-info.png");
	}
}
