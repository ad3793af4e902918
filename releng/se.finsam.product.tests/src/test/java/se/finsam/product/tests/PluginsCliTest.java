package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import se.finsam.product.tests.Finsam.Result;

/**
 * {@code ./finsam plugins}: Uppsala's template plug-in installed from our p2 repository (a folder and a zip) into a
 * copy of the product, rendered and removed; what is not a template plug-in refused with nothing changed; a signed
 * plug-in names its signer.
 */
@Order(2)
class PluginsCliTest extends ProductCopyTest {

	private static final String UPPSALA = "se.finsam.templates.uppsala.feature";



	@Test
	void uppsalasPluginIsInstalledRenderedAndRemoved() throws Exception {
		String repository = ReportCliTest.REPOSITORY.toAbsolutePath().normalize().toString();
		Result before = finsam("plugins");
		assertEquals(0, before.exitCode(), before::err);
		assertTrue(before.out().contains("se.finsam.templates.rar.feature") && before.out().contains("rar.final")
				&& before.out().contains("ingår i produkten") && !before.out().contains("uppsala"), before.out());

		// Our templates are not signed: refused without --trust, and nothing changed.
		byte[] bundles = Files.readAllBytes(bundlesInfo());
		Result refused = finsam("plugins", "install", repository, UPPSALA);
		assertEquals(2, refused.exitCode(), refused::out);
		assertTrue(refused.err().contains("Ingenting installerades: osignerat: se.finsam.templates.uppsala.feature_")
				&& refused.err().contains(", se.finsam.templates.uppsala_")
				&& refused.err().contains("lägg då till --trust"), refused.err());
		assertArrayEquals(bundles, Files.readAllBytes(bundlesInfo()), "bundles.info unchanged");

		Result installed = finsam("plugins", "install", repository, UPPSALA, "--trust");
		assertEquals(0, installed.exitCode(), installed::err);
		assertTrue(installed.out().contains("Installerade " + UPPSALA) && installed.out().contains("(osignerat)"),
				installed.out());
		Result list = finsam("plugins");
		assertTrue(list.out().contains(UPPSALA) && list.out().contains("uppsala.interim, uppsala.annual")
				&& list.out().contains(repository), list.out());
		Result again = finsam("plugins", "install", repository, UPPSALA, "--trust");
		assertTrue(again.exitCode() != 0 && again.err().contains("Redan installerat"), again.err());

		Result templates = finsam("report", "--list");
		assertTrue(templates.out().contains("uppsala.annual") && templates.out().contains("se.finsam.templates.uppsala")
				&& templates.out().contains("Årsrapport till Samordningsförbundet"), templates.out());
		assertTrue(templates.out().contains("årsrapport") && !templates.out().contains(" annual "),
				"kinds in Swedish: " + templates.out());
		// The installed plug-in's template renders, for the last whole year (this one from December).
		assertEquals(0, finsam("demo", "--participants", "150").exitCode());
		java.time.LocalDate today = java.time.LocalDate.now();
		int year = today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
		for (String format : List.of("pdf", "docx")) {
			Path out = work.resolve("uppsala." + format);
			Result report = finsam("report", "--project", "2014:35", "--template", "uppsala.annual", "--out",
					out.toString());
			assertEquals(0, report.exitCode(), report::err);
			String text = format.equals("pdf") ? ReportCliTest.pdftotext(out).replaceAll("\\s+", " ")
					: Finsam.zipEntry(out, "word/document.xml").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
			assertTrue(text.contains("Bilaga LS Helår"), text);
			assertTrue(text.contains("januari–december " + year), "the year in the förbund's text: " + text);
			assertTrue(text.contains("period " + year + "-01-01 till " + year + "-12-31"), text);
			assertFalse(text.contains("{år}"), text);
		}

		Result removed = finsam("plugins", "remove", "se.finsam.templates.uppsala");
		assertEquals(0, removed.exitCode(), removed::err);
		assertTrue(removed.out().startsWith("Tog bort " + UPPSALA), removed.out());
		assertFalse(finsam("report", "--list").out().contains("uppsala"), "gone after removal");
		assertFalse(Files.readString(bundlesInfo()).contains("se.finsam.templates.uppsala"));
		Result product = finsam("plugins", "remove", "se.finsam.templates.rar.feature");
		assertTrue(product.exitCode() != 0 && product.err().contains("ingår i produkten och kan inte tas bort"),
				product.err());

		// The same from a zip of the repository.
		Path zip = work.resolve("mallar.zip");
		zip(ReportCliTest.REPOSITORY, zip);
		Result fromZip = finsam("plugins", "install", zip.toString(), "se.finsam.templates.uppsala", "--trust");
		assertEquals(0, fromZip.exitCode(), fromZip::err);
		assertTrue(finsam("report", "--list").out().contains("uppsala.annual"));
		assertTrue(finsam("plugins").out().contains(zip.toString()));
	}

