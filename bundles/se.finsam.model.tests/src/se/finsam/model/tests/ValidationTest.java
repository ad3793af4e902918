package se.finsam.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.model.Association;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Goal;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;
import se.finsam.model.Party;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.validation.Diarienummer;
import se.finsam.model.validation.ModelValidation;
import se.finsam.model.validation.ParticipantRules;
import se.finsam.model.validation.Problem;
import se.finsam.model.validation.TextLimits;
import se.finsam.testing.Fixtures;

/** Every rule gives one clear Swedish message naming the object and the field (the test runs with -nl sv_SE). */
public class ValidationTest {

	private static final FinsamFactory F = FinsamFactory.eINSTANCE;
	private Association association;
	private Project project;

	@BeforeEach
	public void validAssociation() {
		association = F.createAssociation();
		association.setName("Samordningsförbundet Test");
		association.setOrganisationNumber("222000-0968");
		party("Försäkringskassan", "50");
		party("Region Test", "25");
		party("Test kommun", "25");
		project = project("2014:35", "Långsiktig samverkansplattform");
		assertEquals(List.of(), validate(), "the fixture itself must be valid");
	}

	@Test
	public void periodEndingBeforeItStarts() {
		Period period = F.createPeriod();
		period.setStart(LocalDate.of(2016, 12, 31));
		period.setEnd(LocalDate.of(2016, 1, 1));
		project.setGrantedPeriod(period);
		Problem p = single();
		assertEquals("Insatsen 2014:35 Långsiktig samverkansplattform, beviljad period: slutet 2016-01-01 är före "
				+ "starten 2016-12-31.", p.message());
		assertEquals(Literals.PERIOD__END, p.feature());
	}

	@Test
	public void exitReasonWithoutExitDate() {
		Participant p = participant("K-0001");
		p.setExitReason("AF");
		Problem problem = single();
		assertEquals("Deltagare K-0001: avslutsorsak är angiven men avslutsdatum saknas.", problem.message());
		assertEquals(Literals.PARTICIPANT__EXIT_DATE, problem.feature());
		assertTrue(problem.error());
	}

	/** The store holds 60 characters of a code: a longer one is refused here, naming the participant. */
	@Test
	public void codeLongerThanTheStoreHolds() {
		participant("K-" + "1".repeat(58));
		assertTrue(validate().isEmpty(), "60 characters fit");
		Participant p = participant("K-" + "2".repeat(59));
		Problem problem = single();
		assertEquals("Deltagare " + p.getCode() + ": deltagarkoden har 61 tecken; den får ha högst 60.",
				problem.message());
		assertEquals(Literals.PARTICIPANT__CODE, problem.feature());
		assertTrue(problem.error());
	}

	/**
	 * Every text is held to its column's width in the store (TextLimits), named by object and field, so the user is
	 * not left with the database's "a value is too long"; what just fits passes.
	 */
	@Test
	public void textsLongerThanTheStoreHolds() {
		BudgetLine line = F.createBudgetLine();
		line.setLabel("L".repeat(300));
		project.setBudget(F.createBudget());
		project.getBudget().getLines().add(line);
		Goal goal = F.createGoal();
		goal.setDescription("D".repeat(TextLimits.LONG_TEXT));
		project.getGoals().add(goal);
		project.setTargetGroup("M".repeat(TextLimits.LONG_TEXT));
		assertEquals(List.of(), validate(), "texts as long as their columns fit");
		line.setLabel(line.getLabel() + "L");
		goal.setDescription(goal.getDescription() + "D");
		project.setName("Ett namn som fortsätter " + "och fortsätter ".repeat(20));
		Participant p = participant("K-0009");
		p.setReferringParty("X".repeat(41));
		List<String> messages = validate().stream().filter(Problem::error).map(Problem::message).toList();
		String shortened = "Insatsen 2014:35 Ett namn som fortsätter och fortsätter och fortsätter och fortsätter och "
				+ "fortsä…"; // the name's first 79 characters
		assertTrue(messages.contains(shortened + ": namnet har 324 tecken; högst 300 får plats."), messages::toString);
		assertTrue(messages.contains("Budgetposten \"" + "L".repeat(79) + "…\": benämningen har 301 tecken; högst 300 "
				+ "får plats."), messages::toString);
		assertTrue(messages.contains(shortened + ", mål 1: beskrivningen har 32\u00a0673 tecken; högst 32\u00a0672 får "
				+ "plats."), messages::toString); // Swedish thousands: a no-break space
		assertTrue(messages.contains("Deltagare K-0009: remittent har 41 tecken; högst 40 får plats."),
				messages::toString);
		Problem name = validate().stream().filter(q -> q.feature() == Literals.PROJECT__NAME).findFirst().orElseThrow();
		assertTrue(name.error() && name.object() == project, name::toString);
		project.setName("N".repeat(78) + "\uD83D\uDE00" + "N".repeat(230)); // an emoji across the shortened label's end
		Problem cut = validate().stream().filter(q -> q.feature() == Literals.PROJECT__NAME).findFirst().orElseThrow();
		assertTrue(cut.message().startsWith("Insatsen 2014:35 " + "N".repeat(78) + "…:"), cut::message);
	}

