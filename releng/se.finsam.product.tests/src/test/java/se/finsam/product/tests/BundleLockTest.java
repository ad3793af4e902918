package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Fails the build when the product's third-party bundles differ from {@code targetplatform/bundles.lock}: a build a
 * month later must ship the same bundles. After a deliberate change to the target, refresh the lock with
 * {@code ./mvnw verify -Dfinsam.updateLock=true} and commit it.
 */
class BundleLockTest {

	private static final Path LOCK = Finsam.ROOT.resolve("targetplatform/bundles.lock");

	@Test
	void productBundlesMatchTheLock() throws IOException {
		TreeSet<String> resolved = resolvedBundles();
		if (Boolean.getBoolean("finsam.updateLock")) {
			List<String> lines = new ArrayList<>();
			lines.add("# Third-party bundles of the materialized product (symbolic name and version), one per line.");
			lines.add("# Checked by releng/se.finsam.product.tests; refresh: ./mvnw verify -Dfinsam.updateLock=true");
			lines.addAll(resolved);
			Files.write(LOCK, lines, StandardCharsets.UTF_8);
			return;
		}
		TreeSet<String> locked;
		try (Stream<String> lines = Files.lines(LOCK)) {
			locked = lines.filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
		}
		TreeSet<String> added = new TreeSet<>(resolved);
		added.removeAll(locked);
		TreeSet<String> removed = new TreeSet<>(locked);
		removed.removeAll(resolved);
		if (!added.isEmpty() || !removed.isEmpty()) {
			fail("The resolved bundles drifted from targetplatform/bundles.lock.\n  new or changed: " + added
					+ "\n  gone or changed: " + removed
					+ "\nPin versions in targetplatform/finsam.target; if the change is intended, run"
					+ " ./mvnw verify -Dfinsam.updateLock=true and commit the lock.");
		}
	}

	private static TreeSet<String> resolvedBundles() throws IOException {
		try (Stream<Path> plugins = Files.list(Finsam.PRODUCT.resolve("plugins"))) {
			return plugins.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("se.finsam."))
					.map(n -> n.endsWith(".jar") ? n.substring(0, n.length() - 4) : n)
					.collect(Collectors.toCollection(TreeSet::new));
		}
	}
}
