package se.finsam.io.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.store.Store;

/**
 * Broken and hostile files, built here: each is refused with one message that names the file and says what is
 * wrong, and the store is left exactly as it was. (Time and heap are measured by {@code ./bench/run --only xlsx}.)
 */
public class HostileFilesTest {

	@TempDir
	Path dir;
	Store store;
	String association;
	int before;

	@BeforeEach
	public void setUp() throws Exception {
		Locale.setDefault(Locale.of("sv", "SE"));
		store = Fixture.demoStore(dir.resolve("data"), 30);
		association = store.associations().get(0).id();
		before = Fixture.project(store, Fixture.DNR).getParticipants().size();
	}

	@AfterEach
	public void tearDown() {
		assertEquals(before, Fixture.project(store, Fixture.DNR).getParticipants().size(), "nothing stored");
		store.close();
	}

	private String refused(Path file) {
		SpreadsheetException e = assertThrows(SpreadsheetException.class, () -> DisImport.analyse(file, store,
				association, ImportOptions.defaults().withProject(Fixture.DNR), ImportProgress.NONE));
		assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
		assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
		return e.getMessage();
	}

	@Test
	public void notAZipNamedXlsx() throws Exception {
		Path file = Files.writeString(dir.resolve("deltagare.xlsx"), "Deltagar-ID;Kön\nA-1;K\n");
		says(refused(file), "inte en Excel-arbetsbok");
		says(refused(Files.write(dir.resolve("tom.xlsx"), new byte[0])), "inte en Excel-arbetsbok");
	}

	@Test
	public void truncated() throws Exception {
		byte[] whole = Files.readAllBytes(valid(dir.resolve("hel.xlsx")));
		Path file = Files.write(dir.resolve("avkortad.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
		says(refused(file), "skadad");
	}

	@Test
	public void passwordProtected() throws Exception {
		Path plain = valid(dir.resolve("klartext.xlsx"));
		Path file = dir.resolve("hemlig.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
			encryptor.confirmPassword("hemligt");
			try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		says(refused(file), "lösenordsskyddad");
	}

	@Test
	public void zipBomb() throws Exception {
		// 200 MB of spaces inside the sheet: about 200 kB on disk.
		byte[] spaces = new byte[1 << 20];
		java.util.Arrays.fill(spaces, (byte) ' ');
		Path file = dir.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : parts(sheet("")).entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				if (part.getKey().endsWith("sheet1.xml")) {
					for (int i = 0; i < 200; i++) {
						zip.write(spaces);
					}
				}
				zip.closeEntry();
			}
		}
		says(refused(file), "zip-bomb");
	}

	@Test
	public void duplicateZipEntries() throws Exception {
		Path file = dir.resolve("dubbel.xlsx");
		Map<String, String> parts = parts(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Deltagar-ID</t></is></c></row>"));
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				write(zip, part.getKey(), part.getValue());
			}
			write(zip, "xl/worksheets/sheetX.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Annat</t></is></c></row>"));
		}
		// java.util.zip refuses to write two entries with one name: rename the second in place, as an attacker would.
		byte[] bytes = Files.readAllBytes(file);
		String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("xl/worksheets/sheetX.xml", "xl/worksheets/sheet1.xml");
		Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
		refused(file);
	}

	@Test
	public void xmlExternalEntity() throws Exception {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
				+ body("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>");
		says(refused(zip("xxe.xlsx", parts(xxe))), "XML-entitet");
	}

	@Test
	public void billionLaughs() throws Exception {
		StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY l0 \"ha\">");
		for (int i = 1; i < 10; i++) {
			doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		doctype.append("]>");
		String sheet = doctype + body("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row>");
		says(refused(zip("skratt.xlsx", parts(sheet))), "XML-entitet");
	}

	@Test
	public void hugeSharedStrings() throws Exception {
		Path file = dir.resolve("texter.xlsx");
		Map<String, String> parts = parts(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"));
		parts.remove("xl/sharedStrings.xml");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				write(zip, part.getKey(), part.getValue());
			}
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			zip.write("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					.getBytes(StandardCharsets.UTF_8));
			StringBuilder chunk = new StringBuilder();
			java.util.Random random = new java.util.Random(1);
			for (int i = 0; i < 2_100_000; i++) {
				chunk.append("<si><t>").append(Long.toString(random.nextLong(), 36)).append("</t></si>");
				if (chunk.length() > 1 << 16) {
					zip.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
					chunk.setLength(0);
				}
			}
			chunk.append("</sst>");
			zip.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		says(refused(file), "delade texter");
	}

	private static void says(String message, String expected) {
		assertTrue(message.contains(expected), message);
	}

	/** A small valid workbook written by POI. */
	private static Path valid(Path file) throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook();
		Fixture.sheet(wb, "Deltagare", List.of(List.of("Deltagar-ID", "Kön"), List.of("A-1", "K")));
		return Fixture.save(wb, file);
	}

	static String sheet(String rows) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body(rows);
	}

	static String body(String rows) {
		return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ rows + "</sheetData></worksheet>";
	}

	/** The parts of a minimal workbook with one sheet (shared strings added by the caller when wanted). */
	static Map<String, String> parts(String sheet) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
				+ "</Types>");
		parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
				+ "</Relationships>");
		parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
				+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
				+ "<sheet name=\"Deltagare\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
				+ "</Relationships>");
		parts.put("xl/worksheets/sheet1.xml", sheet);
		parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
		return parts;
	}

	private Path zip(String name, Map<String, String> parts) throws Exception {
		Path file = dir.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				write(zip, part.getKey(), part.getValue());
			}
		}
		return file;
	}

	private static void write(ZipOutputStream zip, String name, String content) throws Exception {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
