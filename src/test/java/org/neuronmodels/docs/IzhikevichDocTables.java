package org.neuronmodels.docs;

import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.izhikevich.IzhikevichCell;
import org.neuronmodels.core.izhikevich.IzhikevichPreset;
import org.neuronmodels.core.izhikevich.IzhikevichPresets;

/** The preset table of plugins-docs/izhikevich.md, generated from the catalogue (the input and output
 * tables come from {@link ParameterTables}). */
public final class IzhikevichDocTables {

	private IzhikevichDocTables() {}

	/** The preset table: label, a, b, c, d, v0, u0, dt, duration, protocol, equation changes, scheme. */
	public static String presets() {
		final StringBuilder sb = new StringBuilder(
			"| preset | a | b | c (mV) | d | v0 (mV) | u0 | dt (ms) | duration (ms) | stimulus I(t) | equations | published scheme |\n" +
				"|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		final List<IzhikevichPreset> all = IzhikevichPresets.all();
		for (final IzhikevichPreset p : all) {
			final IzhikevichCell c = p.cell();
			final String eq = c.describe().contains(";") ? c.describe().substring(c.describe().indexOf(';') + 2)
				: "standard";
			sb.append("| ").append(p.label()).append(" | ").append(Checks.fmt(c.a)).append(" | ").append(Checks.fmt(c.b))
				.append(" | ").append(Checks.fmt(c.c)).append(" | ").append(Checks.fmt(c.d)).append(" | ").append(Checks
					.fmt(p.vInit())).append(" | ").append(Checks.fmt(p.uInit())).append(" | ").append(Checks.fmt(p.dt()))
				.append(" | ").append(Checks.fmt(p.duration())).append(" | ").append(p.stimulus().describe()).append(
					" | ").append(eq).append(" | ").append(p.publishedScheme().label()).append(" |\n");
		}
		return sb.toString();
	}

	/** Prints the preset table (paste it into plugins-docs/izhikevich.md). */
	public static void main(final String... args) {
		System.out.print(presets());
	}
}