	@Test
	public void exitBeforeEnrolment() {
		Participant p = participant("K-0002");
		p.setEnrolmentDate(LocalDate.of(2016, 3, 1));
		p.setExitDate(LocalDate.of(2016, 1, 1));
		assertEquals("Deltagare K-0002: avslutsdatumet 2016-01-01 är före inskrivningsdatumet 2016-03-01.",
				single().message());
	}

	/** What the store checks of an import's batches: each one's errors as for the participant alone, in order. */
	@Test
	public void errorsOfEachAreEachOnesErrorsInOrder() {
		Participant late = participant("K-0005");
		late.setEnrolmentDate(LocalDate.of(2016, 3, 1));
		late.setExitDate(LocalDate.of(2016, 1, 1));
		participant("K-0006");
		Participant reason = participant("K-0007");
		reason.setExitReason("AF");
		List<Problem> found = ModelValidation.errorsOfEach(project.getParticipants());
		assertEquals(2, found.size(), found.toString());
		assertEquals(ModelValidation.errors(late).get(0).message(), found.get(0).message());
		assertEquals("Deltagare K-0007: avslutsorsak är angiven men avslutsdatum saknas.", found.get(1).message());
		assertEquals(reason, found.get(1).object());
	}

	@Test
	public void personnummerCheckDigitAndDate() {
		Participant p = participant("K-0003");
		p.setPersonalIdentityNumber("19121212-1213");
		Problem problem = single();
		assertEquals("Deltagare K-0003: personnumrets kontrollsiffra stämmer inte.", problem.message());
		assertEquals(Literals.PARTICIPANT__PERSONAL_IDENTITY_NUMBER, problem.feature());
		assertFalse(problem.message().contains("1212"), "never the number itself");
		p.setPersonalIdentityNumber("19121312-1212");
		assertEquals("Deltagare K-0003: personnumret innehåller ett datum som inte finns.", single().message());
	}

	@Test
	public void sharesMustAddUpTo100() {
		association.getParties().get(0).setFinancingShare(new BigDecimal("40"));
		Problem p = single();
		assertEquals("Förbundet \"Samordningsförbundet Test\": parternas finansieringsandelar blir 90 %, inte 100 %.",
				p.message());
		assertEquals(Literals.ASSOCIATION__PARTIES, p.feature());
	}

	@Test
	public void negativeAmounts() {
		BudgetLine line = F.createBudgetLine();
		line.setLabel("Läkare 20 %");
		BudgetAmount amount = F.createBudgetAmount();
		amount.setYear(2016);
		amount.setAccumulatedCost(new BigDecimal("-1500"));
		line.getAmounts().add(amount);
		project.setBudget(F.createBudget());
		project.getBudget().getLines().add(line);
		Problem p = single();
		assertEquals("Budgetposten \"Läkare 20 %\", år 2016: den ackumulerade kostnaden får inte vara mindre "
				+ "än noll (-1\u00a0500 kr).", p.message());
		assertEquals(Literals.BUDGET_AMOUNT__ACCUMULATED_COST, p.feature());
	}

	@Test
	public void duplicateDiarienummer() {
		Project second = project("2014:35", "Ett annat projekt");
		Problem p = single();
		assertEquals("Insatsen 2014:35 Ett annat projekt: diarienumret 2014:35 används också av en annan insats.",
				p.message());
		assertEquals(second, p.object());
	}

