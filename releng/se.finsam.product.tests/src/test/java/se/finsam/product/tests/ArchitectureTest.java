package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, checked on every manifest under bundles/, the features and the
 * materialized product: a bundle that requires a layer above its own, a core bundle that reaches for the UI or the
 * command line's application, a template plug-in that needs more than se.finsam.reports, a test that is not a
 * fragment of what it tests, a friend list, or a test-only bundle in the product fails the build with the rule and
 * the bundle that broke it.
 */
class ArchitectureTest {

	/** A bundle's manifest as far as the rules need it. */
	record Bundle(String name, String host, List<String> requires, List<String> imports, List<String> exports,
			String activator) {

		boolean requires(Predicate<String> which) {
			return requires.stream().anyMatch(which);
		}
	}

	/** Our layers, lowest first; a bundle may require its own layer or lower ones only. */
	private static final List<Predicate<String>> LAYERS = List.of(
			n -> n.equals("se.finsam.core"),
			n -> n.startsWith("se.finsam.model"),
			n -> n.equals("se.finsam.store"),
			n -> n.equals("se.finsam.calc") || n.equals("se.finsam.stats") || n.equals("se.finsam.io.xlsx")
					|| n.equals("se.finsam.reports") || n.equals("se.finsam.privacy") || n.equals("se.finsam.plugins"),
			n -> n.equals("se.finsam.cli") || n.endsWith(".cli") || n.equals("se.finsam.cli.app"),
			n -> n.startsWith("se.finsam.ui") || n.equals("se.finsam.io.xlsx.ui") || n.equals("se.finsam.privacy.ui")
					|| n.equals("se.finsam.plugins.ui")
					|| n.startsWith("se.finsam.nls."),
			n -> n.startsWith("se.finsam.templates."));

	private static final Pattern UI = Pattern.compile("org\\.eclipse\\.(ui|swt|jface|e4\\.ui)(\\..*)?");

	private static final Map<String, Bundle> BUNDLES = new TreeMap<>();

	@BeforeAll
	static void readManifests() throws IOException {
		try (Stream<Path> dirs = Files.list(Finsam.ROOT.resolve("bundles"))) {
			for (Path dir : dirs.sorted().toList()) {
				Path manifest = dir.resolve("META-INF/MANIFEST.MF");
				if (Files.isRegularFile(manifest)) {
					Bundle b = read(manifest);
					BUNDLES.put(b.name(), b);
				}
			}
		}
		assertTrue(BUNDLES.size() > 20, "bundles/ read from " + Finsam.ROOT.toAbsolutePath());
	}

	@Test
	void noBundleRequiresALayerAboveItsOwn() {
		List<String> broken = new ArrayList<>();
		for (Bundle b : production()) {
			int own = layer(b.name());
			for (String r : b.requires()) {
				int theirs = layer(r);
				if (own >= 0 && theirs > own) {
					broken.add(b.name() + " requires " + r + " (a higher layer)");
				}
			}
		}
		assertEquals(List.of(), broken, "docs/architecture.md: a bundle may require its own layer or lower ones");
	}

	@Test
	void nothingBelowTheUserInterfaceKnowsTheUserInterface() {
		List<String> broken = new ArrayList<>();
		for (Bundle b : production()) {
			if (layer(b.name()) >= 0 && layer(b.name()) <= 4) {
				b.requires().stream().filter(r -> UI.matcher(r).matches()).forEach(r -> broken.add(b.name() + " requires " + r));
				b.imports().stream().filter(p -> UI.matcher(p).matches()).forEach(p -> broken.add(b.name() + " imports " + p));
			}
		}
		assertEquals(List.of(), broken, "core, model, store, domain services and the CLI never use SWT, JFace or the workbench");
	}

	@Test
	void onlyTheTwoApplicationsKnowTheApplicationModelAndDomainBundlesKnowNoCommandLine() {
		List<String> broken = new ArrayList<>();
		for (Bundle b : production()) {
			if (b.requires(r -> r.equals("org.eclipse.equinox.app"))
					&& !List.of("se.finsam.cli.app", "se.finsam.ui").contains(b.name())) {
				broken.add(b.name() + " requires org.eclipse.equinox.app");
			}
			if (b.requires(r -> r.equals("se.finsam.cli.app"))) {
				broken.add(b.name() + " requires the command line's application se.finsam.cli.app");
			}
			if (layer(b.name()) <= 3 && b.requires(r -> r.equals("se.finsam.cli") || r.endsWith(".cli"))) {
				broken.add(b.name() + " (a core or domain bundle) requires the command line");
			}
		}
		assertTrue(BUNDLES.get("se.finsam.io.xlsx").requires().stream().noneMatch(r -> r.equals("se.finsam.reports")),
				"spreadsheets never pull in BIRT: se.finsam.io.xlsx must not require se.finsam.reports");
		assertEquals(List.of(), broken);
	}

