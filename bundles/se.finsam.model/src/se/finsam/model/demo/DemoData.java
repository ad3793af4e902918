package se.finsam.model.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import se.finsam.model.Association;
import se.finsam.model.AttributeDefinition;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Gender;
import se.finsam.model.Goal;
import se.finsam.model.LocalGroup;
import se.finsam.model.Participant;
import se.finsam.model.Party;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.model.Signature;

/**
 * A realistic, entirely fictional association for demonstrations, screenshots and tests: four kinds of party,
 * projects of both kinds over several years, participants with plausible distributions (gender, age, support
 * before and after, exit reasons roughly as in RESAM's final report) and budgets per line and year.
 * Deterministic: the same seed and size give the same data. Personnummer, where present, use Skatteverket's
 * test series (birth numbers 980–999), never real ones.
 */
public final class DemoData {

	static final FinsamFactory F = FinsamFactory.eINSTANCE;

	private final Random random;
	private final LocalDate today;

	private DemoData(long seed, LocalDate today) {
		this.random = new Random(seed);
		this.today = today;
	}

	/** An association with about {@code participants} participants spread over its projects. */
	public static Association create(long seed, int participants, LocalDate today) {
		return new DemoData(seed, today).association(participants);
	}

	/**
	 * The association with every participant moved into its first project and the other projects removed (codes
	 * stay unique in the association): one large project, for benchmarks and for trying a report at scale.
	 */
	public static Association inOneProject(Association a) {
		Project first = a.getProjects().get(0);
		for (Project other : List.copyOf(a.getProjects().subList(1, a.getProjects().size()))) {
			first.getParticipants().addAll(other.getParticipants());
			a.getProjects().remove(other);
		}
		dropout(first); // its figures and goal text of all its participants now, not of the first project's few
		return a;
	}

	private Association association(int participantCount) {
		Association a = F.createAssociation();
		a.setId(id());
		a.setName("Samordningsförbundet Mellersta Bergslagen");
		a.setOrganisationNumber("222000-0968");
		a.setExample(true); // fictional: shown as "Exempel" and removable
		AttributeDefinition town = F.createAttributeDefinition();
		town.setName("Kommun"); // the participants' home municipality: an extra attribute, not personal data
		a.getAttributeDefinitions().add(town);
		AttributeDefinition note = F.createAttributeDefinition();
		note.setName(DemoParticipants.NOTE); // free text about her: personal data (sealed, masked, erased by gallring)
		note.setPersonal(true);
		a.getAttributeDefinitions().add(note);
		Party fk = party(a, "FK", "Försäkringskassan", "50");
		Party af = party(a, "AF", "Arbetsförmedlingen", "0");
		Party region = party(a, "REGION", "Region Västmanland", "25");
		Party fagersta = party(a, "KOMMUN", "Fagersta kommun", "12.5");
		Party norberg = party(a, "KOMMUN", "Norbergs kommun", "12.5");
		group(a, "LSG", "LSG Fagersta–Norberg", "Lokal samverkansgrupp med chefer från de fyra parterna.");
		group(a, "LOKUS", "LOKUS Norberg", "Lokal utvecklingsgrupp för samverkan.");
		List<Party> all = List.of(fk, af, region, fagersta, norberg);

		int year = today.getYear();
		List<ProjectSpec> specs = List.of(
				new ProjectSpec("2014:35", "Långsiktig samverkansplattform", ProjectKind.LONG_TERM_COOPERATION,
						fagersta, LocalDate.of(year - 3, 1, 1), LocalDate.of(year + 1, 12, 31), 0.14),
				new ProjectSpec((year - 7) + ":12", "RESAM – samordnat resursteam", ProjectKind.PROJECT, region,
						LocalDate.of(year - 7, 9, 1), LocalDate.of(year - 4, 8, 31), 0.26),
				new ProjectSpec((year - 5) + ":4", "Unga vuxna i arbete", ProjectKind.PROJECT, fagersta,
						LocalDate.of(year - 5, 1, 15), LocalDate.of(year - 3, 12, 31), 0.20),
				new ProjectSpec((year - 4) + ":17", "Samverkanskoordinator Norberg", ProjectKind.LONG_TERM_COOPERATION,
						norberg, LocalDate.of(year - 4, 1, 1), LocalDate.of(year, 12, 31), 0.10),
				new ProjectSpec((year - 2) + ":8", "Hälsoteamet", ProjectKind.PROJECT, region,
						LocalDate.of(year - 2, 3, 1), LocalDate.of(year + 1, 2, 28), 0.18),
				new ProjectSpec((year - 1) + ":2", "Språk och arbete", ProjectKind.PROJECT, af,
						LocalDate.of(year - 1, 8, 15), LocalDate.of(year + 2, 6, 30), 0.12));
		DemoParticipants participants = new DemoParticipants(random, today);
		DemoBudgets budgets = new DemoBudgets(random, today);
		int sequence = 1;
		for (ProjectSpec spec : specs) {
			Project project = project(a, spec, all);
			int count = (int) Math.round(participantCount * spec.share());
			for (int i = 0; i < count; i++) {
				Participant p = participants.create(id(), String.format("MB-%04d", sequence++), project);
				project.getParticipants().add(p);
			}
			project.setBudget(budgets.create(project, spec.owner(), this::id));
			dropout(project);
			project.setContentLoaded(true);
		}
		return a;
	}

