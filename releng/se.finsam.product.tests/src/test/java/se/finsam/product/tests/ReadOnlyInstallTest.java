package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.product.tests.Finsam.Result;

/**
 * An installation its user may not write (IT put it under /opt; an archive unpacked read-only): it runs, with
 * OSGi's cache in the user's own folder; it lists its templates; installing a plug-in and updating are refused in one
 * Swedish line each; and not a file of the installation changes. As root (CI), the commands run as the user nobody,
 * for whom the folder is read-only in fact.
 */
class ReadOnlyInstallTest {

	private static final int NOBODY = 65534;

	private Path work;
	private Path product;
	private Path data;
	private Path launcher;
	private Map<String, String> env;

	@BeforeEach
	void installReadOnly() throws Exception {
		work = Files.createTempDirectory("finsam-readonly");
		Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
		product = work.resolve("product");
		ReportCliTest.copy(Finsam.PRODUCT, product);
		data = Files.createDirectories(work.resolve("home/data"));
		Path home = work.resolve("home");
		// The launcher script beside it (the checkout may be in a folder the user nobody cannot enter).
		Path scripts = Files.createDirectories(work.resolve("finsam/releng/scripts"));
		Files.copy(Finsam.ROOT.resolve("releng/scripts/java.sh"), scripts.resolve("java.sh"));
		launcher = Files.copy(Finsam.ROOT.resolve("finsam"), work.resolve("finsam/finsam"));
		run("chmod", "-R", "a+rX", work.resolve("finsam").toString());
		if (root()) {
			run("chown", "-R", NOBODY + ":" + NOBODY, home.toString());
			launcher = Files.writeString(work.resolve("as-nobody"), "#!/bin/sh\nexec setpriv --reuid=" + NOBODY
					+ " --regid=" + NOBODY + " --clear-groups " + launcher + " \"$@\"\n");
			Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		run("chmod", "-R", "a-w", product.toString());
		env = Map.of("FINSAM_PRODUCT", product.toString(), "FINSAM_KEY", "produkttest-nyckel-2026", "HOME",
				home.toString(), "FINSAM_CACHE", home.resolve("cache").toString(), "FINSAM_SETTINGS",
				home.resolve("settings.properties").toString());
	}

	@AfterEach
	void cleanUp() throws Exception {
		run("chmod", "-R", "u+w", work.toString());
		run("rm", "-rf", work.toString());
	}

	@Test
	void itRunsListsAndRefusesChangesWithNothingWritten() throws Exception {
		List<String> before = listing(product);
		assertFalse(Files.isWritable(product.resolve("configuration")) && !root(), "read-only for this user");

		Result version = finsam("version");
		assertEquals(0, version.exitCode(), version::err);
		assertTrue(version.out().startsWith("Finsam Workbench 0.1.0."), version.out());
		assertTrue(Files.isDirectory(work.resolve("home/cache")), "OSGi's cache in the user's own folder");
		assertEquals(0, finsam("demo", "--participants", "30").exitCode());
		Result templates = finsam("report", "--list");
		assertTrue(templates.out().contains("rar.final"), templates.out() + templates.err());
		Result plugins = finsam("plugins");
		assertEquals(0, plugins.exitCode(), plugins::err);
		assertTrue(plugins.out().contains("se.finsam.templates.rar") && plugins.out().contains("rar.final")
				&& plugins.out().contains("ingår i produkten"), plugins.out());

		String repository = ReportCliTest.REPOSITORY.toAbsolutePath().normalize().toString();
		refused("är skrivskyddad för dig: be den som installerade Finsam Workbench att installera insticksprogrammet",
				"plugins", "install", repository, "se.finsam.templates.uppsala", "--trust");
		refused("är skrivskyddad för dig: be den som installerade Finsam Workbench att uppdatera den", "update", "--from",
				repository, "--trust");
		refused("är skrivskyddad för dig", "plugins", "remove", "se.finsam.templates.uppsala");
		assertEquals(before, listing(product), "not a file of the installation changed");
	}

	private Result finsam(String... args) throws Exception {
		return Finsam.run(launcher, data, env, args);
	}

	private void refused(String message, String... args) throws Exception {
		Finsam.assertRefused(finsam(args), message, args);
	}

	/** Every file with its size and time. */
	private static List<String> listing(Path folder) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.sorted().map(f -> {
				try {
					return folder.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f);
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		}
	}

	private static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).inheritIO().start();
		assertEquals(0, p.waitFor(), String.join(" ", command));
	}
}
