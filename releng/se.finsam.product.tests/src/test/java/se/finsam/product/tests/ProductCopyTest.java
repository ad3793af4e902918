package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
