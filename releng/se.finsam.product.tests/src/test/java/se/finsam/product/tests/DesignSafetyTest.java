package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/**
 * A report design is not a program with our keys (issue 15.1): designs that try to run a command, create a file,
 * print the key from the environment, read the store's own tables, call a system procedure that writes a file, or
 * read through a non-JDBC data source get none of it, through ./finsam report --design as a process.
 */
class DesignSafetyTest {

	private static final String SECRET = "designtestets hemliga nyckel 2026";
	private static final Map<String, String> KEY = Map.of("FINSAM_KEY", SECRET);

	@TempDir
	Path data;
	@TempDir
	Path work;
	private String design;
	private String library;

	@BeforeEach
	void store() throws Exception {
		assertEquals(0, Finsam.run(data, KEY, "demo", "--participants", "60").exitCode());
		Result ok = Finsam.run(data, KEY, "report", "--design", "deltagarlista", "--out",
				work.resolve("ok.pdf").toString());
		assertEquals(0, ok.exitCode(), ok::err);
		design = Files.readString(data.resolve("reports/deltagarlista.rptdesign"));
		library = Files.readString(data.resolve("reports/finsam.rptlibrary"));
	}

	/** Runs a design (with the library beside it, changed as given); returns the result and the output's text. */
	private Result run(String name, String designText, String libraryText) throws Exception {
		Path folder = Files.createDirectories(work.resolve(name));
		Files.writeString(folder.resolve(name + ".rptdesign"), designText);
		Files.writeString(folder.resolve("finsam.rptlibrary"), libraryText);
		return Finsam.run(data, KEY, "report", "--design", folder.resolve(name + ".rptdesign").toString(), "--format",
				"html", "--out", folder.resolve("ut.html").toString());
	}

	private String output(String name) throws Exception {
		Path out = work.resolve(name).resolve("ut.html");
		return Files.exists(out) ? Files.readString(out) : "";
	}

	@Test
	void scriptsSeeNoJavaClassNoCommandNoFileNoEnvironment() throws Exception {
		Path marker = work.resolve("skapad-av-designen");
		String evil = design.replace("<property name=\"theme\">finsam.finsam</property>",
				"<property name=\"theme\">finsam.finsam</property>\n<method name=\"initialize\"><![CDATA["
						+ "try { new java.io.File(\"" + marker + "\").createNewFile(); } catch (e) {}\n"
						+ "try { java.lang.Runtime.getRuntime().exec([\"touch\", \"" + marker + "2\"]); } catch (e) {}\n"
						+ "try { Packages.java.nio.file.Files.createFile(Packages.java.nio.file.Path.of(\"" + marker
						+ "3\")); } catch (e) {}\n"
						+ "try { importClass(Packages.java.lang.ProcessBuilder); new ProcessBuilder([\"touch\", \"" + marker
						+ "4\"]).start(); } catch (e) {}\n"
						+ "try { reportContext.getClass().forName(\"java.lang.Runtime\"); } catch (e) {}\n"
						+ "]]></method>")
				.replace("dataSetRow[\"CODE\"]</expression>",
						"(function () { try { return String(java.lang.System.getenv(\"FINSAM_KEY\")); } catch (e) {"
								+ " return \"ingen-nyckel\"; } })()</expression>");
		Result result = run("skript", evil, library);
		String text = output("skript") + result.out() + result.err();
		for (String suffix : new String[] { "", "2", "3", "4" }) {
			assertFalse(Files.exists(Path.of(marker + suffix)), "no file created by the design: " + marker + suffix);
		}
		assertFalse(text.contains(SECRET), "the key never reaches a design");
		assertTrue(result.exitCode() != 0 || text.contains("ingen-nyckel"), text);
	}

	@Test
	void theStoresOwnTablesAndSystemProceduresAreOutOfReach() throws Exception {
		Result raw = run("tabell", design, library.replace("SELECT * FROM V_PARTICIPANT ORDER BY DIARIENUMMER, CODE",
				"SELECT P.CODE, P.DETAILS AS GENDER, P.BIRTH_YEAR, P.ENROLMENT_DATE, P.EXIT_DATE FROM APP.PARTICIPANT P"));
		assertNotEquals(0, raw.exitCode(), raw::out);
		assertTrue(raw.err().contains("PARTICIPANT"), raw.err());
		assertFalse(output("tabell").contains("MB-0"), "no row of the store's table");
		assertFalse(Files.exists(work.resolve("tabell/ut.html")) || Files.exists(work.resolve("tabell/ut.html.part")),
				"a design that failed leaves neither a report nor half of one");

		Path exported = work.resolve("exporterad.csv");
		Result export = run("export", design, library.replace("SELECT * FROM V_PARTICIPANT ORDER BY DIARIENUMMER, CODE",
				"CALL SYSCS_UTIL.SYSCS_EXPORT_QUERY('SELECT * FROM V_PARTICIPANT', '" + exported + "', null, null, null)"));
		assertNotEquals(0, export.exitCode(), export::out);
		assertFalse(Files.exists(exported), "no file written through Derby");

		Result function = run("funktion", design, library.replace(
				"SELECT * FROM V_PARTICIPANT ORDER BY DIARIENUMMER, CODE",
				"CREATE FUNCTION MILJO(N VARCHAR(100)) RETURNS VARCHAR(2000) PARAMETER STYLE JAVA NO SQL "
						+ "LANGUAGE JAVA EXTERNAL NAME 'java.lang.System.getenv'"));
		assertNotEquals(0, function.exitCode(), function::out);
		assertFalse((output("funktion") + function.err()).contains(SECRET));
	}

	@Test
	void aDataSourceThatIsNotJdbcIsRefusedBeforeTheDesignRuns() throws Exception {
		Result flat = run("fil", design, library.replace("extensionID=\"org.eclipse.birt.report.data.oda.jdbc\"",
				"extensionID=\"org.eclipse.datatools.connectivity.oda.flatfile\""));
		assertEquals(1, flat.exitCode(), flat::out);
		assertTrue(flat.err().contains("läser data genom \"Finsam\"") && flat.err().contains("körs inte"), flat.err());
	}
}
