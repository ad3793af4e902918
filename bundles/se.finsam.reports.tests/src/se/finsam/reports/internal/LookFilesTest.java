package se.finsam.reports.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template's look file may hold a master page and styles only: one with a script, an expression in its page
 * header, a data source or a body is refused, naming the file and what it holds.
 */
public class LookFilesTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<report xmlns=\"http://www.eclipse.org/birt/2005/design\" version=\"3.2.27\" id=\"1\">\n";
	private static final String STYLES = "<styles><style name=\"heading\" id=\"2\"><property name=\"fontSize\">16pt"
			+ "</property></style></styles>\n";
	private static final String PAGE = "<page-setup><simple-master-page name=\"Sida\" id=\"3\"><page-header>"
			+ "<label id=\"4\"><text-property name=\"text\">Samordningsförbundet</text-property></label>"
			+ "</page-header></simple-master-page></page-setup>\n";

	@TempDir
	Path dir;

	private Path look(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), HEAD + content + "</report>\n");
	}

	@Test
	public void aMasterPageAndStylesAreALook() throws Exception {
		Path ok = look("look.rptdesign", STYLES + PAGE);
		assertDoesNotThrow(() -> LookFiles.check(ok.toUri().toURL()));
	}

	@Test
	public void anythingThatRunsOrReadsIsRefusedNamingTheFile() throws Exception {
		String[][] cases = {
				{ "skript.rptdesign", "<method name=\"initialize\"><![CDATA[java.lang.Runtime.getRuntime()]]></method>"
						+ STYLES, "<method>" },
				{ "uttryck.rptdesign", "<page-setup><simple-master-page name=\"S\" id=\"3\"><page-header><data id=\"5\">"
						+ "<expression name=\"valueExpr\">java.lang.System.getenv(\"FINSAM_KEY\")</expression></data>"
						+ "</page-header></simple-master-page></page-setup>", "<data>" },
				{ "kalla.rptdesign", "<data-sources><oda-data-source extensionID=\"org.eclipse.birt.report.data.oda.jdbc\""
						+ " name=\"X\" id=\"6\"/></data-sources>" + STYLES, "<data-sources>" },
				{ "kropp.rptdesign", STYLES + "<body><label id=\"7\"/></body>", "<body>" },
				{ "text.rptdesign", "<page-setup><simple-master-page name=\"S\" id=\"3\"><page-header><text id=\"8\">"
						+ "<text-property name=\"content\">&lt;VALUE-OF&gt;new java.io.File(\"/\")&lt;/VALUE-OF&gt;"
						+ "</text-property></text></page-header></simple-master-page></page-setup>", "<value-of>" },
				{ "handelse.rptdesign", "<page-setup><simple-master-page name=\"S\" id=\"3\"><page-header>"
						+ "<label id=\"9\"><method name=\"onCreate\">x</method></label></page-header>"
						+ "</simple-master-page></page-setup>", "<method>" } };
		for (String[] c : cases) {
			Path file = look(c[0], c[1]);
			IOException e = assertThrows(IOException.class, () -> LookFiles.check(file.toUri().toURL()), c[0]);
			assertTrue(e.getMessage().contains(c[0]) && e.getMessage().contains(c[2]), e.getMessage());
		}
	}

	@Test
	public void aDoctypeIsNotRead() throws Exception {
		Path file = Files.writeString(dir.resolve("doctype.rptdesign"), "<?xml version=\"1.0\"?>\n"
				+ "<!DOCTYPE report [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<report>&x;</report>\n");
		IOException e = assertThrows(IOException.class, () -> LookFiles.check(file.toUri().toURL()));
		assertTrue(e.getMessage().contains("doctype.rptdesign"), e.getMessage());
	}
}
