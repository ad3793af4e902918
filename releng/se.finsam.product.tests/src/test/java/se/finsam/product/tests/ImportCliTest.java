package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/** ./finsam export and import as a user runs them: a round trip, a file that is not a workbook, the exit codes. */
class ImportCliTest {

	static final Map<String, String> KEY = Map.of("FINSAM_KEY", "produkttest-nyckel-2026");

	@TempDir
	Path data;

	@TempDir
	Path work;

	@Test
	void anExportImportsBackUnchangedAndABadFileStoresNothing() throws Exception {
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "200").exitCode());
		Path xlsx = work.resolve("deltagare.xlsx");
		Result export = Finsam.run(data, KEY, "export", "participants", "--project", "2014:35", "--out", xlsx.toString());
		assertEquals(0, export.exitCode(), export::err);
		assertTrue(Finsam.zipEntry(xlsx, "xl/worksheets/sheet1.xml").contains("Deltagar-ID"));

		Result again = Finsam.run(data, KEY, "import", xlsx.toString());
		assertEquals(0, again.exitCode(), again::err);
		assertTrue(again.out().contains("Nya: 0   uppdaterade: 0"), again.out());
		assertTrue(again.out().contains("Inget att spara"), again.out());
		assertTrue(again.errLines().isEmpty(), "nothing on stderr: " + again.err());

		// Zipped again as Info-ZIP's zip does, each entry with its Unix owner (extra field 0x7875): POI's zip reader
		// then needs Commons Lang, which the product once lacked ("Internt fel").
		Path rezipped = work.resolve("packad-igen.xlsx");
		try (var in = new java.util.zip.ZipFile(xlsx.toFile());
				var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(rezipped))) {
			for (var entry : java.util.Collections.list(in.entries())) {
				var copy = new java.util.zip.ZipEntry(entry.getName());
				copy.setExtra(new byte[] { 0x75, 0x78, 11, 0, 1, 4, 0, 0, 0, 0, 4, 0, 0, 0, 0 });
				out.putNextEntry(copy);
				in.getInputStream(entry).transferTo(out);
				out.closeEntry();
			}
		}
		Result repacked = Finsam.run(data, KEY, "import", rezipped.toString(), "--dry-run");
		assertEquals(0, repacked.exitCode(), repacked::err);
		assertTrue(repacked.out().contains("Nya: 0   uppdaterade: 0"), repacked.out());

		Path bad = Files.writeString(work.resolve("trasig.xlsx"), "Deltagar-ID;Kön\n");
		Result refused = Finsam.run(data, KEY, "import", bad.toString());
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains("trasig.xlsx är inte en Excel-arbetsbok"), refused.err());
		assertFalse(refused.err().contains("Exception"), refused.err());
	}

	/**
	 * A budget is stored whole or not at all: a label longer than the store holds is named with its line, nothing is
	 * stored, and the user is not told of --valid-rows-only (participants only); the unedited export imports back.
	 */
	@Test
	void aBudgetLabelTooLongIsNamedAndNothingStored() throws Exception {
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "200").exitCode());
		Path xlsx = work.resolve("budget.xlsx");
		Result export = Finsam.run(data, KEY, "export", "budget", "--project", "2019:12", "--out", xlsx.toString());
		assertEquals(0, export.exitCode(), export::err);
		Path edited = work.resolve("budget-lang.xlsx");
		String strings = "xl/sharedStrings.xml";
		String label = "<t>Projektledare 100 %</t>"; // DemoBudgets' first line
		assertTrue(Finsam.zipEntry(xlsx, strings).contains(label));
		try (var in = new java.util.zip.ZipFile(xlsx.toFile());
				var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(edited))) {
			for (var entry : java.util.Collections.list(in.entries())) {
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				byte[] bytes = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals(strings)) {
					bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace(label, "<t>Projektledare "
							+ "100 % " + "med ansvar för samordning ".repeat(13) + "</t>")
							.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.write(bytes);
				out.closeEntry();
			}
		}
		Result refused = Finsam.run(data, KEY, "import", "--budget", edited.toString(), "--project", "2019:12");
		assertEquals(1, refused.exitCode(), refused::out);
		assertTrue(refused.out().contains("\"Projektledare 100 % med ansvar för samordning med ansvar för samordning "
				+ "med ans…\": benämningen har 357 tecken; högst 300 får plats."), refused.out());
		assertTrue(refused.out().contains("Ingenting sparades på grund av problemen ovan: en budget sparas hel eller "
				+ "inte alls.") && !refused.out().contains("--valid-rows-only"), refused.out());
		Result back = Finsam.run(data, KEY, "import", "--budget", xlsx.toString(), "--project", "2019:12");
		assertEquals(0, back.exitCode(), back::out);
		assertTrue(back.out().contains("Budgeten för 2019:12 sparades"), back.out());
	}
}
