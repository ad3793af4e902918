package se.finsam.io.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.ImportResult;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.store.Store;
import se.finsam.testing.Fixtures;

/**
 * {@link DisImport#importNow} (rows stored as they are read) against the two steps it replaces on the command line:
 * every workbook is imported both ways into two identical real stores, and the previews, the results and everything
 * stored must be the same. Files are a few batches long so that rows are stored before the last is read.
 */
public class StreamingImportTest extends StoreTestCase {

	private static final List<Object> HEADINGS = List.of("Deltagar-ID", "Personnummer", "Kön", "Insats",
			"Inskrivningsdatum", "Avslutsdatum", "Avslutsorsak", "Kommentar");
	private static final ImportOptions OPTIONS = new ImportOptions(null, false, false,
			Map.of("Kommentar", ImportOptions.EXTRA_PERSONAL), Fixtures.TODAY);
	private static final ImportOptions VALID_ONLY = new ImportOptions(null, false, true,
			Map.of("Kommentar", ImportOptions.EXTRA_PERSONAL), Fixtures.TODAY);

	private Store twin;
	private String twinAssociation;

	@Override
	int participants() {
		return 60;
	}

	@BeforeEach
	public void openTwin() {
		twin = Fixtures.demoStore(dir.resolve("twin"), participants());
		twinAssociation = twin.associations().get(0).id();
		assertEquals(stored(twin, twinAssociation), stored(store, association), "two identical stores to begin with");
	}

	@AfterEach
	public void closeTwin() {
		twin.close();
	}

	@Test
	public void aCleanWorkbookIsStoredAsTheTwoStepsStoreIt() throws Exception {
		int before = Fixtures.project(store, Fixtures.DNR).getParticipants().size();
		DisImport.Outcome outcome = both(workbook("ren.xlsx", rows("S", 2500, Fixtures.DNR)), OPTIONS);
		assertTrue(outcome.result().stored());
		assertTrue(outcome.streamed(), "stored as it was read");
		assertEquals(2500, outcome.result().created());
		assertEquals(before + 2500, Fixtures.project(store, Fixtures.DNR).getParticipants().size());
		assertTrue(stored(store, association).contains("Kommentar=true"), "the kept column defined as personal");
	}

	@Test
	public void aProblemInTheLastBatchStoresNothingUnlessValidRowsOnly() throws Exception {
		String before = stored(store, association);
		List<List<Object>> rows = rows("P", 2500, Fixtures.DNR);
		rows.get(2400).set(0, "P-10"); // a code already used on row 11
		rows.get(2450).set(5, "2023-01-01"); // an exit before the enrolment
		Path file = workbook("sent-fel.xlsx", rows);
		DisImport.Outcome refused = both(file, OPTIONS);
		assertFalse(refused.result().stored());
		assertTrue(refused.streamed());
		assertEquals(2, refused.preview().problems().size(), refused.preview().problems().toString());
		assertEquals(before, stored(store, association), "all or nothing: rows stored while reading rolled back");

		DisImport.Outcome partial = both(file, VALID_ONLY);
		assertTrue(partial.result().stored());
		assertEquals(2498, partial.result().created());
		assertEquals(2, partial.result().skipped());
	}

	@Test
	public void aSecondImportUpdatesSomeAndAddsOthersAsTheTwoStepsDo() throws Exception {
		both(workbook("forsta.xlsx", rows("U", 1500, Fixtures.DNR)), OPTIONS);
		List<List<Object>> second = rows("U", 2200, Fixtures.DNR);
		for (int i = 0; i < 1500; i += 7) {
			second.get(i + 1).set(5, "2024-09-30");
			second.get(i + 1).set(6, "Avhopp");
		}
		DisImport.Outcome outcome = both(workbook("andra.xlsx", second), OPTIONS);
		assertTrue(outcome.streamed());
		assertEquals(215, outcome.preview().counts().get(RowStatus.UPDATE));
		assertEquals(700, outcome.preview().counts().get(RowStatus.NEW));
		assertEquals(1285, outcome.preview().counts().get(RowStatus.UNCHANGED));
		assertFalse(both(workbook("andra.xlsx", second), OPTIONS).result().stored(), "nothing left to change");
	}

	@Test
	public void rowsForSeveralProjectsOrProjectsToCreateAreStoredAsTheTwoStepsDo() throws Exception {
		String other = Fixtures.association(store).getProjects().stream().map(Project::getDiarienummer)
				.filter(d -> !d.equals(Fixtures.DNR)).findFirst().orElseThrow();
		List<List<Object>> rows = rows("M", 1800, Fixtures.DNR);
		rows.addAll(rows("N", 300, other).subList(1, 301));
		DisImport.Outcome several = both(workbook("flera.xlsx", rows), OPTIONS);
		assertTrue(several.result().stored());
		assertFalse(several.streamed(), "read whole first");

		List<List<Object>> created = rows("C", 1200, "2009:7");
		ImportOptions create = new ImportOptions(null, true, false, Map.of("Kommentar", ImportOptions.EXTRA_PLAIN),
				Fixtures.TODAY);
		DisImport.Outcome outcome = both(workbook("ny-insats.xlsx", created), create);
		assertEquals(List.of("2009:7"), outcome.preview().projectsToCreate());
		assertFalse(outcome.streamed());
	}

