package org.neuronmodels.docs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.izhikevich.IzhikevichCell;
import org.neuronmodels.core.izhikevich.IzhikevichPreset;
import org.neuronmodels.core.izhikevich.IzhikevichPresets;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.service.Service;

/** The Markdown tables of the Izhikevich documentation pages, generated from the code. */
public final class IzhikevichDocTables {

	private static final Pattern UNIT = Pattern.compile("\\(([^;)]*)[;)]");

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

	/** The input table of a command: field, label, unit, default, range or choices, description. */
	public static String inputs(final Context context, final Class<? extends Command> command) {
		final CommandInfo info = context.service(CommandService.class).getCommand(command);
		final Module module = context.service(ModuleService.class).createModule(info);
		final StringBuilder sb = new StringBuilder("| field | label | unit | default | range | description |\n" +
			"|---|---|---|---|---|---|\n");
		for (final ModuleItem<?> declared : info.inputs()) {
			if (declared.getIOType() != ItemIO.INPUT && declared.getIOType() != ItemIO.BOTH) continue;
			if (Service.class.isAssignableFrom(declared.getType()) || Context.class.isAssignableFrom(declared
				.getType())) continue;
			final ModuleItem<?> item = module.getInfo().getInput(declared.getName());
			final String label = item.getLabel();
			final Matcher m = UNIT.matcher(label);
			final String unit = m.find() ? m.group(1).trim() : "—";
			final Object value = module.getInput(item.getName());
			final String range = item.getChoices() != null && !item.getChoices().isEmpty() ? String.join(", ", item
				.getChoices().stream().map(Object::toString).toArray(String[]::new)) : item.getMinimumValue() == null &&
					item.getMaximumValue() == null ? "—" : "[" + bound(item.getMinimumValue()) + ", " + bound(item
						.getMaximumValue()) + "]";
			sb.append("| `").append(item.getName()).append("` | ").append(label).append(" | ").append(unit).append(
				" | ").append(value == null ? "—" : value instanceof Double ? Checks.fmt((Double) value) : value
					.toString()).append(" | ").append(range).append(" | ").append(item.getDescription() == null ? ""
						: item.getDescription()).append(" |\n");
		}
		return sb.toString();
	}

	private static String bound(final Object b) {
		if (b == null) return "—";
		return b instanceof Double ? Checks.fmt((Double) b) : b.toString();
	}
}
