package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/**
 * The Linux archive that ./mvnw verify writes (releng/se.finsam.product/target/finsam-VERSION-linux-x86_64.tar.gz),
 * unpacked and run as on a machine without Java: no JAVA_HOME, no java on the PATH. It must use its own runtime,
 * make a report, install a template plug-in, open the workbench until it is usable, and stay within 280 MB unpacked
 * (241 MB at first; 27 MB more since the classes every start loads are kept stored in the jars, releng/scripts/StoredJars.java).
 */
@ResourceLock(Finsam.DISPLAY)
class LinuxArchiveTest {

	private static final Path TARGET = Path.of(System.getProperty("finsam.productTarget", "../se.finsam.product/target"));

	@TempDir
	Path work;

	@Test
	void theArchiveRunsOnItsOwnJava() throws Exception {
		Path archive;
		try (Stream<Path> files = Files.list(TARGET)) {
			archive = files.filter(f -> f.getFileName().toString().matches("finsam-.*-linux-x86_64\\.tar\\.gz"))
					.findFirst().orElseThrow(() -> new AssertionError("no Linux archive in " + TARGET));
		}
		Process tar = new ProcessBuilder("tar", "-C", work.toString(), "-xzf", archive.toString()).inheritIO().start();
		assertEquals(0, tar.waitFor());
		Path home;
		try (Stream<Path> dirs = Files.list(work)) {
			home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
		}
		for (String file : List.of("finsam", "finsam.desktop", "finsam.png", "LÄSMIG.txt", "finsam-install-desktop",
				"runtime/bin/java", "product/plugins")) {
			assertTrue(Files.exists(home.resolve(file)), file + " in the archive");
		}
		long bytes;
		try (Stream<Path> all = Files.walk(home)) {
			bytes = all.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		assertTrue(bytes <= 280L * 1024 * 1024, "at most 280 MB unpacked: " + bytes / 1024 / 1024 + " MB");

		Map<String, String> env = new HashMap<>();
		env.put("JAVA_HOME", "");
		env.put("FINSAM_PRODUCT", "");
		Path bin = pathWithoutJava();
		try {
			env.put("PATH", bin.toString());
			runsOnItsOwnJava(home, env);
		} finally {
			// links out of a @TempDir make JUnit warn once per link; they go here
			try (Stream<Path> links = Files.list(bin)) {
				for (Path link : links.toList()) {
					Files.delete(link);
				}
			}
			Files.delete(bin);
		}
	}

	private void runsOnItsOwnJava(Path home, Map<String, String> env) throws Exception {
		Path data = work.resolve("data");
		env.put("FINSAM_KEY", "produkttest-nyckel-2026");
		env.put("FINSAM_CACHE", work.resolve("cache").toString());
		Path finsam = home.resolve("finsam");

		Map<String, String> show = new HashMap<>(env);
		show.put("FINSAM_VMARGS", "-XshowSettings:properties");
		Result version = Finsam.run(finsam, data, show, "version");
		assertEquals(0, version.exitCode(), version::err);
		assertTrue(version.out().startsWith("Finsam Workbench"), version.out());
		assertTrue(version.err().contains("java.home = " + home.toRealPath().resolve("runtime")), version.err());

		assertEquals(0, Finsam.run(finsam, data, env, "demo", "--participants", "150").exitCode());
		Path pdf = work.resolve("slutrapport.pdf");
		Result report = Finsam.run(finsam, data, env, "report", "--project", "2014:35", "--template", "rar.final",
				"--out", pdf.toString());
		assertEquals(0, report.exitCode(), report::err);
		String text = ReportCliTest.pdftotext(pdf);
		assertTrue(text.contains("Slutrapportering") && text.contains("2014:35"), text);

		Result plugin = Finsam.run(finsam, data, env, "plugins", "install",
				ReportCliTest.REPOSITORY.toAbsolutePath().toString(), "se.finsam.templates.uppsala", "--trust");
		assertEquals(0, plugin.exitCode(), plugin::err);
		assertTrue(Finsam.run(finsam, data, env, "report", "--list").out().contains("uppsala.annual"));

		// The window, on the display the build runs under (CI: xvfb-run), until the navigator is filled.
		String display = System.getenv("DISPLAY");
		assertTrue(display != null && !display.isBlank(), "the product tests run with a display (xvfb-run)");
		Path startup = work.resolve("startup.txt");
		Map<String, String> window = new HashMap<>(env);
		window.put("DISPLAY", display);
		window.put("FINSAM_VMARGS", "-Dfinsam.startupReport=" + startup + " -Dfinsam.exitAfterStartup=true");
		Result workbench = Finsam.run(finsam, data, window);
		assertEquals(0, workbench.exitCode(), workbench::err);
		String times = Files.readString(startup);
		assertTrue(times.contains("window=") && times.contains("usable="), "the workbench was usable: " + times);
	}

	/** A PATH with the system's tools but no java: links to everything in /usr/bin and /bin that is not a JDK's. */
	private static Path pathWithoutJava() throws Exception {
		Path bin = Files.createTempDirectory("finsam-nojava");
		for (String dir : List.of("/usr/bin", "/bin")) {
			try (Stream<Path> tools = Files.list(Path.of(dir))) {
				for (Path tool : tools.toList()) {
					Path link = bin.resolve(tool.getFileName().toString());
					String real = Files.exists(tool) ? tool.toRealPath().toString() : "";
					if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !real.contains("/jvm/")
							&& !tool.getFileName().toString().equals("java")) {
						Files.createSymbolicLink(link, tool);
					}
				}
			}
		}
		return bin;
	}
}