	@Test
	public void diarienummerFormat() {
		project.setDiarienummer("35/2014");
		assertEquals("Insatsen 35/2014 Långsiktig samverkansplattform: diarienumret \"35/2014\" är inte skrivet som "
				+ "förbundet skriver dem (ÅÅÅÅ:N, t.ex. 2014:35).", single().message());
		project.setDiarienummer("2014:35b");
		assertEquals(List.of(), validate(), "a short suffix is allowed");
	}

	/** Not every förbund writes ÅÅÅÅ:N: the association's own format decides. */
	@Test
	public void theAssociationsOwnDiarienummerFormat() {
		association.setDiarienummerFormat("N/ÅÅÅÅ");
		project.setDiarienummer("35/2014");
		assertEquals(List.of(), validate());
		project.setDiarienummer("2014:35");
		assertEquals("Insatsen 2014:35 Långsiktig samverkansplattform: diarienumret \"2014:35\" är inte skrivet som "
				+ "förbundet skriver dem (N/ÅÅÅÅ, t.ex. 35/2014).", single().message());
		association.setDiarienummerFormat("Dnr ÅÅ-N");
		project.setDiarienummer("dnr 14-0035");
		assertEquals(List.of(), validate(), "case and spacing as people type them");
		association.setDiarienummerFormat(Diarienummer.ANY);
		project.setDiarienummer("KS 2014.118");
		assertEquals(List.of(), validate());
		assertEquals("Ett diarienummerformat måste innehålla N (numret), t.ex. ÅÅÅÅ:N, eller vara * för valfri text.",
				Diarienummer.problem("ÅÅÅÅ"));
		assertEquals(null, Diarienummer.problem("ÅÅÅÅ-N"));
	}

	@Test
	public void duplicateParticipantCode() {
		participant("K-0004");
		participant("K-0004");
		assertEquals("Deltagare K-0004: koden K-0004 används också av en annan deltagare.", single().message());
	}

	@Test
	public void birthYearOutOfRange() {
		participant("K-0005").setBirthYear(1850);
		assertEquals("Deltagare K-0005: födelseåret 1850 är inte rimligt (tillåtet 1900–2011).", single().message());
	}

	@Test
	public void withoutConsentOnlyGenderAndYear() {
		Participant p = participant("K-0006");
		p.setConsent(false);
		p.setEnrolmentYear(2016);
		assertEquals(List.of(), validate());
		p.setBirthYear(1980);
		p.setExitReason("AF");
		p.setExitDate(LocalDate.of(2016, 5, 1));
		assertEquals("Deltagare K-0006: utan samtycke får bara kön och inskrivningsår sparas; ta bort födelseåret, "
				+ "avslutsdatumet, avslutsorsaken.", single().message());
	}

	@Test
	public void unknownCodeListsTheAllowedValues() {
		Participant p = participant("K-0007");
		p.setSupportAtStart("LOTTOVINST");
		String message = single().message();
		assertTrue(message.startsWith("Deltagare K-0007: \"LOTTOVINST\" är inget känt värde för försörjning vid start;"
				+ " tillåtna: SJP (Sjukpenning), "), message);
	}

	@Test
	public void eq5dRanges() {
		Participant p = participant("K-0008");
		Measurement m = F.createMeasurement();
		m.setEq5dVas(140);
		p.setStartMeasurement(m);
		assertEquals("Deltagare K-0008, mätning vid start: EQ VAS 140 måste vara mellan 0 och 100.",
				single().message());
		m.setEq5dVas(70);
		m.setEq5dIndex(new BigDecimal("0.8125")); // the store keeps three decimals: refused, not cut
		Problem decimals = single();
		assertEquals("Deltagare K-0008, mätning vid start: EQ-5D-index 0,8125 har fler än 3 decimaler, och bara så "
				+ "många sparas. Avrunda det.", decimals.message());
		assertEquals(Literals.MEASUREMENT__EQ5D_INDEX, decimals.feature());
		m.setEq5dIndex(new BigDecimal("0.8120"));
		assertEquals(List.of(), validate(), "a trailing zero is no decimal more");
	}

