package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import se.finsam.model.Project;
import se.finsam.store.Store;

/**
 * A JVM saving 50 000 participants is killed with SIGKILL in the middle of the save. After reopening, Derby's
 * consistency check passes on every table and the save is either all there or not there at all.
 */
public class CrashTest {

	private static final int PARTICIPANTS = 50_000;
	private static final String[] CLASSPATH_BUNDLES = { "se.finsam.store.tests", "se.finsam.store", "se.finsam.model", "se.finsam.core",
			"org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi", "org.eclipse.emf.common", "derby", "derby.shared",
			"derby.tools", "org.postgresql.jdbc", "org.eclipse.osgi", "org.eclipse.equinox.common", "org.eclipse.equinox.registry",
			"org.eclipse.core.runtime" };

	@TempDir
	Path data;

	/** Where the saver saves: a data directory here, a team server in {@link PostgresCrashTest}. */
	protected String target() {
		return data.toString();
	}

	protected Store open() {
		return Fixture.open(data);
	}

	/** Derby's consistency check of every table; a server's recovery is PostgreSQL's own. */
	protected void checkTables(Connection c) throws Exception {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = c.getMetaData().getTables(null, "APP", "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME"));
			}
		}
		assertTrue(tables.contains("PARTICIPANT"), tables.toString());
		for (String table : tables) {
			try (PreparedStatement s = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', ?)")) {
				s.setString(1, table);
				try (ResultSet rs = s.executeQuery()) {
					rs.next();
					assertEquals(1, rs.getInt(1), "SYSCS_CHECK_TABLE failed for " + table);
				}
			}
		}
	}

	@Test
	public void aSaveKilledHalfwayLeavesAConsistentDatabase() throws Exception {
		boolean interrupted = false;
		for (int delay : new int[] { 300, 120, 40, 10 }) {
			Process saver = start();
			BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = out.readLine()) != null && !line.equals("SAVING")) {
				// wait until the save has begun
			}
			if (line == null) {
				fail("the saver died before saving: exit " + saver.waitFor());
			}
			Thread.sleep(delay);
			saver.destroyForcibly(); // SIGKILL on Linux
			saver.waitFor(60, TimeUnit.SECONDS);
			int stored = checkAndCount();
			assertTrue(stored == 0 || stored == PARTICIPANTS, "partial save: " + stored + " participants");
			if (stored == 0) {
				interrupted = true;
				break;
			}
			// The save finished before the kill: start again with a shorter delay.
			resetProject();
		}
		assertTrue(interrupted, "never managed to kill the saver during its save");
	}

	private Process start() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-cp", classpath(), CrashSaver.class.getName(),
				target(), String.valueOf(PARTICIPANTS), "ett långt och hemligt testlösenord");
		builder.redirectError(ProcessBuilder.Redirect.INHERIT);
		return builder.start();
	}

	/** Checks the tables and counts the project's participants. */
	private int checkAndCount() throws Exception {
		try (Store store = open(); Connection c = store.reportingConnection()) {
			checkTables(c);
			String association = store.associations().get(0).id();
			return store.projects(association).get(0).participants();
		}
	}

	private void resetProject() {
		try (Store store = open()) {
			Project project = store.loadAssociation(store.associations().get(0).id()).getProjects().get(0);
			store.loadContent(project);
			project.getParticipants().clear();
			store.saveProject(project);
		}
	}

	private static String classpath() throws Exception {
		Set<String> entries = new LinkedHashSet<>();
		for (String name : CLASSPATH_BUNDLES) {
			Bundle bundle = Platform.getBundle(name);
			if (bundle == null) {
				fail("bundle " + name + " is not in the test runtime");
			}
			File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
			entries.add(location.getAbsolutePath());
			// Bundles of this build run from their project folders: classes and resources live in both.
			for (String sub : new String[] { "target/classes", "bin" }) {
				File dir = new File(location, sub);
				if (dir.isDirectory()) {
					entries.add(dir.getAbsolutePath());
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}
}
