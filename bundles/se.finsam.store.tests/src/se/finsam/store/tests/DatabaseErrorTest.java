package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.store.Store;
import se.finsam.store.StoreException;

/**
 * A database error never quotes a value: Derby's truncation error names the value it could not store ('x.Namn=…'),
 * which may be personal data. The message, the causes and their stack traces say what happened without it, and
 * nothing is stored.
 */
public class DatabaseErrorTest {

	@TempDir
	Path data;

	@Test
	public void aValueTooLongForTheDatabaseIsNeverQuoted() {
		Association a = Fixture.demo(30);
		try (Store store = Fixture.open(data)) {
			store.createAssociation(a);
			Project project = store.loadAssociation(a.getId()).getProjects().get(0);
			store.loadContent(project);
			String name = project.getName();
			project.setName("Hemlig Hemligsson " + "x".repeat(400)); // NAME is VARCHAR(300): Derby quotes the value
			StoreException e = assertThrows(StoreException.class, () -> store.saveProject(project));
			StringWriter trace = new StringWriter();
			e.printStackTrace(new PrintWriter(trace));
			assertFalse(trace.toString().contains("Hemlig Hemligsson"), "the value is in no message: " + e.getMessage());
			assertTrue(e.getMessage().contains("längre än databasen tillåter") && e.getMessage().contains("22001"),
					e.getMessage());
			assertEquals(name, store.loadAssociation(a.getId()).getProjects().get(0).getName(), "nothing stored");
		}
	}

	/** A participant's extra attributes and answers over what the database holds: refused naming her, not the value. */
	@Test
	public void extraAttributesTooLongNameTheParticipantNotTheValue() {
		Association a = Fixture.demo(30);
		try (Store store = Fixture.open(data)) {
			store.createAssociation(a);
			Project project = store.loadAssociation(a.getId()).getProjects().get(0);
			store.loadContent(project);
			int before = project.getParticipants().size();
			Participant p = project.getParticipants().get(0);
			// Kommun is not personal data: stored as written, so Derby would quote it
			p.getExtraAttributes().put("Kommun", "Hemlig Hemligsson " + "x".repeat(33_000));
			StoreException e = assertThrows(StoreException.class, () -> store.saveProject(project));
			StringWriter trace = new StringWriter();
			e.printStackTrace(new PrintWriter(trace));
			assertFalse(trace.toString().contains("Hemlig Hemligsson"), "the value is in no message: " + e.getMessage());
			assertTrue(e.getMessage().startsWith("Inte sparat: deltagare " + p.getCode() + " har extra uppgifter"),
					e.getMessage());
			Project stored = store.loadAssociation(a.getId()).getProjects().get(0);
			store.loadContent(stored);
			assertTrue(stored.getParticipants().size() == before && stored.getParticipants().stream()
					.noneMatch(x -> x.getExtraAttributes().containsKey("Kommun")
							&& x.getExtraAttributes().get("Kommun").startsWith("Hemlig")), "nothing stored");
		}
	}
}