	@Test
	void aTemplatePlugInNeedsOnlyTheReportsBundleAndHasNoCode() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Bundle b : BUNDLES.values()) {
			if (b.name().startsWith("se.finsam.templates.")) {
				if (!b.requires().equals(List.of("se.finsam.reports")) || !b.imports().isEmpty()) {
					broken.add(b.name() + " requires " + b.requires() + " imports " + b.imports());
				}
				try (Stream<Path> files = Files.walk(Finsam.ROOT.resolve("bundles").resolve(b.name()))) {
					files.filter(f -> f.toString().endsWith(".java")).forEach(f -> broken.add(b.name() + " has code: " + f));
				}
			}
		}
		assertEquals(List.of(), broken, "a template plug-in requires se.finsam.reports only and holds data, not code");
	}

	@Test
	void testsAreFragmentsOfWhatTheyTestAndNothingHasFriends() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Bundle b : BUNDLES.values()) {
			if (b.name().endsWith(".tests")) {
				String tested = b.name().substring(0, b.name().length() - ".tests".length());
				if (!tested.equals(b.host())) {
					broken.add(b.name() + " is not a fragment of " + tested + " (Fragment-Host: " + b.host() + ")");
				}
			}
			for (String e : b.exports()) {
				if (e.contains("x-friends")) {
					broken.add(b.name() + " exports with friends: " + e);
				}
				String pkg = e.split(";")[0];
				if (pkg.contains(".internal") && !e.contains("x-internal:=true")) {
					broken.add(b.name() + " exports its internal package " + pkg);
				}
			}
			if (b.activator() != null && !b.name().equals("se.finsam.model.edit")) {
				broken.add(b.name() + " has an activator (" + b.activator() + "): use Declarative Services");
			}
		}
		assertEquals(List.of(), broken);
	}

	@Test
	void testsFixturesAndBenchmarksNeverShip() throws IOException {
		Predicate<String> testOnly = n -> n.endsWith(".tests") || n.startsWith("se.finsam.testing")
				|| n.startsWith("se.finsam.bench");
		List<String> broken = new ArrayList<>();
		for (Bundle b : production()) {
			b.requires().stream().filter(testOnly).forEach(r -> broken.add(b.name() + " requires " + r));
		}
		try (Stream<Path> features = Files.list(Finsam.ROOT.resolve("features"))) {
			for (Path f : features.filter(d -> Files.isRegularFile(d.resolve("feature.xml"))).sorted().toList()) {
				if (testOnly.test(f.getFileName().toString())) {
					continue; // the benchmarks' and the test drivers' own features, never in the product
				}
				String xml = Files.readString(f.resolve("feature.xml"));
				Matcher m = Pattern.compile("<plugin id=\"([^\"]+)\"").matcher(xml);
				while (m.find()) {
					if (testOnly.test(m.group(1))) {
						broken.add(f.getFileName() + " includes " + m.group(1));
					}
				}
			}
		}
		try (Stream<Path> plugins = Files.list(Finsam.PRODUCT.resolve("plugins"))) {
			plugins.map(p -> p.getFileName().toString().replaceFirst("_[0-9].*$", "")).filter(testOnly)
					.forEach(p -> broken.add("the product's plugins/ holds " + p));
		}
		assertEquals(List.of(), broken, "tests, fixtures and benchmarks stay out of the product");
	}

	/** Every bundle that is part of the product (tests, fixtures and benchmarks are not). */
	private static List<Bundle> production() {
		return BUNDLES.values().stream().filter(b -> !b.name().endsWith(".tests") && !b.name().startsWith("se.finsam.testing")
				&& !b.name().startsWith("se.finsam.bench")).toList();
	}

	/** The layer of one of our bundles, or -1 for a third-party bundle. */
	private static int layer(String name) {
		for (int i = LAYERS.size() - 1; i >= 0; i--) {
			if (name.startsWith("se.finsam.") && LAYERS.get(i).test(name)) {
				return i;
			}
		}
		return -1;
	}

	private static Bundle read(Path file) throws IOException {
		Manifest manifest;
		try (InputStream in = Files.newInputStream(file)) {
			manifest = new Manifest(in);
		}
		var a = manifest.getMainAttributes();
		String name = a.getValue("Bundle-SymbolicName").split(";")[0].strip();
		String host = a.getValue("Fragment-Host") == null ? null : a.getValue("Fragment-Host").split(";")[0].strip();
		return new Bundle(name, host, names(a.getValue("Require-Bundle")), names(a.getValue("Import-Package")),
				clauses(a.getValue("Export-Package")), a.getValue("Bundle-Activator"));
	}

	private static List<String> names(String header) {
		return clauses(header).stream().map(c -> c.split(";")[0].strip()).toList();
	}

	/** A header's comma-separated clauses, commas inside quotes (version ranges) kept. */
	private static List<String> clauses(String header) {
		List<String> out = new ArrayList<>();
		if (header == null) {
			return out;
		}
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				out.add(current.toString().strip());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			out.add(current.toString().strip());
		}
		return out;
	}
}