	@Test
	public void anUndecidedColumnOrAnUnknownProjectStoresNothing() throws Exception {
		String before = stored(store, association);
		ImportOptions undecided = new ImportOptions(null, false, true, Map.of(), Fixtures.TODAY);
		DisImport.Outcome refused = both(workbook("kolumn.xlsx", rows("K", 1500, Fixtures.DNR)), undecided);
		assertEquals(List.of("Kommentar"), refused.preview().unknownColumns());
		assertFalse(refused.result().stored());
		assertFalse(both(workbook("okand.xlsx", rows("O", 1500, "1999:1")), OPTIONS).result().stored());
		assertEquals(before, stored(store, association));
	}

	/** A sheet damaged two thirds in: refused by both, after one of them has stored the rows before the damage. */
	@Test
	public void aDamagedWorkbookStoresNothing() throws Exception {
		String before = stored(store, association);
		Path file = workbook("skadad.xlsx", rows("D", 20000, Fixtures.DNR));
		damage(file, "xl/worksheets/sheet1.xml");
		SpreadsheetException two = assertThrows(SpreadsheetException.class,
				() -> DisImport.analyse(file, twin, twinAssociation, OPTIONS, ImportProgress.NONE));
		SpreadsheetException one = assertThrows(SpreadsheetException.class,
				() -> DisImport.importNow(file, store, association, OPTIONS, ImportProgress.NONE));
		assertEquals(two.getMessage(), one.getMessage());
		assertEquals(before, stored(store, association), "nothing of what was read before the damage");
	}

	/** Overwrites bytes two thirds into the entry's compressed data (the zip's directory stays whole). */
	private static void damage(Path file, String entry) throws Exception {
		long compressed;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			compressed = zip.getEntry(entry).getCompressedSize();
		}
		byte[] bytes = Files.readAllBytes(file);
		byte[] name = entry.getBytes(StandardCharsets.UTF_8);
		for (int at = 0; at + 30 + name.length < bytes.length; at++) {
			if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 3 && bytes[at + 3] == 4
					&& Arrays.equals(bytes, at + 30, at + 30 + name.length, name, 0, name.length)) {
				int data = at + 30 + name.length + (bytes[at + 28] & 0xff | (bytes[at + 29] & 0xff) << 8);
				try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
					f.seek(data + compressed * 2 / 3);
					f.write(new byte[256]);
				}
				return;
			}
		}
		throw new AssertionError("no entry " + entry);
	}

	/** Imports the file both ways, one per store, and checks that they agree in everything. */
	private DisImport.Outcome both(Path file, ImportOptions options) throws Exception {
		ImportPreview preview = DisImport.analyse(file, twin, twinAssociation, options, ImportProgress.NONE);
		ImportResult result = DisImport.store(preview, twin);
		DisImport.Outcome outcome = DisImport.importNow(file, store, association, options, ImportProgress.NONE);
		assertEquals(describe(preview, result), describe(outcome.preview(), outcome.result()));
		assertEquals(stored(twin, twinAssociation), stored(store, association));
		return outcome;
	}

	private static String describe(ImportPreview preview, ImportResult result) {
		return String.join("\n", "read " + preview.rowsRead(), "counts " + preview.counts(),
				"create " + preview.projectsToCreate(), "unknown " + preview.unknownColumns(),
				"problems " + preview.problems(), "sheets " + preview.sheets(), "result " + result,
				// the streamed import keeps only the rows its preview shows: the same ones
				"columns " + preview.sampleColumns(), "sample " + preview.sample());
	}

	/** Everything stored of the association, read back from the store, without the ids a save makes up. */
	private static String stored(Store store, String associationId) {
		Association a = store.loadAssociation(associationId);
		StringBuilder out = new StringBuilder();
		a.getAttributeDefinitions().forEach(d -> out.append(d.getName()).append('=').append(d.isPersonal()).append('\n'));
		List<Project> projects = new ArrayList<>(a.getProjects());
		projects.sort(Comparator.comparing(Project::getDiarienummer));
		for (Project p : projects) {
			store.loadContent(p);
			out.append(p.getDiarienummer()).append(' ').append(p.getName()).append('\n');
			p.getParticipants().forEach(x -> render(x, out.append("  ")).append('\n'));
		}
		return out.toString();
	}

	private static StringBuilder render(EObject object, StringBuilder out) {
		out.append(object.eClass().getName()).append('{');
		for (EStructuralFeature f : object.eClass().getEAllStructuralFeatures()) {
			if (f.getName().equals("id") || f.isTransient() || !object.eIsSet(f)) {
				continue;
			}
			Object value = object.eGet(f);
			out.append(f.getName()).append('=');
			if (f instanceof EReference r && r.isContainment()) {
				for (Object child : r.isMany() ? (List<?>) value : List.of(value)) {
					render((EObject) child, out);
				}
			} else {
				out.append(value);
			}
			out.append(' ');
		}
		return out.append('}');
	}

	/** The headings and n rows for the project, codes PREFIX-1…; some with a personnummer, some ended. */
	private static List<List<Object>> rows(String prefix, int n, String project) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(HEADINGS);
		for (int i = 1; i <= n; i++) {
			boolean ended = i % 3 == 0;
			rows.add(new ArrayList<>(Arrays.asList(prefix + "-" + i, i == 5 ? "19850314-1239" : null,
					i % 2 == 0 ? "K" : "M", project, "2024-01-10", ended ? "2024-06-01" : null,
					ended ? "Avhopp" : null, "anteckning " + i % 40)));
		}
		return rows;
	}

	private Path workbook(String name, List<List<Object>> rows) throws Exception {
		return Fixture.save(with(new SXSSFWorkbook(500), rows), dir.resolve(name));
	}

	private static SXSSFWorkbook with(SXSSFWorkbook wb, List<List<Object>> rows) {
		Fixture.sheet(wb, "Deltagare", rows);
		return wb;
	}
}
