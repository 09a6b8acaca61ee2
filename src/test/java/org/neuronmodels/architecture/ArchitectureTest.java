package org.neuronmodels.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map of ARCHITECTURE.md, checked on the compiled main classes.
 * Each rule names the packages a layer may use; dependencies on classes outside
 * every layer (libraries, packages of other branches not yet mapped) are not
 * judged here, except that core must use no framework at all.
 */
class ArchitectureTest {

	private static final String ROOT = "org.neuronmodels";

	/**
	 * The layers commands may use (see ARCHITECTURE.md): the service, module plumbing and core — never image,
	 * plot, table or io. Of core, only descriptors, constants, enums and the service's types
	 * ({@link #commandsUseOnlyDescriptorsAndServiceTypes}), and no simulation or analysis of core
	 * ({@link #commandsRunThroughTheService}). CommandSweep and Cluster: the sweep handle the service returns,
	 * the population-sweep hook and the SLURM executor inputs.
	 */
	static final String[] COMMAND_MAY_USE = { "CoreApi", "Core", "Service", "Module", "CommandSweep", "Cluster" };

	/** A call that runs a simulation or an analysis of core (its {@code run}, {@code compute} or {@code fit}). */
	static final DescribedPredicate<JavaMethodCall> RUNS_CORE = new DescribedPredicate<JavaMethodCall>(
		"a simulation or analysis of core (run, compute, fit)")
	{

		@Override
		public boolean test(final JavaMethodCall call) {
			return call.getTargetOwner().getPackageName().startsWith(ROOT + ".core") && call.getName().matches(
				"run|compute|fit");
		}
	};

