package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command starts before its own work (issue 16): the user interface's components wait at start level 5,
 * which commands never reach; a command activates itself and what it references, not every command; and the jars
 * the JVM loads itself carry no signature for it to verify.
 */
class HeadlessStartTest {

	@Test
	void theUserInterfacesComponentsWaitAtStartLevel5AndCommandsRunTheFrameworkTo4() throws IOException {
		List<String> broken = new ArrayList<>();
		for (String line : Files.readAllLines(Finsam.bundlesInfo(Finsam.PRODUCT))) {
			String[] f = line.split(",");
			if (line.startsWith("#") || f.length < 5) {
				continue;
			}
			Attributes manifest = manifest(Finsam.PRODUCT.resolve(f[2]));
			if (manifest == null || manifest.getValue("Service-Component") == null) {
				continue;
			}
			boolean ui = f[0].matches(".*\\.ui(\\..*)?") || f[0].startsWith("org.eclipse.swt")
					|| f[0].startsWith("org.eclipse.jface");
			int level = Integer.parseInt(f[3]);
			if (ui && level < 5) {
				broken.add(f[0] + " (user interface with components) at start level " + level);
			} else if (!ui && level > 4) {
				broken.add(f[0] + " (components a command may need) at start level " + level);
			}
		}
		assertEquals(List.of(), broken, "releng/se.finsam.product/finsam.product <configurations>");
		assertTrue(Files.readString(Finsam.ROOT.resolve("finsam")).contains("-Dosgi.startLevel=4"), "./finsam");
		assertTrue(Files.readString(Finsam.ROOT.resolve("releng/se.finsam.product/archive/windows/finsam.cmd"))
				.contains("-Dosgi.startLevel=4 -jar \"%LAUNCHER%\" -nl %NL% -data \"%DATA%\" -configuration \"%CONFIG%\""
						+ " -application se.finsam.cli.app.headless"), "finsam.cmd");
	}

	/**
	 * HarfBuzz through JNI (the FFM binding spins some 200 classes of call stubs at the first shaped string), and
	 * C2's code cache with C1 alone (48 MB makes the JVM collect garbage for its code during every cold start).
	 */
	@Test
	void bothLaunchersShapeTextThroughJniAndReserveTheFullCodeCache() throws IOException {
		for (String script : List.of("finsam", "releng/se.finsam.product/archive/windows/finsam.cmd")) {
			String text = Files.readString(Finsam.ROOT.resolve(script));
			assertTrue(text.contains("-Dsun.font.layout.ffm=false"), script);
			assertTrue(text.contains("-XX:ReservedCodeCacheSize=240m"), script);
		}
	}