	@Test
	void whatIsNotATemplatePluginIsRefusedAndNothingChanges() throws Exception {
		byte[] bundles = Files.readAllBytes(bundlesInfo());
		String repository = ReportCliTest.REPOSITORY.toString();
		refused("är inget p2-förråd", "plugins", "install", work.toString(), "--trust");
		refused("Det finns ingen mapp eller fil", "plugins", "install", work.resolve("saknas").toString());
		refused("inget mallinsticksprogram för Finsam Workbench: det för med sig se.finsam.core,", "plugins", "install",
				repository, "se.finsam.core.feature", "--trust");
		refused("inget mallinsticksprogram för Finsam Workbench", "plugins", "install", repository,
				"se.finsam.bench.feature", "--trust");
		refused("har ingen funktion \"finns.inte\". Mallinsticksprogram där: se.finsam.templates.generic.feature, "
				+ "se.finsam.templates.rar.feature, " + UPPSALA, "plugins", "install", repository, "finns.inte");
		refused("bara över https", "plugins", "install", "http://mallar.example.org/p2", "--trust");
		refused("Ingen förbindelse med https://127.0.0.1:9/p2", "plugins", "install", "https://127.0.0.1:9/p2",
				"--trust");
		refused("Inget mallinsticksprogram \"" + UPPSALA + "\" är installerat", "plugins", "remove", UPPSALA);
		refused("\"se.finsam.core.feature\" är inget mallinsticksprogram", "plugins", "remove", "se.finsam.core.feature");
		Path notAZip = Files.writeString(work.resolve("mallar.zip"), "inte en zip");
		refused("är inget p2-förråd", "plugins", "install", notAZip.toString());
		refused("\"se.finsam.templates.trasig\" kan inte installeras i den här versionen av Finsam Workbench: "
				+ "det kräver java.package org.example.saknas [1.0.0,2.0.0), som varken produkten eller förrådet har",
				"plugins", "install", unresolvable(work.resolve("trasig")).toString(), "--trust");
		assertArrayEquals(bundles, Files.readAllBytes(bundlesInfo()), "bundles.info unchanged");
		assertFalse(finsam("plugins").out().contains("uppsala"));
	}

	@Test
	void fromAnHttpsAddressWhoseServerIsTrusted() throws Exception {
		try (HttpsRepository server = new HttpsRepository(ReportCliTest.REPOSITORY.toAbsolutePath().normalize(),
				work)) {
			byte[] bundles = Files.readAllBytes(bundlesInfo());
			refused("Servern för " + server.url() + " gick inte att verifiera", "plugins", "install", server.url(), UPPSALA,
					"--trust");
			assertArrayEquals(bundles, Files.readAllBytes(bundlesInfo()), "bundles.info unchanged");

			Map<String, String> trusting = new java.util.HashMap<>(env);
			trusting.put("FINSAM_VMARGS", server.trustingVmArgs());
			Result installed = Finsam.run(data, trusting, "plugins", "install", server.url(), UPPSALA, "--trust");
			assertEquals(0, installed.exitCode(), installed::err);
			assertTrue(installed.out().contains("Installerade " + UPPSALA), installed.out());
			Result list = finsam("plugins");
			assertTrue(list.out().contains(UPPSALA) && list.out().contains(server.url()), list.out());
			assertTrue(finsam("report", "--list").out().contains("uppsala.annual"));
		}
	}