	private static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		// NB: the compiled main classes only (scanning the whole class path takes a minute)
		classes = new ClassFileImporter().importPath(Paths.get("target/classes"));
	}

	/** The layers and who may use whom. */
	static ArchRule packageMap() {
		return layeredArchitecture().consideringOnlyDependenciesInAnyPackage(ROOT + "..")
			// core's own top-level package: the error type, checks and the time grid every layer may name
			.layer("CoreApi").definedBy(resideInAPackage(ROOT + ".core"))
			.layer("Core").definedBy(resideInAPackage(ROOT + ".core..").and(not(resideInAPackage(ROOT + ".core"))))
			.layer("Image").definedBy(ROOT + ".image..")
			.layer("Plot").definedBy(ROOT + ".plot..")
			.layer("Table").definedBy(ROOT + ".table..")
			.layer("Io").definedBy(ROOT + ".io..")
			.layer("Module").definedBy(ROOT + ".module..")
			.layer("Cluster").definedBy(ROOT + ".cluster..")
			.layer("CommandSweep").definedBy(ROOT + ".commandsweep..")
			.layer("Service").definedBy(ROOT + ".service..")
			.layer("Command").definedBy(ROOT + ".command..")
			.layer("App").definedBy(ROOT + ".app..")
			.layer("Ui").definedBy(ROOT + ".ui..")
			.whereLayer("CoreApi").mayOnlyAccessLayers("Core")
			.whereLayer("Core").mayOnlyAccessLayers("CoreApi")
			.whereLayer("Image").mayOnlyAccessLayers("CoreApi", "Core")
			.whereLayer("Plot").mayOnlyAccessLayers("CoreApi", "Core")
			.whereLayer("Table").mayOnlyAccessLayers("CoreApi", "Core")
			.whereLayer("Io").mayOnlyAccessLayers("CoreApi", "Core", "Image", "Plot", "Table")
			.whereLayer("Module").mayOnlyAccessLayers("CoreApi", "Core")
			// a sweep's outcome is heatmaps, charts and a table, assembled once for the command and the service
			// sweeps on SLURM: the cluster package writes its work directory with io
			.whereLayer("Cluster").mayOnlyAccessLayers("CoreApi", "Core", "Io")
			.whereLayer("CommandSweep").mayOnlyAccessLayers("CoreApi", "Core", "Module", "Image", "Plot", "Table",
				"Cluster")
			.whereLayer("Service").mayOnlyAccessLayers("CoreApi", "Core", "Image", "Plot", "Table", "Io", "Module",
				"CommandSweep")
			.whereLayer("Command").mayOnlyAccessLayers(COMMAND_MAY_USE)
			.whereLayer("App").mayOnlyAccessLayers("CoreApi", "Service", "Io", "Module", "Cluster")
			// the chart window reads the panels and series that plot laid out
			.whereLayer("Ui").mayOnlyAccessLayers("CoreApi", "Service", "Io", "Module", "Plot");
	}

	@Test
	void packagesFollowTheMap() {
		packageMap().check(classes);
	}

	/** Every command's simulation and analysis goes through the service (issue #10: command → service). */
	@Test
	void commandsRunThroughTheService() {
		noClasses().that().resideInAPackage(ROOT + ".command..").should().callMethodWhere(RUNS_CORE).check(classes);
	}

	/**
	 * Issue #10, command → service and core descriptors only: a command may name a core class only if it is a model
	 * descriptor, a holder of constants or an enum of named constants ({@link #isDescriptorOrConstants}), or a type
	 * the service hands out or takes ({@link #serviceApiTypes}). Of an enum it may use the constants, accessors
	 * without arguments, {@code values()} and the look-up by label, never a method that computes with an argument.
	 * Every other core class (simulations, checks, sweeps, readers, memory budgets) is reached through the
	 * service's handles and accessors.
	 */
	static ArchRule commandsUseOnlyDescriptorsAndServiceTypes(final Set<String> serviceTypes) {
		return classes().that().resideInAPackage(ROOT + ".command..").should(new ArchCondition<JavaClass>(
			"depend on core only through model descriptors, constants and the types of the service API")
		{

			@Override
			public void check(final JavaClass command, final ConditionEvents events) {
				for (final Dependency d : command.getDirectDependenciesFromSelf()) {
					final JavaClass target = d.getTargetClass().getBaseComponentType();
					if (!target.getPackageName().startsWith(ROOT + ".core") || isDescriptorOrConstants(target) ||
						serviceTypes.contains(target.getName())) continue;
					events.add(SimpleConditionEvent.violated(d, d.getDescription()));
				}
				for (final JavaMethodCall call : command.getMethodCallsFromSelf()) {
					final JavaClass owner = call.getTargetOwner();
					if (owner.isEnum() && owner.getPackageName().startsWith(ROOT + ".core") && !serviceTypes.contains(
						owner.getName()) && !call.getName().matches("fromLabel|valueOf") && !call.getTarget()
							.getRawParameterTypes().isEmpty())
						events.add(SimpleConditionEvent.violated(call, call.getDescription() +
							" (an enum of core computes with an argument)"));
				}
			}
		});
	}

	/**
	 * A model descriptor ({@code core.model.ModelDescriptor} and its subclasses: parameter specs, presets,
	 * integrator names as constants), an enum (named constants: presets, conventions, choices), or a class that
	 * holds only {@code static final} constants of a primitive type or String and has no methods
	 * ({@code InputLimits}, {@code Integrators}, …).
	 */
	static boolean isDescriptorOrConstants(final JavaClass c) {
		if (c.isAssignableTo(ROOT + ".core.model.ModelDescriptor") || c.isEnum()) return true;
		if (c.isInterface() || !c.getMethods().isEmpty() || c.getFields().isEmpty()) return false;
		for (final JavaField f : c.getFields()) {
			final boolean constant = f.getModifiers().containsAll(Set.of(JavaModifier.STATIC, JavaModifier.FINAL));
			if (!constant || !(f.getRawType().isPrimitive() || f.getRawType().isEquivalentTo(String.class)))
				return false;
		}
		return c.getConstructors().stream().noneMatch(k -> k.getModifiers().contains(JavaModifier.PUBLIC));
	}

	/**
	 * The core classes the service API hands out or takes: every core type (generic arguments and array
	 * components included) in the return, parameter and {@code throws} types of the public methods of the
	 * public classes and interfaces of {@code org.neuronmodels.service}, with their core supertypes (what a
	 * value handed out may be stored as, e.g. a streamed table file as {@code StagedData}).
	 */
	static Set<String> serviceApiTypes(final JavaClasses all) {
		final Set<String> types = new TreeSet<>();
		for (final JavaClass c : all) {
			if (!c.getPackageName().equals(ROOT + ".service") || !c.getModifiers().contains(JavaModifier.PUBLIC))
				continue;
			for (final JavaMethod m : c.getMethods()) {
				if (!m.getModifiers().contains(JavaModifier.PUBLIC)) continue;
				final List<JavaType> signature = new java.util.ArrayList<>(m.getParameterTypes());
				signature.add(m.getReturnType());
				signature.addAll(m.getExceptionTypes());
				for (final JavaType t : signature)
					for (final JavaClass r : t.getAllInvolvedRawTypes())
						for (final JavaClass s : r.getBaseComponentType().getAllClassesSelfIsAssignableTo())
							if (s.getPackageName().startsWith(ROOT + ".core")) types.add(s.getName());
			}
		}
		return types;
	}

	@Test
	void commandsUseOnlyDescriptorsAndTheServiceTypes() {
		final Set<String> serviceTypes = serviceApiTypes(classes);
		assertTrue(serviceTypes.contains(ROOT + ".core.sim.SimulationResult"), "service API types: " + serviceTypes);
		commandsUseOnlyDescriptorsAndServiceTypes(serviceTypes).check(classes);
	}

	@Test
	void coreUsesNoFrameworkAndNoOtherPackageOfOurs() {
		noClasses().that().resideInAPackage(ROOT + ".core..").should().dependOnClassesThat().resideInAnyPackage(
			ROOT + ".image..", ROOT + ".plot..", ROOT + ".table..", ROOT + ".io..", ROOT + ".module..", ROOT +
				".commandsweep..", ROOT + ".service..", ROOT + ".command..", ROOT + ".app..", ROOT + ".ui..", "org.scijava..",
			"net.imglib2..", "net.imagej..", "ij..", "org.jfree..", "java.awt..", "javax.swing..", "javax.imageio..")
			.check(classes);
	}

	@Test
	void topLevelPackagesHaveNoCycles() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void everyPackageHasAPackageInfo() throws IOException {
		final Path main = Paths.get("src/main/java");
		final List<String> missing;
		try (Stream<Path> dirs = Files.walk(main)) {
			missing = dirs.filter(Files::isDirectory).filter(ArchitectureTest::hasJavaClasses).filter(d -> !Files
				.exists(d.resolve("package-info.java"))).map(d -> main.relativize(d).toString()).sorted().collect(
					Collectors.toList());
		}
		assertTrue(missing.isEmpty(), "packages without package-info.java: " + missing);
	}

	private static boolean hasJavaClasses(final Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void theMapWouldCatchAnOffender() {
		// plot.MapOffender (test scope) uses a table: the map must reject it
		final JavaClasses offender = new ClassFileImporter().importClasses(org.neuronmodels.plot.MapOffender.class,
			org.neuronmodels.table.Tables.class);
		final AssertionError e = assertThrows(AssertionError.class, () -> packageMap().check(offender));
		assertTrue(e.getMessage().contains("MapOffender") && e.getMessage().contains("Tables"), e.getMessage());
	}

	@Test
	void theCommandRuleWouldCatchAnOffender() throws ClassNotFoundException {
		final Set<String> serviceTypes = serviceApiTypes(classes);
		// command.CoreOffender (test scope) checks and budgets with core directly: the rule must name each use
		final JavaClasses offender = new ClassFileImporter().importClasses(Class.forName(ROOT +
			".command.CoreOffender"));
		final AssertionError e = assertThrows(AssertionError.class, () -> commandsUseOnlyDescriptorsAndServiceTypes(
			serviceTypes).check(offender));
		for (final String used : List.of("LifSimulation.check", "LifParameters.uniform", "Recording.of",
			"MemoryBudget.require", "HhConvention.depolarisation"))
			assertTrue(e.getMessage().contains(used), used + " not caught: " + e.getMessage());
		// command.WithinTheCommandRule (test scope) uses a descriptor, enums and a service type: the rule accepts it
		commandsUseOnlyDescriptorsAndServiceTypes(serviceTypes).check(new ClassFileImporter().importClasses(Class
			.forName(ROOT + ".command.WithinTheCommandRule")));
	}
}
