package se.finsam.privacy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.personal.InvalidPersonnummerException;
import se.finsam.model.personal.Personnummer;
import se.finsam.privacy.ui.internal.AuditDialog;
import se.finsam.privacy.ui.internal.GallringDialog;
import se.finsam.privacy.ui.internal.PersonDialog;
import se.finsam.store.ErasureCandidate;
import se.finsam.store.PersonRecord;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Swedish;
import se.finsam.testing.ui.Ui;
import se.finsam.ui.Session;

/**
 * The two privacy dialogs in the real workbench on the example data: Gallra lists what the retention rule makes due
 * (by code, no identity shown) and erases it after a confirmation; Registrerad person finds a person by personnummer,
 * refuses a mistyped one in Swedish, and erases her identity everywhere.
 */
class PrivacyDialogsTest {

	@Test
	void theMenuOffersBothInSwedish() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		assertEquals("Gallra…", commands.getCommand("se.finsam.privacy.ui.gallring").getName());
		assertEquals("Registrerad person (utdrag, radering)…",
				commands.getCommand("se.finsam.privacy.ui.person").getName());
		assertEquals("Granskningslogg…", commands.getCommand("se.finsam.privacy.ui.audit").getName());
	}

	/** Arkiv → Granskningslogg…: the trail as ./finsam audit shows it, filtered by project, user and dates. */
	@Test
	void theAuditLogShowsWhoDidWhatFilteredByProjectUserAndDate() throws Exception {
		Ui.waitForExampleData();
		Session session = Ui.session();
		Project project = session.associations().get(0).getProjects().get(0);
		java.time.Instant at = java.time.Instant.parse("2026-11-30T09:15:00Z");
		session.store().record(new se.finsam.store.AuditEntry(at, "granskare", se.finsam.store.AuditEntry
				.REVEAL_PERSONNUMMER, project.getId(), "KOD-AUDIT", "Kontroll mot Försäkringskassan"));
		String longFile = "Deltagare med personnummer för avstämning med Arbetsförmedlingen " + "x".repeat(160)
				+ " slutversion.xlsx"; // kept shortened to the log's 200 characters
		session.store().record(new se.finsam.store.AuditEntry(at, "exportör", se.finsam.store.AuditEntry.EXPORT_PERSONAL,
				project.getId(), longFile, "Exporterad till Excel från arbetsbänken, med personnummer"));
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		AuditDialog dialog = new AuditDialog(parent, session);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Ui.waitUntil("the log", 30_000, () -> dialog.shown().stream().anyMatch(l -> "KOD-AUDIT".equals(l
					.subject())));
			dialog.show(project.getDiarienummer(), "granskare", "2026-11-30", "2026-11-30");
			Ui.waitUntil("the filtered log", 30_000, () -> dialog.shown().size() == 1 && "1 post.".equals(dialog
					.getMessage()), () -> dialog.shown().toString());
			long painted = System.currentTimeMillis() + 500;
			Ui.waitUntil("a repaint", 5_000, () -> System.currentTimeMillis() > painted);
			List<String> cells = Ui.tableCells(dialog.getShell());
			assertTrue(cells.contains("Kontroll mot Försäkringskassan") && cells.contains(project.getDiarienummer())
					&& cells.contains("granskare"), cells.toString());
			Screenshots.save(dialog.getShell(), "granskningslogg");
			Swedish.check(dialog.getShell(), "granskningslogg", "granskare", "KOD-AUDIT", project.getDiarienummer(),
					"Kontroll mot Försäkringskassan", "2026-11-30", cells.get(0), cells.get(2));
			dialog.show(project.getDiarienummer(), "exportör", "2026-11-30", "2026-11-30");
			Ui.waitUntil("the export", 30_000, () -> dialog.shown().size() == 1 && "exportör".equals(dialog.shown().get(0)
					.user()), () -> dialog.shown().toString());
			String subject = dialog.shown().get(0).subject();
			assertTrue(subject.length() == se.finsam.store.AuditEntry.NAME_LENGTH && subject.startsWith("Deltagare med")
					&& subject.endsWith("x slutversion.xlsx"), subject);
			long shownAt = System.currentTimeMillis() + 500;
			Ui.waitUntil("a repaint", 5_000, () -> System.currentTimeMillis() > shownAt);
			Screenshots.save(dialog.getShell(), "granskningslogg-export");
			dialog.show("", "", "2026-12-31", "2026-01-01");
			assertEquals("Till 2026-01-01 är före från 2026-12-31.", dialog.getErrorMessage());
			dialog.show("1999:1", "", "", "");
			Ui.waitUntil("the refusal", 30_000, () -> "Det finns ingen insats med diarienummer 1999:1.".equals(dialog
					.getErrorMessage()), dialog::getErrorMessage);
			dialog.show("", "", "31 nov", "");
			assertEquals("Från \"31 nov\" är inget datum: skriv 2026-01-31.", dialog.getErrorMessage());
		} finally {
			dialog.close();
		}
	}

	@Test
	void gallringListsWhatIsDueAndErasesItAfterAConfirmation() throws Exception {
		Ui.waitForExampleData();
		Session session = Ui.session();
		Association association = session.associations().get(0);
		List<ErasureCandidate> due = session.store().dueForErasure(association.getId(), LocalDate.now());
		assertFalse(due.isEmpty(), "the example data has participants who left years ago");
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		GallringDialog dialog = new GallringDialog(parent, session);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Ui.waitUntil("the plan", 30_000, () -> dialog.shown() != null);
			Ui.flush();
			assertEquals(due.size(), dialog.shown().size());
			List<String> cells = Ui.tableCells(dialog.getShell());
			assertTrue(cells.contains(due.get(0).code()), "by code: " + cells.subList(0, 8));
			Screenshots.save(dialog.getShell(), "gallring");
			Swedish.check(dialog.getShell(), "gallring", codes(due));
			StringBuilder confirmation = new StringBuilder();
			Ui.answerNextDialog(shell -> {
				confirmation.append(String.join(" ", Ui.labels(shell)));
				Ui.button(shell, "OK").notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			});
			Ui.button(dialog.getShell(), "Gallra nu…").notifyListeners(org.eclipse.swt.SWT.Selection,
					new org.eclipse.swt.widgets.Event());
			Ui.waitUntil("the erasure", 60_000, () -> dialog.result != null);
			assertTrue(confirmation.toString().contains("Det går inte att ångra"), confirmation.toString());
			assertEquals(due.size(), dialog.result.erased());
			Ui.waitUntil("the plan afterwards", 30_000, () -> dialog.shown() != null && dialog.shown().isEmpty());
			Ui.flush();
			assertTrue(dialog.getMessage().contains("gallrade"), dialog.getMessage());
			Screenshots.save(dialog.getShell(), "gallring-done");
		} finally {
			dialog.close();
		}
		assertEquals(List.of(), session.store().dueForErasure(association.getId(), LocalDate.now()));
		assertTrue(session.store().auditLog().stream().anyMatch(e -> e.action().equals(se.finsam.store.AuditEntry.GALLRING)));
	}

	/** A number of Skatteverket's test series (birth number 980) born 1 January of that year; the model checks it. */
	private static String testPersonnummer(int year) {
		for (int check = 0; check <= 9; check++) {
			String candidate = String.format("%04d0101-980%d", year, check);
			try {
				Personnummer.parse(candidate);
				return candidate;
			} catch (InvalidPersonnummerException e) {
				// not this check digit
			}
		}
		throw new AssertionError("no check digit makes a personnummer of " + year);
	}

	@Test
	void aPersonIsFoundByPersonnummerAndHerIdentityErased() throws Exception {
		Ui.waitForExampleData();
		Session session = Ui.session();
		Participant someone = null;
		Project where = null;
		Participant active = null;
		for (Project p : session.associations().get(0).getProjects()) {
			session.store().loadContent(p);
			for (Participant x : p.getParticipants()) {
				if (x.getExitDate() == null && x.getEnrolmentDate() != null) {
					if (someone == null && x.getPersonalIdentityNumber() != null) {
						someone = x;
						where = p;
					} else if (active == null) {
						active = x;
					}
				}
			}
		}
		if (someone == null) {
			// The example data depends on today's date: some days no active participant has a number (CI, 2026-12-05).
			assertTrue(active != null, "an active participant with consent");
			active.setPersonalIdentityNumber(testPersonnummer(active.getBirthYear()));
			where = (Project) active.eContainer();
			session.store().saveProject(where);
			someone = active;
		}
		String pnr = someone.getPersonalIdentityNumber();
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PersonDialog dialog = new PersonDialog(parent, session);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			String mistyped = pnr.substring(0, pnr.length() - 1) + (char) ('0' + (pnr.charAt(pnr.length() - 1) - '0' + 1) % 10);
			dialog.search(mistyped);
			Ui.flush();
			assertTrue(dialog.getErrorMessage() != null && dialog.getErrorMessage().contains("kontrollsiffra"),
					String.valueOf(dialog.getErrorMessage()));
			dialog.search(pnr);
			Ui.waitUntil("the search", 30_000, () -> !dialog.shown().isEmpty());
			Ui.flush();
			String code = someone.getCode();
			assertTrue(dialog.shown().stream().map(PersonRecord::code).anyMatch(code::equals), dialog.shown().toString());
			assertEquals(where.getDiarienummer(), dialog.shown().get(0).diarienummer());
			assertTrue(Ui.tableCells(dialog.getShell()).contains(code), "shown: " + Ui.tableCells(dialog.getShell()));
			assertFalse(String.join(" ", Ui.tableCells(dialog.getShell())).contains(pnr), "the number is not shown");
			Screenshots.save(dialog.getShell(), "registered-person");
			Swedish.check(dialog.getShell(), "registered-person", code, where.getDiarienummer(), where.getName(),
					session.associations().get(0).getName());
			Ui.answerNextDialog(shell -> Ui.button(shell, "OK").notifyListeners(org.eclipse.swt.SWT.Selection,
					new org.eclipse.swt.widgets.Event()));
			Ui.button(dialog.getShell(), "Radera identiteten…").notifyListeners(org.eclipse.swt.SWT.Selection,
					new org.eclipse.swt.widgets.Event());
			Ui.waitUntil("the erasure", 60_000, () -> dialog.getMessage().contains("raderades"), dialog::getMessage);
		} finally {
			dialog.close();
		}
		assertEquals(List.of(), session.store().findPerson(pnr), "found nowhere any more");
	}

	private static String[] codes(List<ErasureCandidate> due) {
		return due.stream().flatMap(c -> java.util.stream.Stream.of(c.code(), c.diarienummer())).distinct()
				.toArray(String[]::new);
	}
}
