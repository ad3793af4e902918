package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.product.tests.Finsam.Result;

/**
 * {@code ./finsam update}: the next version of the product is built here from a copy of these sources — as a
 * förbund would publish it, with a later build qualifier and one schema migration more — and an installation of
 * this build (with a template plug-in installed and a database of its own) is updated to it: refused without
 * {@code --trust}, then updated whole; its first command upgrades the database after a backup; the template
 * plug-in follows from the next version's template repository, served over https.
 */
@Order(1) // the longest: it builds the next version before its tests
@ResourceLock(Finsam.DISPLAY)
class UpdateCliTest extends ProductCopyTest {

	private static final String UPPSALA = "se.finsam.templates.uppsala.feature";
	/** This build's schema version and the later version's, which adds a table this build does not have. */
	private static int schema;
	private static String migration;

	@TempDir
	static Path next;

	private static Path nextProductRepository;
	private static Path nextTemplateRepository;
	private static String qualifier;


	@BeforeAll
	static void buildTheNextVersion() throws Exception {
		Path sources = next.resolve("sources");
		copySources(Finsam.ROOT, sources);
		Path migrations = sources.resolve("bundles/se.finsam.store/src/se/finsam/store/internal/Migrations.java");
		String code = Files.readString(migrations);
		Matcher last = Pattern.compile("\"(V(\\d+)__[a-z_]+\\.sql)\"\\);").matcher(code);
		assertTrue(last.find(), "this build's last migration; the test adds the next");
		schema = Integer.parseInt(last.group(2));
		migration = "V" + (schema + 1) + "__update_test.sql";
		Files.writeString(migrations, code.replace(last.group(), "\"" + last.group(1) + "\", \"" + migration + "\");"));
		Files.writeString(sources.resolve("bundles/se.finsam.store/db/" + migration),
				"-- the next version's schema change\nCREATE TABLE UPDATE_NOTE (ID INT NOT NULL PRIMARY KEY, NOTE ${TEXT})\n;\n");
		// A later build: the qualifier of now, and a suffix that sorts it after a build of this same minute.
		qualifier = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmm")) + "-next";
		List<String> command = new ArrayList<>(List.of(sources.resolve("mvnw").toString(), "-q", "-o", "-DskipTests",
				"-Dfinsam.skipArchives=true", "-DforceContextQualifier=" + qualifier, "-pl",
				"releng/se.finsam.product,releng/se.finsam.repository", "-am", "package"));
		String local = System.getProperty("finsam.localRepository", "");
		if (!local.isBlank() && !local.contains("${")) {
			command.add("-Dmaven.repo.local=" + local);
		}
		ProcessBuilder build = new ProcessBuilder(command).directory(sources.toFile()).redirectErrorStream(true)
				.redirectOutput(next.resolve("build.log").toFile());
		build.environment().keySet().removeIf(name -> name.startsWith("MAVEN_") && !name.equals("MAVEN_OPTS"));
		Process process = build.start();
		boolean finished = process.waitFor(20, TimeUnit.MINUTES);
		String log = Files.readString(next.resolve("build.log"), StandardCharsets.UTF_8);
		assertTrue(finished && process.exitValue() == 0, "the next version builds:\n" + log);
		nextProductRepository = sources.resolve("releng/se.finsam.product/target/repository");
		nextTemplateRepository = sources.resolve("releng/se.finsam.repository/target/repository");
		assertTrue(Files.isRegularFile(nextProductRepository.resolve("plugins/se.finsam.store_0.1.0." + qualifier + ".jar")),
				"the next version's store in " + nextProductRepository);
	}