	private record ProjectSpec(String dnr, String name, ProjectKind kind, Party owner, LocalDate start,
			LocalDate end, double share) {
	}

	private Project project(Association a, ProjectSpec spec, List<Party> parties) {
		Project p = F.createProject();
		p.setId(id());
		p.setDiarienummer(spec.dnr());
		p.setName(spec.name());
		p.setKind(spec.kind());
		p.setOwner(spec.owner());
		// The state agencies and the region take part everywhere; a kommun in its own projects (all, when the owner
		// is not a kommun).
		boolean ownerIsKommun = "KOMMUN".equals(spec.owner().getKind());
		p.getParticipatingParties().addAll(parties.stream()
				.filter(x -> !"KOMMUN".equals(x.getKind()) || !ownerIsKommun || x == spec.owner()).toList());
		p.setGrantedPeriod(period(spec.start(), spec.end()));
		if (spec.kind() == ProjectKind.LONG_TERM_COOPERATION) {
			p.getEarlierPeriods().add(period(spec.start().minusYears(5), spec.start().minusDays(1)));
		}
		p.setTargetGroup("Personer 18–64 år som står långt från arbetsmarknaden och behöver samordnade insatser "
				+ "från minst två parter för att närma sig arbete eller studier.");
		p.setResources("Projektledare 100 %, socialkonsulent (AF) 50 %, personlig handläggare (FK) 70 %, läkare 20 %.");
		p.setMethods("Teambaserat arbete med lösningsfokuserat förhållningssätt och motiverande samtal; "
				+ "arbetsförmågebedömning och arbetsträning med tät uppföljning.");
		p.setActivities("Kartläggning, läkarbedömning, arbetsträning, studie- och yrkesvägledning, nätverksmöten.");
		goal(p, "Minst 40 % av deltagarna går vidare till arbete, studier eller arbetslivsinriktad rehabilitering.",
				"40", "%");
		goal(p, "30 deltagare inskrivna samtidigt.", "30", "deltagare");
		p.setSuccessFactors("Nära teamarbete, en egen lokal som neutralt rum och en säkrad läkarresurs.");
		p.setSystemFaults("Regelverken krockar vid övergången mellan sjukersättning och aktivitetsstöd.");
		p.setSteeringGroupAnalysis("Styrgruppen bedömer att målen i huvudsak har nåtts och föreslår att "
				+ "arbetssättet implementeras i ordinarie verksamhet.");
		Signature s = F.createSignature();
		s.setDate(spec.end().isBefore(today) ? spec.end().plusDays(31) : today.minusDays(random.nextInt(60)));
		s.setName(List.of("Åsa Lindqvist", "Per Nordin", "Karin Ekholm").get(random.nextInt(3)));
		s.setRole("Styrgruppens ordförande");
		p.setSignature(s);
		a.getProjects().add(p);
		return p;
	}

	private void goal(Project p, String description, String target, String unit) {
		Goal g = F.createGoal();
		g.setDescription(description);
		g.setTarget(new BigDecimal(target));
		g.setUnit(unit);
		p.getGoals().add(g);
	}

	private static void dropout(Project project) {
		long dropped = project.getParticipants().stream().filter(p -> "AVHOPP".equals(p.getExitReason())).count();
		var dropout = F.createDropout();
		dropout.setCount((int) dropped);
		int total = project.getParticipants().size();
		dropout.setShare(total == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(dropped * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
		project.setDropout(dropout);
		// Goal outcome from the data, as a report states it: of all participants, the base of the outcome table.
		long positive = project.getParticipants().stream()
				.filter(p -> p.getExitReason() != null
					&& List.of("REHAB", "SJUKFRANVARO", "AF").contains(p.getExitReason())).count();
		Goal first = project.getGoals().get(0);
		if (total > 0) {
			BigDecimal share = BigDecimal.valueOf(positive * 100).divide(BigDecimal.valueOf(total), 1,
					RoundingMode.HALF_UP);
			first.setResult(share);
			first.setOutcome(share.toPlainString().replace('.', ',') + " % av alla "
					+ String.format(Locale.of("sv", "SE"), "%,d", total)
					+ " deltagare gick vidare till arbete, studier eller arbetslivsinriktad rehabilitering.");
		}
		Goal second = project.getGoals().get(1);
		second.setResult(BigDecimal.valueOf(Math.min(total, 30)));
	}

	private Party party(Association a, String kind, String name, String share) {
		Party p = F.createParty();
		p.setId(id());
		p.setKind(kind);
		p.setName(name);
		p.setFinancingShare(new BigDecimal(share));
		a.getParties().add(p);
		return p;
	}

	private void group(Association a, String kind, String name, String description) {
		LocalGroup g = F.createLocalGroup();
		g.setId(id());
		g.setKind(kind);
		g.setName(name);
		g.setDescription(description);
		a.getLocalGroups().add(g);
	}

	static Period period(LocalDate start, LocalDate end) {
		Period p = F.createPeriod();
		p.setStart(start);
		p.setEnd(end);
		return p;
	}

	static Gender gender(Random random) {
		return random.nextDouble() < 0.55 ? Gender.FEMALE : Gender.MALE;
	}

	static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	String id() {
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}
}
