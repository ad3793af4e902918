package se.finsam.io.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.testing.Fixtures;
import se.finsam.testing.HostileWorkbooks;
import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.store.Store;

/**
 * Broken and hostile files (not a zip, empty, truncated, password-protected, a zip bomb, duplicate zip entries, an
 * external entity, billion laughs, a huge shared-strings table): each is refused with one line that names the file
 * and says what is wrong, and the store is left exactly as it was. Time and heap: {@code ./bench/run --only xlsx}.
 */
public class HostileFilesTest {

	@TempDir
	Path dir;

	@Test
	public void eachIsRefusedWithOneClearLineAndNothingStored() throws Exception {
		Locale.setDefault(Locale.of("sv", "SE"));
		try (Store store = Fixtures.demoStore(dir.resolve("data"), 30)) {
			String association = store.associations().get(0).id();
			int before = Fixtures.project(store, Fixtures.DNR).getParticipants().size();
			Map<Path, String> corpus = HostileWorkbooks.all(dir);
			assertEquals(9, corpus.size());
			for (Map.Entry<Path, String> file : corpus.entrySet()) {
				SpreadsheetException e = assertThrows(SpreadsheetException.class, () -> DisImport.analyse(file.getKey(),
						store, association, ImportOptions.defaults().withProject(Fixtures.DNR), ImportProgress.NONE));
				String message = e.getMessage();
				assertTrue(message.contains(file.getKey().getFileName().toString()), message);
				assertTrue(message.contains(file.getValue()), file.getKey().getFileName() + ": " + message);
				assertEquals(1, message.lines().count(), "one line: " + message);
			}
			assertEquals(before, Fixtures.project(store, Fixtures.DNR).getParticipants().size(), "nothing stored");
		}
	}

	/**
	 * A part in another encoding than UTF-8 goes to the JDK's parser, whose messages are in the user's language and,
	 * in English, name an "entity" for a truncated part: an undeclared entity is refused as an entity, a truncated
	 * part is damaged, in Swedish and in English alike.
	 */
	@Test
	public void partsTheJdkParserReadsAreJudgedAlikeInEveryLanguage() throws Exception {
		Locale before = Locale.getDefault();
		String head = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet xmlns=\""
				+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
				+ "<c r=\"A1\" t=\"inlineStr\"><is><t>";
		Path entity = HostileWorkbooks.withSheet(dir.resolve("entitet.xlsx"),
				head + "&foo;</t></is></c></row></sheetData></worksheet>");
		Path truncated = HostileWorkbooks.withSheet(dir.resolve("avbruten.xlsx"), head + "Kön</t></is></c></row>");
		try (Store store = Fixtures.demoStore(dir.resolve("data"), 5)) {
			String association = store.associations().get(0).id();
			for (Locale locale : List.of(Locale.of("sv", "SE"), Locale.ENGLISH, Locale.of("sv", "SE"))) {
				Locale.setDefault(locale);
				String refused = refusal(store, association, entity);
				assertTrue(refused.contains("XML-entitet") || refused.contains("XML entit"), locale + ": " + refused);
				String damaged = refusal(store, association, truncated);
				assertTrue(damaged.contains("skadad") || damaged.contains("damaged"), locale + ": " + damaged);
				assertFalse(damaged.contains("entit"), locale + ": " + damaged);
			}
		} finally {
			Locale.setDefault(before);
		}
	}

	private static String refusal(Store store, String association, Path file) {
		return assertThrows(SpreadsheetException.class, () -> DisImport.analyse(file, store, association,
				ImportOptions.defaults().withProject(Fixtures.DNR), ImportProgress.NONE)).getMessage();
	}
}
