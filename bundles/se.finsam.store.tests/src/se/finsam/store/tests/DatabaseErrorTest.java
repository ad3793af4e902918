package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.store.AuditEntry;
import se.finsam.store.InvalidDataException;
import se.finsam.store.Store;
import se.finsam.store.StoreException;

/**
 * A database error never quotes a value: Derby's truncation error names the value it could not store ('x.Namn=…'),
 * which may be personal data. The message, the causes and their stack traces say what happened without it, and
 * nothing is stored. The model's texts do not get that far: they are held to their columns' widths first.
 */
public class DatabaseErrorTest {

	@TempDir
	Path data;

	/** A text the database would refuse with 22001: no text of the model gets there (the next test). */
	@Test
	public void aValueTooLongForTheDatabaseIsNeverQuoted() {
		try (Store store = Fixture.open(data)) {
			int before = store.auditLog().size();
			// REASON is VARCHAR(1000): Derby quotes the value it could not store
			AuditEntry entry = new AuditEntry(Instant.parse("2026-11-30T08:00:00Z"), "eva",
					AuditEntry.REVEAL_PERSONNUMMER, null, "K-0001", "Hemlig Hemligsson " + "x".repeat(1000));
			StoreException e = assertThrows(StoreException.class, () -> store.record(entry));
			StringWriter trace = new StringWriter();
			e.printStackTrace(new PrintWriter(trace));
			assertFalse(trace.toString().contains("Hemlig Hemligsson"), "the value is in no message: " + e.getMessage());
			assertTrue(e.getMessage().contains("längre än databasen tillåter") && e.getMessage().contains("22001"),
					e.getMessage());
			assertEquals(before, store.auditLog().size(), "nothing stored");
		}
	}

	/**
	 * A text of the model longer than its column is refused before the database sees it, by the model's rule that
	 * names the project and the field (TextLimits), and nothing is stored.
	 */
	@Test
	public void aProjectNameTooLongIsRefusedNamingTheField() {
		Association a = Fixture.demo(30);
		try (Store store = Fixture.open(data)) {
			store.createAssociation(a);
			Project project = store.loadAssociation(a.getId()).getProjects().get(0);
			store.loadContent(project);
			String name = project.getName();
			project.setName("Insats " + "x".repeat(400));
			InvalidDataException e = assertThrows(InvalidDataException.class, () -> store.saveProject(project));
			assertTrue(e.getMessage().contains("Insatsen " + project.getDiarienummer() + " Insats xxx")
					&& e.getMessage().contains("…: namnet har 407 tecken; högst 300 får plats."), e.getMessage());
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
