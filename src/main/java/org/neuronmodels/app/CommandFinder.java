package org.neuronmodels.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.neuronmodels.module.KeyValueInputs;
import org.scijava.MenuPath;
import org.scijava.command.Command;
import org.scijava.plugin.PluginInfo;

/**
 * Finds a command by its label (as SciJava's {@code --run} does, with
 * underscores standing for spaces), its title, its full class name or its
 * simple class name, and suggests close matches for unknown names.
 */
final class CommandFinder {

	private final List<PluginInfo<Command>> commands;

	CommandFinder(final List<PluginInfo<Command>> commands) {
		this.commands = new ArrayList<>(commands);
		this.commands.sort(Comparator.comparing(CommandFinder::label,
			String.CASE_INSENSITIVE_ORDER));
	}

	/** All commands, sorted by label. */
	List<PluginInfo<Command>> all() {
		return commands;
	}

	/** The command called {@code name}; throws with close matches when there is none or several. */
	PluginInfo<Command> find(final String name) throws LauncherException {
		final String spaced = name.replace('_', ' ');
		for (final Matcher m : matchers()) {
			final List<PluginInfo<Command>> hits = commands.stream() //
				.filter(info -> m.matches(info, name) || m.matches(info, spaced)) //
				.collect(Collectors.toList());
			if (hits.size() == 1) return hits.get(0);
			if (hits.size() > 1) {
				throw new LauncherException(LauncherException.INVALID_INPUT,
					"command name '" + name + "' is ambiguous: it matches " + hits
						.stream().map(CommandFinder::describe).collect(Collectors.joining(
							", ")) + "; use the full class name");
			}
		}
		final List<String> close = closeMatches(name);
		throw new LauncherException(LauncherException.INVALID_INPUT,
			"unknown command '" + name + "'" + (close.isEmpty() ? "" : //
				"; did you mean " + close.stream().map(s -> "'" + s + "'").collect(
					Collectors.joining(" or ")) + "?") +
				" (--list shows all commands)");
	}

	/** Labels of up to five commands whose label or class name resembles {@code name}. */
	List<String> closeMatches(final String name) {
		final String q = normalize(name);
		final int limit = Math.max(2, q.length() / 3);
		return commands.stream() //
			.filter(info -> score(info, q) <= limit || contains(info, q)) //
			.sorted(Comparator.comparingInt(info -> score(info, q))) //
			.limit(5).map(CommandFinder::label).distinct() //
			.collect(Collectors.toList());
	}

	/** The label of a command: its declared label, else its title. */
	static String label(final PluginInfo<?> info) {
		final String label = info.getLabel();
		return label != null && !label.isEmpty() ? label : info.getTitle();
	}

	/** The menu path of a command as "A > B > C", or "" if it has none. */
	static String menu(final PluginInfo<?> info) {
		final MenuPath path = info.getMenuPath();
		return path == null || path.isEmpty() ? "" : path.getMenuString();
	}

	static String simpleName(final PluginInfo<?> info) {
		final String cls = info.getClassName();
		return cls.substring(cls.lastIndexOf('.') + 1);
	}

	// -- Helper methods --

	private interface Matcher {

		boolean matches(PluginInfo<Command> info, String name);
	}

	private static List<Matcher> matchers() {
		final List<Matcher> list = new ArrayList<>();
		list.add((info, name) -> name.equals(info.getLabel()));
		list.add((info, name) -> name.equals(info.getTitle()));
		list.add((info, name) -> name.equals(info.getClassName()));
		list.add((info, name) -> name.equals(simpleName(info)));
		list.add((info, name) -> name.equalsIgnoreCase(label(info)));
		list.add((info, name) -> name.equalsIgnoreCase(simpleName(info)));
		return list;
	}

	private static String describe(final PluginInfo<?> info) {
		return "'" + label(info) + "' (" + info.getClassName() + ")";
	}

	private static int score(final PluginInfo<?> info, final String q) {
		return Math.min(distance(q, normalize(label(info))), distance(q, normalize(
			simpleName(info))));
	}

	private static boolean contains(final PluginInfo<?> info, final String q) {
		return q.length() >= 3 && (normalize(label(info)).contains(q) || normalize(
			simpleName(info)).contains(q));
	}

	private static String normalize(final String s) {
		return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll(
			"[^a-z0-9]", "");
	}

	/** Levenshtein edit distance. */
	static int distance(final String a, final String b) {
		return KeyValueInputs.distance(a, b);
	}
}
