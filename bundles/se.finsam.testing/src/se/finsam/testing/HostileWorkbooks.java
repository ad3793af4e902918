package se.finsam.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The broken and hostile workbooks the import must refuse, written from scratch: the tests check the messages,
 * {@code ./finsam bench xlsx} the time and heap. Each is named for what it is (the message names the file).
 */
public final class HostileWorkbooks {

	private HostileWorkbooks() {
	}

	/** Every one of them, by the word its refusal message must contain (Swedish). */
	public static Map<Path, String> all(Path dir) throws Exception {
		Map<Path, String> all = new LinkedHashMap<>();
		all.put(Files.writeString(dir.resolve("inte-zip.xlsx"), "Deltagar-ID;Kön\nA-1;K\n"), "inte en Excel-arbetsbok");
		all.put(Files.write(dir.resolve("tom.xlsx"), new byte[0]), "inte en Excel-arbetsbok");
		all.put(truncated(dir.resolve("avkortad.xlsx")), "skadad");
		all.put(passwordProtected(dir.resolve("hemlig.xlsx")), "lösenordsskyddad");
		all.put(zipBomb(dir.resolve("bomb.xlsx")), "zip-bomb");
		all.put(duplicateEntries(dir.resolve("dubbel.xlsx")), "skadad");
		all.put(zip(dir.resolve("xxe.xlsx"), parts(doctype("<!ENTITY e SYSTEM \"file:///etc/passwd\">") + body("&e;"))),
				"XML-entitet");
		all.put(zip(dir.resolve("skratt.xlsx"), parts(doctype(laughs()) + body("&l9;"))), "XML-entitet");
		all.put(hugeSharedStrings(dir.resolve("texter.xlsx")), "delade texter");
		return all;
	}

	/** A minimal one-sheet workbook with this worksheet part, as given. */
	public static Path withSheet(Path file, String sheetXml) throws IOException {
		return zip(file, parts(sheetXml));
	}

	/** A small valid DIS workbook written by POI. */
	public static Path valid(Path file) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var sheet = wb.createSheet("Deltagare");
			var head = sheet.createRow(0);
			head.createCell(0).setCellValue("Deltagar-ID");
			head.createCell(1).setCellValue("Kön");
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("A-1");
			row.createCell(1).setCellValue("K");
			wb.write(out);
		}
		return file;
	}

	static Path truncated(Path file) throws IOException {
		byte[] whole = Files.readAllBytes(valid(file));
		return Files.write(file, Arrays.copyOf(whole, whole.length / 2));
	}

	static Path passwordProtected(Path file) throws Exception {
		Path plain = valid(file.resolveSibling("klartext-" + file.getFileName()));
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
		Files.deleteIfExists(plain);
		return file;
	}

	/** 200 MB of spaces after the sheet's XML: about 200 kB on disk. */
	static Path zipBomb(Path file) throws IOException {
		byte[] spaces = new byte[1 << 20];
		Arrays.fill(spaces, (byte) ' ');
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : parts(sheet(cell("Deltagar-ID"))).entrySet()) {
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
		return file;
	}

	/** Two entries named xl/worksheets/sheet1.xml (CVE-2025-31672): which one a reader takes is undefined. */
	static Path duplicateEntries(Path file) throws IOException {
		Map<String, String> parts = parts(sheet(cell("Deltagar-ID")));
		parts.put("xl/worksheets/sheetX.xml", sheet(cell("Annat")));
		zip(file, parts);
		// java.util.zip refuses to write one name twice: rename the second in place, as an attacker would.
		String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
		return Files.write(file, bytes.replace("xl/worksheets/sheetX.xml", "xl/worksheets/sheet1.xml")
				.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** 2,1 million distinct shared strings: more than the reader keeps. */
	static Path hugeSharedStrings(Path file) throws IOException {
		Map<String, String> parts = parts(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"));
		parts.remove("xl/sharedStrings.xml");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				write(zip, part.getKey(), part.getValue());
			}
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			zip.write(("<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\">").getBytes(StandardCharsets.UTF_8));
			StringBuilder chunk = new StringBuilder();
			Random random = new Random(1);
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
		return file;
	}

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

	private static String cell(String text) {
		return "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>";
	}

	private static String sheet(String rows) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
				+ "</sheetData></worksheet>";
	}

	private static String body(String entity) {
		return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + cell(entity) + "</sheetData></worksheet>";
	}

	private static String doctype(String declarations) {
		return "<?xml version=\"1.0\"?><!DOCTYPE worksheet [" + declarations + "]>";
	}

	private static String laughs() {
		StringBuilder entities = new StringBuilder("<!ENTITY l0 \"ha\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		return entities.toString();
	}

	/** The parts of a minimal one-sheet workbook. */
	private static Map<String, String> parts(String sheet) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPE + "sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + TYPE + "worksheet+xml\"/>"
				+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + TYPE + "sharedStrings+xml\"/></Types>");
		parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
		parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
				+ "<sheet name=\"Deltagare\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
		parts.put("xl/worksheets/sheet1.xml", sheet);
		parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\"/>");
		return parts;
	}

	private static Path zip(Path file, Map<String, String> parts) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				write(zip, part.getKey(), part.getValue());
			}
		}
		return file;
	}

	private static void write(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
