package se.finsam.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.core.Settings;
import se.finsam.core.Settings.Language;
import se.finsam.core.Settings.ReportFormat;

class SettingsTest {

	@TempDir
	Path dir;

	@Test
	void noFileMeansDefaults() {
		Settings s = Settings.load(dir.resolve("none.properties"));
		assertNull(s.data());
		assertNull(s.language());
		assertEquals(ReportFormat.PDF, s.reportFormat());
		assertEquals(Settings.DEFAULT_PAGE_ROWS, s.pageRows());
		assertTrue(s.problems().isEmpty());
	}

	@Test
	void whatIsSavedIsReadBackIncludingSwedishPaths() throws Exception {
		Path file = dir.resolve("sub/settings.properties");
		Settings s = Settings.load(file);
		s.setData(dir.resolve("Förbundets data\\arkiv"));
		s.setLanguage(Language.EN);
		s.setReportFormat(ReportFormat.DOCX);
		s.setPageRows(250);
		s.save();

		Settings read = Settings.load(file);
		assertEquals(dir.resolve("Förbundets data\\arkiv"), read.data());
		assertEquals(Language.EN, read.language());
		assertEquals(ReportFormat.DOCX, read.reportFormat());
		assertEquals(250, read.pageRows());
		// Plain UTF-8 lines, so that ./finsam can read them with sed.
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertTrue(lines.contains("data=" + dir.resolve("Förbundets data\\\\arkiv")), lines.toString());
		assertTrue(lines.contains("language=en"), lines.toString());
		try (var files = Files.list(file.getParent())) {
			assertEquals(1, files.count(), "no temporary file left behind");
		}
	}

	@Test
	void unusableValuesFallBackToTheDefaultAndAreListed() throws Exception {
		Path file = dir.resolve("settings.properties");
		Files.writeString(file, "data=relative/path\nlanguage=fi\nreport.format=odt\ntable.pageRows=7\n");
		Settings s = Settings.load(file);
		assertNull(s.data());
		assertNull(s.language());
		assertEquals(ReportFormat.PDF, s.reportFormat());
		assertEquals(Settings.DEFAULT_PAGE_ROWS, s.pageRows());
		assertEquals(List.of("data=relative/path", "language=fi", "report.format=odt", "table.pageRows=7"), s.problems());
	}

	@Test
	void settersRefuseWhatCouldNotBeSaved() {
		Settings s = Settings.load(dir.resolve("x.properties"));
		assertThrows(IllegalArgumentException.class, () -> s.setData(Path.of("relative")));
		assertThrows(IllegalArgumentException.class, () -> s.setPageRows(Settings.MIN_PAGE_ROWS - 1));
		assertThrows(IllegalArgumentException.class, () -> s.setPageRows(Settings.MAX_PAGE_ROWS + 1));
	}

	@Test
	void formatsAndLanguagesParseAsUsersWriteThem() {
		assertEquals(ReportFormat.XLSX, ReportFormat.parse(" Xlsx "));
		assertNull(ReportFormat.parse("word"));
		assertEquals(Language.SV, Language.parse("sv_SE"));
		assertEquals(Language.EN, Language.parse("en-GB"));
		assertNull(Language.parse(""));
	}
}
