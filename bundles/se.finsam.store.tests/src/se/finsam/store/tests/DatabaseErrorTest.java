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
 * A text longer than its column is refused naming where it is, or kept shortened where refusing would lose more
 * (the audit log), and nothing is stored of a refused save; never Derby's error that quotes the value
 * (se.finsam.store.internal.DatabaseErrorsTest checks that error's message itself).
 */
public class DatabaseErrorTest {

	@TempDir
	Path data;

	/**
	 * An act on personal data is recorded even when its file's name or reason is longer than the log's columns: kept
	 * shortened in its middle, where it was refused with a database error before (22001, and the export went on).
	 */
	@Test
	public void anAuditEntryLongerThanItsColumnsIsRecordedShortened() {
		try (Store store = Fixture.open(data)) {
			int before = store.auditLog().size();
			String file = "Deltagare 2024 " + "x".repeat(230) + " slut.xlsx";
			store.record(new AuditEntry(Instant.parse("2026-11-30T08:00:00Z"), "eva", AuditEntry.EXPORT_PERSONAL, null,
					file, "Uppföljning " + "y".repeat(1200)));
			assertEquals(before + 1, store.auditLog().size());
			AuditEntry kept = store.auditLog().get(before);
			assertEquals(AuditEntry.NAME_LENGTH, kept.subject().length());
			assertTrue(kept.subject().startsWith("Deltagare 2024 xxx") && kept.subject().contains("x\u2026x")
					&& kept.subject().endsWith("x slut.xlsx"), kept.subject());
			assertEquals(AuditEntry.REASON_LENGTH, kept.reason().length());
			assertTrue(kept.reason().startsWith("Uppföljning yyy"), kept.reason());
			String emoji = "\uD83D\uDE00".repeat(150); // never half a character at the cut
			AuditEntry pairs = new AuditEntry(Instant.EPOCH, "eva", AuditEntry.EXPORT_PERSONAL, null, emoji, null);
			assertTrue(pairs.subject().length() <= AuditEntry.NAME_LENGTH);
			assertEquals(pairs.subject().length() - 1, pairs.subject().replace("\u2026", "").codePoints()
					.filter(Character::isSupplementaryCodePoint).count() * 2, pairs.subject());
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
