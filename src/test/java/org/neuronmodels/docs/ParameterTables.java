package org.neuronmodels.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.model.ParameterSpec;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.service.Service;

/**
 * The parameter and output tables of the plugins-docs pages, generated from
 * the commands' {@code @Parameter} annotations so that docs and code agree.
 * Run {@code main} with a command label to print its tables.
 */
public final class ParameterTables {

	static final String INPUT_HEADER = "| Field | Label | Default | Range | Description |";
	static final String OUTPUT_HEADER = "| Output | Label | Type |";

	/** The command whose page holds the model parameter tables. */
	static final String MODEL_TABLES_PAGE = "org.neuronmodels.command.FiCurveCommand";

	private ParameterTables() {}

	/**
	 * The markdown rows (one per user input) of {@code info}, defaults read from a
	 * fresh, uninitialized instance (the field initial values), labels and
	 * descriptions from that instance's own module info (a command may adapt them,
	 * e.g. the current unit of the shared stimulus inputs).
	 */
	static List<String> inputRows(final Context context, final CommandInfo info) {
		final Module module = context.service(ModuleService.class).createModule(info);
		final List<String> rows = new ArrayList<>();
		for (final ModuleItem<?> declared : info.inputs()) {
			if (!isUserInput(declared)) continue;
			final ModuleItem<?> item = module.getInfo().getInput(declared.getName());
			final Object value = item.getValue(module);
			final String min = item.getMinimumValue() == null ? "" : fmt(item.getMinimumValue());
			final String max = item.getMaximumValue() == null ? "" : fmt(item.getMaximumValue());
			String range = min.isEmpty() && max.isEmpty() ? "" : (min.isEmpty() ? "−∞" : min) + " … " + (max
				.isEmpty() ? "∞" : max);
			if (item.getChoices() != null && !item.getChoices().isEmpty()) range = item.getChoices().stream().map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(", "));
			rows.add("| `" + item.getName() + "` | " + item.getLabel() + " | " + fmt(value) + " | " + range + " | " +
				item.getDescription() + " |");
		}
		return rows;
	}

	/** The header of the parameter table of {@code model} (unique per model, so the update script finds it). */
	static String modelHeader(final ModelDescriptor model) {
		return "| `" + model.name() + "` parameter | Label | Unit | Default | Range | Description |";
	}

	/** The markdown rows (one per parameter) of {@code model}, from its descriptor. */
	static List<String> modelRows(final ModelDescriptor model) {
		final List<String> rows = new ArrayList<>();
		for (final ParameterSpec p : model.parameters()) {
			final String range = p.isChoice() ? p.choices().stream().map(c -> "\"" + c + "\"").collect(
				java.util.stream.Collectors.joining(", ")) : fmt(p.min()) + " … " + fmt(p.max());
			final Object d = p.defaultValue();
			final String value = d instanceof Double && Double.isNaN((Double) d) ? "NaN (derived)" : fmt(d);
			rows.add("| `" + p.name() + "` | " + p.label() + " | " + p.unit() + " | " + value + " | " + range + " | " +
				p.description() + " |");
		}
		return rows;
	}

	/** The built-in models (an equation model registered at run time has no fixed table). */
	static java.util.List<ModelDescriptor> documentedModels() {
		final java.util.List<ModelDescriptor> list = ModelRegistry.all();
		list.removeIf(m -> m instanceof org.neuronmodels.core.equation.EquationModelDescriptor);
		return list;
	}

	/** The model parameter tables, one per registered model, for the f-I Curve page. */
	static void printModelTables() {
		for (final ModelDescriptor model : documentedModels()) {
			System.out.println(modelHeader(model));
			System.out.println("|---|---|---|---|---|---|");
			modelRows(model).forEach(System.out::println);
			System.out.println();
		}
	}

	/** The markdown rows (one per output) of {@code info}. */
	static List<String> outputRows(final CommandInfo info) {
		final List<String> rows = new ArrayList<>();
		for (final ModuleItem<?> item : info.outputs()) {
			if (item.getIOType() != ItemIO.OUTPUT) continue;
			rows.add("| `" + item.getName() + "` | " + item.getLabel() + " | " + item.getType().getSimpleName() +
				" |");
		}
		return rows;
	}

	/** Whether a module item is something the user sets (not a service, the context or a message line). */
	static boolean isUserInput(final ModuleItem<?> item) {
		return !Service.class.isAssignableFrom(item.getType()) && !Context.class.isAssignableFrom(item.getType()) &&
			item.getVisibility() != org.scijava.ItemVisibility.MESSAGE;
	}

	/** The docs page file name of a command label, e.g. "f-I Curve" → "f-i-curve.md". */
	static String pageName(final String label) {
		return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".md";
	}

	private static String fmt(final Object v) {
		if (v == null) return "";
		if (v instanceof Double || v instanceof Float) {
			final double d = ((Number) v).doubleValue();
			if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
			return Double.toString(d);
		}
		if (v instanceof String) return "\"" + v + "\"";
		return String.valueOf(v);
	}

	/** Prints the tables of the command with the label given as the first argument (all if none). */
	public static void main(final String[] args) {
		System.setProperty("java.awt.headless", "true");
		final Context context = new Context(CommandService.class, org.neuronmodels.service.NeuronModelsService.class);
		try {
			for (final CommandInfo info : context.service(CommandService.class).getCommands()) {
				if (!info.getClassName().startsWith("org.neuronmodels.")) continue;
				if (args.length > 0 && !info.getLabel().equals(args[0])) continue;
				System.out.println("## " + info.getLabel() + " → plugins-docs/" + pageName(info.getLabel()));
				System.out.println(INPUT_HEADER);
				System.out.println("|---|---|---|---|---|");
				inputRows(context, info).forEach(System.out::println);
				System.out.println();
				System.out.println(OUTPUT_HEADER);
				System.out.println("|---|---|---|");
				outputRows(info).forEach(System.out::println);
				System.out.println();
				if (info.getClassName().equals(MODEL_TABLES_PAGE)) printModelTables();
			}
		}
		finally {
			context.dispose();
		}
	}
}
