package se.finsam.store.tests;

import java.nio.file.Path;
import java.time.LocalDate;

import se.finsam.model.Association;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Gender;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.internal.JdbcStoreService;

/**
 * The process {@link CrashTest} kills: it stores an association with an empty project, then saves the project
 * with many participants in one transaction, saying "SAVING" just before and "SAVED" just after.
 */
public final class CrashSaver {

	private CrashSaver() {
	}

	public static void main(String[] args) throws Exception {
		int count = Integer.parseInt(args[1]);
		StoreKey key = StoreKey.fromText(args[2]);
		try (Store store = args[0].startsWith("postgresql://")
				? new JdbcStoreService().open(se.finsam.store.ServerAddress.parse(args[0]), null, key)
				: new JdbcStoreService().open(Path.of(args[0]), key)) {
			String associationId = store.associations().isEmpty() ? create(store) : store.associations().get(0).id();
			Association a = store.loadAssociation(associationId);
			Project project = a.getProjects().get(0);
			store.loadContent(project);
			for (int i = 0; i < count; i++) {
				Participant p = FinsamFactory.eINSTANCE.createParticipant();
				p.setCode(String.format("C-%06d", i));
				p.setConsent(true);
				p.setGender(i % 2 == 0 ? Gender.FEMALE : Gender.MALE);
				p.setBirthYear(1960 + i % 40);
				p.setEnrolmentDate(LocalDate.of(2020, 1, 1).plusDays(i % 700));
				p.setExitReason(i % 3 == 0 ? "AF" : null);
				p.setExitDate(i % 3 == 0 ? LocalDate.of(2023, 1, 1) : null);
				project.getParticipants().add(p);
			}
			System.out.println("SAVING");
			System.out.flush();
			store.saveProject(project);
			System.out.println("SAVED");
			System.out.flush();
		}
	}

	private static String create(Store store) {
		Association a = FinsamFactory.eINSTANCE.createAssociation();
		a.setName("Krasch");
		Project p = FinsamFactory.eINSTANCE.createProject();
		p.setDiarienummer("2024:1");
		p.setName("Kraschprov");
		a.getProjects().add(p);
		p.setContentLoaded(true);
		store.createAssociation(a);
		return a.getId();
	}
}
