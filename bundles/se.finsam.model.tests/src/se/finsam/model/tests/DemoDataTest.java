package se.finsam.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

import se.finsam.model.Association;
import se.finsam.model.Gender;
import se.finsam.model.Participant;
import se.finsam.model.ProjectKind;
import se.finsam.model.demo.DemoData;
import se.finsam.model.validation.ModelValidation;
import se.finsam.testing.Fixtures;

public class DemoDataTest {

	private static final LocalDate TODAY = Fixtures.TODAY;

	@Test
	public void sameSeedSameData() throws Exception {
		assertEquals(xmi(DemoData.create(7, 300, TODAY)), xmi(DemoData.create(7, 300, TODAY)));
		assertTrue(!xmi(DemoData.create(7, 300, TODAY)).equals(xmi(DemoData.create(8, 300, TODAY))));
	}

	@Test
	public void isValidAndRealistic() {
		Association a = DemoData.create(1, 400, TODAY);
		assertEquals(List.of(), ModelValidation.errors(a), "demo data must pass validation");
		assertEquals(4, a.getParties().stream().map(p -> p.getKind()).distinct().count());
		assertTrue(a.getProjects().size() >= 4 && a.getProjects().size() <= 6);
		assertTrue(a.getProjects().stream().anyMatch(p -> p.getKind() == ProjectKind.PROJECT));
		assertTrue(a.getProjects().stream().anyMatch(p -> p.getKind() == ProjectKind.LONG_TERM_COOPERATION));
		List<Participant> all = a.getProjects().stream().flatMap(p -> p.getParticipants().stream()).toList();
		assertTrue(all.size() >= 390 && all.size() <= 410, "participants: " + all.size());
		double women = all.stream().filter(p -> p.getGender() == Gender.FEMALE).count() / (double) all.size();
		assertTrue(women > 0.45 && women < 0.65, "share of women " + women);
		Map<String, Long> reasons = all.stream().filter(p -> p.getExitReason() != null)
				.collect(Collectors.groupingBy(Participant::getExitReason, Collectors.counting()));
		assertTrue(reasons.keySet().containsAll(List.of("REHAB", "AF", "FK", "SOC")), reasons.toString());
		assertTrue(reasons.get("AF") > reasons.get("FK"), "AF most common, as in RESAM");
		assertTrue(all.stream().anyMatch(p -> p.getExitDate() == null), "some still active");
		assertTrue(all.stream().anyMatch(p -> !p.isConsent()), "some without consent");
		assertTrue(a.getProjects().stream().allMatch(p -> !p.getBudget().getLines().isEmpty()));
	}

	@Test
	public void oneLargeProjectStatesItsOwnFigures() {
		Association a = DemoData.inOneProject(DemoData.create(5, 1_200, TODAY));
		assertEquals(1, a.getProjects().size());
		var project = a.getProjects().get(0);
		int all = project.getParticipants().size();
		String outcome = project.getGoals().get(0).getOutcome();
		assertTrue(all > 1000 && outcome.replaceAll("[\\s\u00a0\u202f]", "").contains("avalla" + all + "deltagare"),
				outcome);
		assertEquals(project.getParticipants().stream().filter(p -> "AVHOPP".equals(p.getExitReason())).count(),
				(long) project.getDropout().getCount());
		assertEquals(List.of(), ModelValidation.errors(a), "still valid");
	}

	@Test
	public void personnummerNeverInXmi() throws Exception {
		Association a = DemoData.create(3, 200, TODAY);
		List<String> numbers = a.getProjects().stream().flatMap(p -> p.getParticipants().stream())
				.map(Participant::getPersonalIdentityNumber).filter(n -> n != null).toList();
		assertTrue(!numbers.isEmpty());
		String xmi = xmi(a);
		for (String number : numbers) {
			assertTrue(!xmi.contains(number) && !xmi.contains(number.replace("-", "").substring(2)),
					"personnummer serialized");
		}
	}

	private static String xmi(Association a) throws Exception {
		Resource r = new XMIResourceImpl(URI.createURI("demo.xmi"));
		r.getContents().add(a);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		r.save(out, Map.of());
		return out.toString("UTF-8");
	}
}