	@Test
	void versionLoadsNeitherTheWorkbenchNorTheStoreNorEmf(@TempDir Path data) throws Exception {
		Path log = data.resolve("classes.txt");
		Finsam.Result r = Finsam.run(data, Map.of("FINSAM_VMARGS", "-Xlog:class+load:file=" + log), "version");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().startsWith("Finsam Workbench"), r.out());
		List<String> classes = Files.readAllLines(log);
		assertTrue(classes.stream().anyMatch(c -> c.contains(" se.finsam.cli.app.internal.VersionCommand ")),
				"the log names the classes loaded: " + classes.size() + " lines");
		List<String> loaded = classes.stream().filter(c -> c.contains(" org.eclipse.e4.ui.")
				|| c.contains(" org.eclipse.ui.") || c.contains(" org.eclipse.emf.") || c.contains(" se.finsam.store.internal."))
				.toList();
		assertEquals(List.of(), loaded.stream().limit(5).toList(), loaded.size() + " classes a version never needs");
	}

	@Test
	void theJarsTheJvmLoadsItselfAreUnsigned() throws IOException {
		List<String> checked = new ArrayList<>();
		try (Stream<Path> plugins = Files.list(Finsam.PRODUCT.resolve("plugins"))) {
			for (Path jar : plugins.filter(p -> p.getFileName().toString().matches(
					"(org\\.eclipse\\.equinox\\.launcher|org\\.eclipse\\.osgi|org\\.eclipse\\.osgi\\.compatibility\\.state)_.*\\.jar"))
					.toList()) {
				try (ZipFile zip = new ZipFile(jar.toFile())) {
					List<String> signatures = zip.stream().map(e -> e.getName())
							.filter(n -> n.startsWith("META-INF/") && n.matches(".*\\.(SF|RSA|DSA|EC)")).toList();
					assertEquals(List.of(), signatures, jar.getFileName().toString());
				}
				assertTrue(manifest(jar).getValue("Bundle-SymbolicName") != null, jar + " keeps its manifest");
				checked.add(jar.getFileName().toString());
			}
		}
		assertEquals(3, checked.size(), "launcher, framework and its extension: " + checked);
	}

	/**
	 * The classes the everyday starts load are stored in the product's jars (releng/scripts/StoredJars.java with
	 * stored-classes.txt), the rest stay deflated, and a signed jar still verifies: storing changes how the bytes are
	 * kept, not the bytes.
	 */
	@Test
	void theClassesEveryStartLoadsAreStoredAndSignedJarsStillVerify() throws IOException {
		java.util.Set<String> listed = java.util.Set.copyOf(Files.readAllLines(
				Finsam.ROOT.resolve("releng/scripts/stored-classes.txt")));
		List<String> deflated = new ArrayList<>();
		int stored = 0;
		int others = 0;
		int signed = 0;
		try (Stream<Path> plugins = Files.list(Finsam.PRODUCT.resolve("plugins"))) {
			for (Path jar : plugins.filter(p -> p.getFileName().toString().endsWith(".jar")).toList()) {
				try (ZipFile zip = new ZipFile(jar.toFile())) {
					for (java.util.zip.ZipEntry e : zip.stream().toList()) {
						boolean isStored = e.getMethod() == java.util.zip.ZipEntry.STORED;
						if (listed.contains(e.getName())) {
							stored += isStored ? 1 : 0;
							if (!isStored) {
								deflated.add(jar.getFileName() + "!" + e.getName());
							}
						} else if (!isStored && e.getName().endsWith(".class")) {
							others++;
						}
					}
				}
				if (jar.getFileName().toString().startsWith("org.eclipse.ui.workbench_")) {
					signed += verified(jar);
				}
			}
		}
		assertEquals(List.of(), deflated.stream().limit(5).toList(), deflated.size() + " listed classes deflated");
		assertTrue(stored > 5000, stored + " listed classes stored");
		assertTrue(others > 20000, others + " classes no start loads stay deflated");
		assertTrue(signed > 1000, "org.eclipse.ui.workbench's signed classes verified: " + signed);
	}

	/** Reads every entry through the JDK's verifier; the count of entries that carry a verified signer. */
	private static int verified(Path jar) throws IOException {
		int count = 0;
		try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile(), true)) {
			for (java.util.jar.JarEntry e : file.stream().toList()) {
				try (InputStream in = file.getInputStream(e)) {
					in.transferTo(java.io.OutputStream.nullOutputStream()); // a SecurityException if it was altered
				}
				if (e.getCodeSigners() != null) {
					count++;
				}
			}
		}
		return count;
	}

	/** A bundle's main manifest attributes, from its jar or folder; null when it has none. */
	private static Attributes manifest(Path bundle) throws IOException {
		if (Files.isDirectory(bundle)) {
			Path file = bundle.resolve("META-INF/MANIFEST.MF");
			if (!Files.isRegularFile(file)) {
				return null;
			}
			try (InputStream in = Files.newInputStream(file)) {
				return new Manifest(in).getMainAttributes();
			}
		}
		try (ZipFile zip = new ZipFile(bundle.toFile())) {
			var entry = zip.getEntry("META-INF/MANIFEST.MF");
			if (entry == null) {
				return null;
			}
			try (InputStream in = zip.getInputStream(entry)) {
				return new Manifest(in).getMainAttributes();
			}
		}
	}
}
