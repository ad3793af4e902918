package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The Windows zip, checked without Windows: the product was materialized for win32 by p2 (the planner resolved every
 * bundle for that environment or the build failed), and here its layout: the launcher script with CRLF, the read-me,
 * SWT for Windows and no GTK, every bundle the configuration names present, and the same bundles as the Linux
 * product apart from SWT's fragment.
 */
class WindowsArchiveTest {

	private static final Path TARGET = Path.of(System.getProperty("finsam.productTarget", "../se.finsam.product/target"));

	@Test
	void theZipHoldsTheProductForWindows() throws Exception {
		Path zip;
		try (Stream<Path> files = Files.list(TARGET)) {
			zip = files.filter(f -> f.getFileName().toString().matches("finsam-.*-windows-x86_64\\.zip")).findFirst()
					.orElseThrow(() -> new AssertionError("no Windows zip in " + TARGET));
		}
		try (ZipFile z = new ZipFile(zip.toFile())) {
			String top = z.entries().nextElement().getName().split("/")[0];
			assertTrue(top.startsWith("finsam-") && top.endsWith("-windows-x86_64"), top);
			Set<String> names = new TreeSet<>();
			Collections.list(z.entries()).forEach(e -> names.add(e.getName().substring(top.length() + 1)));

			String cmd = text(z, top + "/finsam.cmd");
			assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "CRLF line ends");
			assertTrue(cmd.contains("JAVA_HOME") && cmd.contains("reg query") && cmd.contains("where java.exe")
					&& cmd.contains("behöver Java 21 eller nyare"), "finds Java and says in Swedish what is missing");
			assertTrue(cmd.contains("if defined FINSAM_VMARGS set VMARGS=!VMARGS! !FINSAM_VMARGS!"),
					"FINSAM_VMARGS as in ./finsam: the out-of-memory message tells the user to set it");
			assertTrue(text(z, top + "/LÄSMIG.txt").contains("%APPDATA%\\Finsam"));

			assertTrue(names.stream().anyMatch(n -> n.matches("product/plugins/org\\.eclipse\\.swt\\.win32\\.win32\\.x86_64_.*\\.jar")),
					"SWT for Windows");
			assertTrue(names.stream().noneMatch(n -> n.contains("swt.gtk")), "no SWT for GTK");
			String bundlesInfo = text(z, top + "/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
			Set<String> windows = new TreeSet<>();
			for (String line : bundlesInfo.split("\\R")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split(",");
				assertTrue(names.contains("product/" + f[2]) || names.contains("product/" + f[2] + "/"),
						"the configuration's " + f[2] + " is in the zip");
				windows.add(f[0]);
			}
			assertTrue(windows.contains("org.eclipse.swt.win32.win32.x86_64"), windows.toString());
			Set<String> linux = new TreeSet<>();
			for (String line : Files.readAllLines(Finsam.PRODUCT.resolve(
					"configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), StandardCharsets.UTF_8)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					linux.add(line.split(",")[0]);
				}
			}
			windows.remove("org.eclipse.swt.win32.win32.x86_64");
			linux.remove("org.eclipse.swt.gtk.linux.x86_64");
			assertEquals(linux, windows, "the same product on both systems but for SWT's fragment");
			assertFalse(names.stream().anyMatch(n -> n.startsWith("runtime/")), "Windows brings its own Java (LÄSMIG)");
		}
	}

	private static String text(ZipFile zip, String name) throws Exception {
		ZipEntry entry = zip.getEntry(name);
		assertTrue(entry != null, name + " in the zip");
		return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
	}
}
