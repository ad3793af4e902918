package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/**
 * What an attacker or an unlucky user tried (issue 15), through ./finsam as a process: errors never exit 0 silently,
 * look-alike associations are told apart, no personal data is left in the shared /tmp by a killed export, a killed
 * restore or creation is recovered on the next start, and a backup is verified before it is trusted.
 */
@Order(3)
class SecurityCliTest {

	private static final Map<String, String> KEY = Map.of("FINSAM_KEY", "säkerhetstestets nyckel 2026");

	@TempDir
	Path data;
	@TempDir
	Path work;

	@Test
	void errorsSayWhatWentWrongAndNeverExitZeroSilently() throws Exception {
		Path evaluation = work.resolve("utvardering.json");
		Files.writeString(evaluation, Files.readString(Finsam.ROOT.resolve("docs/examples/typfall.json"))
				.replaceFirst("\"years\": 5", "\"years\": 500000000"));
		Result huge = Finsam.run(data, KEY, "calc", evaluation.toString());
		assertEquals(2, huge.exitCode(), huge::out);
		assertTrue(huge.err().contains("years är 500000000: ange ett heltal från 1 till 100."), huge.err());

		Result folder = Finsam.run(data, KEY, "calc", work.toString());
		assertEquals(2, folder.exitCode());
		assertTrue(folder.err().contains("är en mapp, inte en fil"), folder.err());
		Result missing = Finsam.run(data, KEY, "import", work.resolve("finns-inte.xlsx").toString());
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("Filen finns inte"), missing.err());
	}

	@Test
	void twoAssociationsOfOneNameAreToldApartByIdAndBidiControlsAreRefused() throws Exception {
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "30", "--seed", "1").exitCode());
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "30", "--seed", "2").exitCode());
		Result ambiguous = Finsam.run(data, KEY, "list", "projects", "--association",
				"Samordningsförbundet Mellersta Bergslagen");
		assertEquals(2, ambiguous.exitCode());
		assertTrue(ambiguous.err().contains("Fler än ett förbund heter"), ambiguous.err());
		Matcher id = Pattern.compile("\\(id ([0-9a-f-]+)\\)").matcher(ambiguous.err());
		assertTrue(id.find(), ambiguous.err());
		Result byId = Finsam.run(data, KEY, "list", "projects", "--association", id.group(1));
		assertEquals(0, byId.exitCode(), byId::err);

		Path sheet = work.resolve("dis.xlsx");
		assertEquals(0, Finsam.run(data, KEY, "export", "participants", "--association", id.group(1), "--project",
				"2014:35", "--out", sheet.toString()).exitCode());
		String xml = Finsam.zipEntry(sheet, "xl/worksheets/sheet1.xml");
		Path spoofed = work.resolve("forfalskad.xlsx");
		rewrite(sheet, spoofed, "xl/worksheets/sheet1.xml", xml.replaceFirst(">MB-0", ">MB-\u202E0"));
		Result imported = Finsam.run(data, KEY, "import", spoofed.toString(), "--association", id.group(1),
				"--project", "2014:35", "--dry-run");
		assertEquals(1, imported.exitCode(), imported::out);
		assertTrue(imported.out().contains("vänder skrivriktningen") && imported.out().contains("U+202E"),
				imported.out());
	}

	@Test
	void aKilledExportLeavesNoPersonalDataInTheSharedTemporaryFolder() throws Exception {
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "20000").exitCode());
		Path shared = work.resolve("shared-tmp");
		Files.createDirectories(shared);
		Map<String, String> env = new java.util.HashMap<>(KEY);
		env.put("FINSAM_VMARGS", "-Djava.io.tmpdir=" + shared);
		for (int delay : new int[] { 2500, 3500 }) {
			Process p = Finsam.start(data, env, "export", "participants", "--project", "2019:12",
					"--with-personnummer", "--out", work.resolve("ut.xlsx").toString());
			p.waitFor(delay, TimeUnit.MILLISECONDS);
			Finsam.kill(p);
		}
		try (Stream<Path> left = Files.walk(shared)) {
			assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "nothing in the shared /tmp");
		}
		Path poi = data.resolve("tmp/poi");
		if (Files.isDirectory(poi)) {
			try (Stream<Path> files = Files.walk(poi)) {
				for (Path f : files.filter(Files::isRegularFile).toList()) {
					String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
					assertFalse(text.contains("MB-0") || Pattern.compile("\\d{8}-\\d{4}").matcher(text).find(),
							"a temporary sheet is encrypted: " + f);
				}
			}
		}
		assertEquals(0, Finsam.run(data, KEY, "list", "projects").exitCode());
		assertFalse(Files.exists(poi) && Files.list(poi).findAny().isPresent(), "cleared when the store opened");
	}

	@Test
	void aKilledCreationOrRestoreIsRecoveredOnTheNextStart() throws Exception {
		for (int delay : new int[] { 1200, 1800, 2400, 3000 }) {
			Path fresh = work.resolve("ny-" + delay);
			Process p = Finsam.start(fresh, KEY, "demo", "--participants", "3000");
			p.waitFor(delay, TimeUnit.MILLISECONDS);
			Finsam.kill(p);
			Result after = Finsam.run(fresh, KEY, "list", "projects");
			assertTrue(after.exitCode() == 0 || after.err().contains("har inget förbund än")
					|| after.err().contains("ingen databas"), delay + " ms: " + after.err());
			assertFalse(after.err().contains("Failed to create"), after.err());
		}

		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "3000").exitCode());
		Result backup = Finsam.run(data, KEY, "backup", "--to", work.resolve("kopior").toString());
		Matcher m = Pattern.compile("till (\\S+) \\(").matcher(backup.out());
		assertTrue(m.find(), backup.out());
		Path folder = Path.of(m.group(1));
		Result verified = Finsam.run(data, KEY, "backup", "--verify", folder.toString());
		assertEquals(0, verified.exitCode(), verified::err);
		assertTrue(verified.out().contains("är hel"), verified.out());
		String before = Finsam.run(data, KEY, "list", "projects", "--json").out();
		List<String> seen = new ArrayList<>();
		for (int delay : new int[] { 1500, 2200, 2900, 3600 }) {
			Process p = Finsam.start(data, KEY, "restore", "--from", folder.toString());
			p.waitFor(delay, TimeUnit.MILLISECONDS);
			Finsam.kill(p);
			Result after = Finsam.run(data, KEY, "list", "projects", "--json");
			assertEquals(0, after.exitCode(), delay + " ms: " + after.err());
			assertEquals(before, after.out(), "the same data, restored or not");
			seen.add(delay + " ms ok");
		}
		assertEquals(4, seen.size());
	}

	/** A copy of a zip with one entry replaced. */
	private static void rewrite(Path from, Path to, String entry, String text) throws Exception {
		try (var in = new java.util.zip.ZipFile(from.toFile());
				var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
			for (var e : java.util.Collections.list(in.entries())) {
				out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
				if (e.getName().equals(entry)) {
					out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				} else {
					in.getInputStream(e).transferTo(out);
				}
				out.closeEntry();
			}
		}
	}
}