	@Test
	public void ownerOutsideTheParticipatingPartiesIsOnlyAWarning() {
		project.getParticipatingParties().add(association.getParties().get(0));
		project.setOwner(association.getParties().get(1));
		Problem p = single();
		assertFalse(p.error());
		assertTrue(ModelValidation.errors(association).isEmpty());
	}

	/** A project of many participants is checked in parallel: their texts too, and each finding once. */
	@Test
	public void aHiddenControlAmongThousandsOfParticipantsIsFoundOnce() {
		for (int i = 0; i < 2500; i++) {
			participant(String.format("P-%05d", i));
		}
		project.getParticipants().get(1700).getExtraAttributes().put("Anteckning", "ok\u202Ekod");
		List<Problem> problems = ModelValidation.errors(project);
		assertEquals(1, problems.size(), problems::toString);
		assertTrue(problems.get(0).message().startsWith("Deltagare P-01700: texten innehåller ett osynligt tecken"),
				problems.get(0).message());
		assertEquals(problems, ModelValidation.errors(association), "the same through the association");
	}

	/**
	 * Participants checked in parallel chunks keep every rule: a finding in the first chunk, at a chunk's edge, in
	 * a measurement and in the last one, each once and in the participants' order; a duplicate across chunks too.
	 */
	@Test
	public void everyRuleStillHoldsAmongThousandsOfParticipants() {
		for (int i = 0; i < 2600; i++) {
			participant(String.format("P-%05d", i));
		}
		List<Participant> all = project.getParticipants();
		all.get(1).setSupportAtStart("LOTTOVINST");
		Measurement m = F.createMeasurement();
		m.setEq5dIndex(new BigDecimal("1.5"));
		all.get(999).setExitMeasurement(m);
		all.get(1000).setCode("P-00003");
		all.get(2599).setBirthYear(1850);
		Map<Object, Object> context = new HashMap<>();
		context.put(ParticipantRules.TODAY, Fixtures.TODAY);
		List<String> found = ModelValidation.validate(project, context).stream().map(Problem::message).toList();
		assertEquals(4, found.size(), found::toString);
		assertTrue(found.get(0).equals("Deltagare P-00003: koden P-00003 används också av en annan deltagare."), found.toString());
		assertTrue(found.get(1).startsWith("Deltagare P-00001: \"LOTTOVINST\""), found.toString());
		assertTrue(found.get(2).startsWith("Deltagare P-00999, mätning vid avslut: EQ-5D-index 1,5"),
				found.toString());
		assertTrue(found.get(3).startsWith("Deltagare P-02599: födelseåret 1850 är inte rimligt"), found.toString());
	}

	/** What a save does not save, it does not check: a förbund's settings are not refused for a participant. */
	@Test
	public void errorsWithoutLeavesTheSkippedContainmentsOut() {
		participant("K-0009").setBirthYear(1850);
		participant("K-0010").setCode("K\u2066-0010");
		project.setName(" ");
		List<String> all = ModelValidation.errors(association).stream().map(Problem::message).toList();
		assertEquals(3, all.size(), all::toString);
		List<String> without = ModelValidation.errorsWithout(association, Literals.PROJECT__PARTICIPANTS).stream()
				.map(Problem::message).toList();
		assertEquals(1, without.size(), without::toString);
		assertTrue(without.get(0).contains("namn"), "the project's own rule still applies: " + without);
		assertEquals(all, ModelValidation.errorsWithout(association).stream().map(Problem::message).toList(),
				"nothing skipped: all of them");
	}

	private List<Problem> validate() {
		Map<Object, Object> context = new HashMap<>();
		context.put(ParticipantRules.TODAY, Fixtures.TODAY);
		return ModelValidation.validate(association, context);
	}

	private Problem single() {
		List<Problem> problems = validate();
		assertEquals(1, problems.size(), () -> problems.toString());
		return problems.get(0);
	}

	private Party party(String name, String share) {
		Party p = F.createParty();
		p.setName(name);
		p.setFinancingShare(new BigDecimal(share));
		association.getParties().add(p);
		return p;
	}

	private Project project(String dnr, String name) {
		Project p = F.createProject();
		p.setDiarienummer(dnr);
		p.setName(name);
		association.getProjects().add(p);
		return p;
	}

	private Participant participant(String code) {
		Participant p = F.createParticipant();
		p.setCode(code);
		p.setConsent(true);
		project.getParticipants().add(p);
		return p;
	}
}