	@Test
	void aSignedPluginSaysWhoSignedIt() throws Exception {
		Path repository = work.resolve("signed");
		ReportCliTest.copy(ReportCliTest.REPOSITORY, repository);
		Path keystore = work.resolve("forbund.p12");
		tool("keytool", "-genkeypair", "-alias", "forbund", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
				"-dname", "CN=Testforbundet Mallar, O=Testforbundet, C=SE", "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass", "hemligt", "-keypass", "hemligt");
		String artifacts = Finsam.zipEntry(repository.resolve("artifacts.jar"), "artifacts.xml");
		for (String folder : List.of("plugins", "features")) {
			try (var jars = Files.list(repository.resolve(folder))) {
				for (Path jar : jars.filter(j -> j.getFileName().toString().startsWith("se.finsam.templates.uppsala"))
						.toList()) {
					tool("jarsigner", "-keystore", keystore.toString(), "-storepass", "hemligt", jar.toString(), "forbund");
					artifacts = describe(artifacts, jar);
				}
			}
		}
		// p2 checks each artifact's size and checksum: the signed jars' go into a plain artifacts.xml.
		Files.delete(repository.resolve("artifacts.jar"));
		Files.delete(repository.resolve("artifacts.xml.xz"));
		Files.writeString(repository.resolve("artifacts.xml"), artifacts);

		Result untrusted = finsam("plugins", "install", repository.toString(), UPPSALA);
		assertEquals(2, untrusted.exitCode(), untrusted::out);
		assertTrue(untrusted.err().contains("signerat av CN=Testforbundet Mallar,O=Testforbundet,C=SE, som ingen betrodd")
				&& !untrusted.err().contains("osignerat"), untrusted.err());
		assertFalse(finsam("plugins").out().contains("uppsala"));

		Result trusted = finsam("plugins", "install", repository.toString(), UPPSALA, "--trust");
		assertEquals(0, trusted.exitCode(), trusted::err);
		assertTrue(trusted.out().contains("(CN=Testforbundet Mallar,O=Testforbundet,C=SE)"), trusted.out());
		Result list = finsam("plugins");
		assertTrue(list.out().contains("CN=Testforbundet Mallar,O=Testforbundet,C=SE"), list.out());
	}

	/** A repository with a template plug-in whose bundle needs a package nothing provides (metadata only). */
	private static Path unresolvable(Path folder) throws Exception {
		return metadataRepository(folder, "Trasig", 2, """
				<unit id='se.finsam.templates.trasig.feature.group' version='1.0.0' singleton='false'>
				  <properties size='2'>
				    <property name='org.eclipse.equinox.p2.name' value='Trasiga mallar'/>
				    <property name='org.eclipse.equinox.p2.type.group' value='true'/>
				  </properties>
				  <provides size='1'>
				    <provided namespace='org.eclipse.equinox.p2.iu' name='se.finsam.templates.trasig.feature.group' version='1.0.0'/>
				  </provides>
				  <requires size='1'>
				    <required namespace='org.eclipse.equinox.p2.iu' name='se.finsam.templates.trasig' range='[1.0.0,1.0.0]'/>
				  </requires>
				  <touchpoint id='null' version='0.0.0'/>
				</unit>
				<unit id='se.finsam.templates.trasig' version='1.0.0'>
				  <provides size='2'>
				    <provided namespace='org.eclipse.equinox.p2.iu' name='se.finsam.templates.trasig' version='1.0.0'/>
				    <provided namespace='osgi.bundle' name='se.finsam.templates.trasig' version='1.0.0'/>
				  </provides>
				  <requires size='2'>
				    <required namespace='osgi.bundle' name='se.finsam.reports' range='[0.1.0,1.0.0)'/>
				    <required namespace='java.package' name='org.example.saknas' range='[1.0.0,2.0.0)'/>
				  </requires>
				  <touchpoint id='org.eclipse.equinox.p2.osgi' version='1.0.0'/>
				</unit>""");
	}

	/** The artifact entry of a jar with its new size and checksum (and no stale ones). */
	private static String describe(String artifacts, Path jar) throws Exception {
		String name = jar.getFileName().toString();
		String id = name.substring(0, name.lastIndexOf('_'));
		String version = name.substring(name.lastIndexOf('_') + 1, name.length() - ".jar".length());
		Pattern entry = Pattern.compile("(<artifact classifier='[^']+' id='" + Pattern.quote(id) + "' version='"
				+ Pattern.quote(version) + "'>)(.*?)(</artifact>)", Pattern.DOTALL);
		Matcher m = entry.matcher(artifacts);
		assertTrue(m.find(), id + " in artifacts.xml");
		byte[] bytes = Files.readAllBytes(jar);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		String properties = "<properties size='3'><property name='artifact.size' value='" + bytes.length
				+ "'/><property name='download.size' value='" + bytes.length
				+ "'/><property name='download.checksum.sha-256' value='" + sha256 + "'/></properties>";
		return artifacts.substring(0, m.start()) + m.group(1) + properties + m.group(3) + artifacts.substring(m.end());
	}

	private static void tool(String name, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>();
		command.add(Path.of(ReportCliTest.java()).resolveSibling(name).toString());
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), log);
	}

	/** A zip of the folder's contents, as a förbund would mail its repository. */
	private static void zip(Path folder, Path zip) throws Exception {
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
				var files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				out.putNextEntry(new java.util.zip.ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, out);
				out.closeEntry();
			}
		}
	}
}
