package org.neuronmodels.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

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
	 * What commands may use (see ARCHITECTURE.md): the service, module plumbing, and core's types and checks —
	 * never image, plot, table or io, and no simulation or analysis of core ({@link #commandsRunThroughTheService}).
	 * CommandSweep and Cluster: the sweep handle the service returns, the population-sweep hook and the SLURM
	 * executor inputs.
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
}