	@Test
	void anInstallationIsUpdatedAndItsDatabaseUpgradedAfterABackup() throws Exception {
		assertEquals(0, finsam("demo", "--participants", "60").exitCode());
		String templates = ReportCliTest.REPOSITORY.toAbsolutePath().normalize().toString();
		assertEquals(0, finsam("plugins", "install", templates, UPPSALA, "--trust").exitCode());
		String before = version();
		assertTrue(before.compareTo("0.1.0." + qualifier) < 0, before);
		String repository = nextProductRepository.toString();

		Result check = finsam("update", "--from", repository, "--check");
		assertEquals(0, check.exitCode(), check::err);
		assertTrue(check.out().contains("Finsam Workbench") && check.out().contains("se.finsam.product")
				&& check.out().contains(before) && check.out().contains("0.1.0." + qualifier), check.out());
		assertFalse(check.out().contains("uppsala"), "not in the product's repository: " + check.out());
		assertEquals(before, version(), "--check changes nothing");

		// Our builds are unsigned: refused without --trust, naming a few files, and nothing changed.
		byte[] bundles = Files.readAllBytes(bundlesInfo());
		Result refused = finsam("update", "--from", repository);
		assertEquals(2, refused.exitCode(), refused::out);
		assertEquals(1, refused.errLines().size(), refused.err());
		assertTrue(refused.err().contains("Ingenting installerades: osignerat: se.finsam.")
				&& refused.err().matches("(?s).* och \\d+ till.*") && refused.err().contains("--trust"), refused.err());
		assertArrayEquals(bundles, Files.readAllBytes(bundlesInfo()), "bundles.info unchanged");

		Result updated = finsam("update", "--from", repository, "--trust");
		assertEquals(0, updated.exitCode(), updated::err);
		assertTrue(updated.out().startsWith("Uppdaterade:") && updated.out().contains("0.1.0." + qualifier)
				&& updated.out().contains("från nästa start"), updated.out());
		assertEquals("0.1.0." + qualifier, version());
		assertTrue(Files.readString(bundlesInfo()).contains("se.finsam.store,0.1.0." + qualifier + ","));

		// The first command of the new version upgrades the database, after a backup, and says where it is.
		Result first = finsam("list", "projects");
		assertEquals(0, first.exitCode(), first::err);
		assertTrue(first.out().contains("2014:35"), "the data is still there: " + first.out());
		Matcher said = Pattern.compile("Databasen uppgraderades till den här versionen av Finsam Workbench \\(schema "
				+ schema + " till " + (schema + 1) + "\\); en säkerhetskopia av den som den var före finns i (\\S+)\\.").matcher(first.err());
		assertTrue(said.find(), first.err());
		Path backup = Path.of(said.group(1));
		assertEquals(data.resolve("backups"), backup.getParent());
		Result verified = finsam("backup", "--verify", backup.toString());
		assertEquals(0, verified.exitCode(), verified::err);
		Result again = finsam("list", "projects");
		assertEquals("", again.err(), "upgraded once");
		assertEquals(first.out(), again.out());

		// Without --from: the repository it was last updated from, which has nothing newer now.
		Result upToDate = finsam("update", "--check");
		assertEquals(0, upToDate.exitCode(), upToDate::err);
		assertTrue(upToDate.out().contains("Allt som är installerat är lika nytt som i " + repository), upToDate.out());
		Result nothing = finsam("update");
		assertTrue(nothing.exitCode() != 0 && nothing.err().contains("har inget nyare än det som är installerat"),
				nothing.err());

		// The template plug-in installed from a repository follows from the next version of that repository.
		// Published over https, as a förbund does: the server's certificate is trusted as IT would have it.
		Result plugin;
		try (HttpsRepository server = new HttpsRepository(nextTemplateRepository, work)) {
			Map<String, String> trusting = new java.util.HashMap<>(env);
			trusting.put("FINSAM_VMARGS", server.trustingVmArgs());
			plugin = Finsam.run(data, trusting, "update", "--from", server.url(), "--trust");
		}
		assertEquals(0, plugin.exitCode(), plugin::err);
		assertTrue(plugin.out().contains(UPPSALA) && plugin.out().contains("0.1.0." + qualifier)
				&& !plugin.out().contains("se.finsam.product"), plugin.out());
		String list = finsam("plugins").out();
		assertTrue(Pattern.compile(Pattern.quote(UPPSALA) + " +0\\.1\\.0\\." + Pattern.quote(qualifier)).matcher(list)
				.find(), list);
		Result report = finsam("report", "--project", "2014:35", "--template", "uppsala.annual", "--out",
				work.resolve("uppsala.pdf").toString());
		assertEquals(0, report.exitCode(), report::err);
		String text = ReportCliTest.pdftotext(work.resolve("uppsala.pdf")).replaceAll("\\s+", " ");
		assertTrue(text.contains("Bilaga LS Helår"), text);
	}

