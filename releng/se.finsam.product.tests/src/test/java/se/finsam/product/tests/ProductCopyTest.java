package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/**
 * Tests that change an installation (install, update, remove): each works on a copy of the built product, with a
 * data directory of its own, so that what it changes is thrown away with it.
 */
abstract class ProductCopyTest {

	@TempDir
	Path data;

	@TempDir
	Path work;

	Path product;
	Map<String, String> env;

	@BeforeEach
	void copyTheProduct() throws Exception {
		assertTrue(Files.isDirectory(ReportCliTest.REPOSITORY.resolve("features")),
				"the p2 repository is built: " + ReportCliTest.REPOSITORY);
		product = work.resolve("product");
		ReportCliTest.copy(Finsam.PRODUCT, product);
		env = Map.of("FINSAM_PRODUCT", product.toString(), "FINSAM_KEY", "produkttest-nyckel-2026");
	}

	Result finsam(String... args) throws Exception {
		return Finsam.run(data, env, args);
	}

	void refused(String message, String... args) throws Exception {
		Finsam.assertRefused(finsam(args), message, args);
	}

	Path bundlesInfo() {
		return Finsam.bundlesInfo(product);
	}

	/** A p2 repository of metadata alone in {@code folder}: these {@code <unit>} elements, and no artifacts. */
	static Path metadataRepository(Path folder, String name, int count, String units) throws Exception {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("content.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?metadataRepository version='1.2.0'?>
				<repository name='%s' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
				  <units size='%d'>
				%s
				  </units>
				</repository>
				""".formatted(name, count, units));
		Files.writeString(folder.resolve("artifacts.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?artifactRepository version='1.1.0'?>
				<repository name='%s' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
				  <artifacts size='0'/>
				</repository>
				""".formatted(name));
		return folder;
	}

	/** Starts the workbench with the driver told what to do; what the dialog said, once it has closed. */
	String workbench(String display, String action, String what) throws Exception {
		Path said = work.resolve("dialog-" + action + ".txt");
		Map<String, String> window = new HashMap<>(env);
		window.put("DISPLAY", display);
		window.put("FINSAM_VMARGS", "-Dfinsam.testing.dialogs=" + said + " -Dfinsam.testing.dialogs." + action + "="
				+ what);
		Result run = Finsam.run(data, window);
		assertEquals(0, run.exitCode(), run::err);
		String text = Files.exists(said) ? Files.readString(said, StandardCharsets.UTF_8) : "";
		assertFalse(text.isEmpty() || text.contains("ERROR"), "the driver: " + text + run.err());
		return text;
	}

	/**
	 * The test driver of the p2 dialogs (se.finsam.testing.feature) installed into this copy by the p2 director, as
	 * ./bench/run installs its benchmarks: never part of the product itself.
	 */
	void installTheDriver(Path repository) throws Exception {
		Path launcher;
		try (var jars = Files.list(product.resolve("plugins"))) {
			launcher = jars.filter(j -> j.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
					.orElseThrow();
		}
		Process director = new ProcessBuilder(List.of(ReportCliTest.java(), "-jar", launcher.toString(), "-nosplash",
				"-configuration", product.resolve("configuration").toString(), "-application",
				"org.eclipse.equinox.p2.director", "-repository", repository.toUri().toString(), "-installIU",
				"se.finsam.testing.feature.feature.group", "-destination", product.toString(), "-profile",
				"DefaultProfile")).redirectErrorStream(true).start();
		String log = new String(director.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, director.waitFor(), log);
	}
}