	@Test
	void theUpdateDialogUpdatesTheProduct() throws Exception {
		String display = System.getenv("DISPLAY");
		assertTrue(display != null && !display.isBlank(), "the product tests run with a display (xvfb-run)");
		installTheDriver(ReportCliTest.REPOSITORY.toAbsolutePath().normalize());
		assertEquals(0, finsam("demo", "--participants", "40").exitCode());
		String before = version();

		String said = workbench(display, "update", nextProductRepository.toString());
		assertTrue(said.contains("OFFERED Finsam Workbench " + before + " 0.1.0." + qualifier), said);
		assertTrue(said.contains("Uppdaterade Finsam Workbench till 0.1.0." + qualifier), said);
		assertEquals("0.1.0." + qualifier, version());
		Result first = finsam("list", "projects");
		assertEquals(0, first.exitCode(), first::err);
		assertTrue(first.err().contains("(schema " + schema + " till " + (schema + 1) + ")"), first.err());
	}

	@Test
	void whatCannotUpdateIsRefusedAndNothingChanges() throws Exception {
		byte[] bundles = Files.readAllBytes(bundlesInfo());
		refused("Ange förrådet med --from", "update");
		refused("är inget p2-förråd", "update", "--from", work.toString());
		refused("Det finns ingen mapp eller fil", "update", "--from", work.resolve("saknas").toString());
		Path thisVersion = Finsam.PRODUCT.resolve("../../../../../repository").normalize();
		refused("har inget nyare än det som är installerat", "update", "--from", thisVersion.toString());
		// A p2 repository with neither the product nor a template plug-in installed here.
		Path other = metadataRepository(work.resolve("annat"), "Annat", 1, """
				<unit id='org.example.annat' version='2.0.0'>
				  <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='org.example.annat' version='2.0.0'/></provides>
				</unit>""");
		refused("har varken Finsam Workbench eller något av de mallinsticksprogram", "update", "--from", other.toString());
		refused("bara över https", "update", "--from", "http://uppdatering.example.org/p2");
		assertArrayEquals(bundles, Files.readAllBytes(bundlesInfo()), "bundles.info unchanged");
		assertFalse(version().contains(qualifier));
	}

	private String version() throws Exception {
		Result r = finsam("version");
		assertEquals(0, r.exitCode(), r::err);
		Matcher m = Pattern.compile("Finsam Workbench (\\S+)").matcher(r.out());
		assertTrue(m.find(), r.out());
		return m.group(1);
	}

	/** The files git knows in the checkout (committed or not, ignored ones left out): the sources, no build output. */
	private static void copySources(Path root, Path to) throws Exception {
		Process git = new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z", "--cached", "--others",
				"--exclude-standard").redirectError(ProcessBuilder.Redirect.INHERIT).start();
		byte[] listing = git.getInputStream().readAllBytes();
		assertEquals(0, git.waitFor(), "git ls-files in " + root);
		for (String file : new String(listing, StandardCharsets.UTF_8).split("\0")) {
			Path source = root.resolve(file);
			if (file.isEmpty() || !Files.isRegularFile(source)) {
				continue; // deleted in the checkout, not yet committed
			}
			Path target = to.resolve(file);
			Files.createDirectories(target.getParent());
			Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
		}
	}
}
