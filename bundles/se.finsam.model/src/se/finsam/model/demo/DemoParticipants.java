package se.finsam.model.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;

import se.finsam.model.Measurement;
import se.finsam.model.Participant;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.Project;

/** Participants with plausible distributions; see {@link DemoData}. */
final class DemoParticipants {

	/** Exit reasons with RESAM's shares (seed 002): 9.7, 2, 48.5, 33, 3.9, 2.9 %. */
	private static final String[] EXIT_REASONS = { "REHAB", "SJUKFRANVARO", "AF", "FK", "SOC", "AVHOPP" };
	private static final double[] EXIT_WEIGHTS = { 9.7, 2, 48.5, 33, 3.9, 2.9 };
	private static final String[] SUPPORT_AT_START = { "SJP", "SA", "EB", "AKS", "AKASSA", "INGEN" };
	private static final double[] SUPPORT_WEIGHTS = { 30, 15, 28, 15, 4, 8 };
	private static final String[] OCCUPATION_AT_START = { "INGEN", "BEHANDLING", "ARBETSSOKANDE", "ARBETSTRANING" };
	private static final double[] OCCUPATION_WEIGHTS = { 45, 25, 20, 10 };
	private static final String[] REFERRERS = { "FK", "AF", "KOMMUN", "REGION" };
	/** Employers of those who went to work: mostly private, then municipal (weights by repetition). */
	private static final String[] SECTORS = { "PRIVAT", "PRIVAT", "PRIVAT", "PRIVAT", "KOMMUN", "KOMMUN", "REGION",
			"STAT", "IDEELL", "EGET" };
	private static final double[] REFERRER_WEIGHTS = { 35, 25, 25, 15 };

	private final Random random;
	/** The demo förbund's personal extra attribute: a caseworker's note about the participant. */
	static final String NOTE = "Anteckning";
	private static final String[] NOTES = { "Kontakt med vårdcentralen", "Behöver tolk", "Ring före möten",
			"Har barn i förskola" };

	private final LocalDate today;
	private int testSerial;

	DemoParticipants(Random random, LocalDate today) {
		this.random = random;
		this.today = today;
	}

	Participant create(String id, String code, Project project) {
		Participant p = DemoData.F.createParticipant();
		p.setId(id);
		p.setCode(code);
		p.setGender(DemoData.gender(random));
		LocalDate start = project.getGrantedPeriod().getStart();
		LocalDate end = min(project.getGrantedPeriod().getEnd(), today);
		LocalDate enrolment = start.plusDays(random.nextInt((int) Math.max(1, DemoData.days(start, end) * 0.85)));
		p.setConsent(random.nextDouble() < 0.93);
		if (!p.isConsent()) {
			p.setEnrolmentYear(enrolment.getYear()); // without consent: gender and start year only
			return p;
		}
		p.setEnrolmentDate(enrolment);
		int age = 19 + (int) Math.min(45, Math.abs(random.nextGaussian() * 12 + 18));
		p.setBirthYear(enrolment.getYear() - age);
		if (random.nextDouble() < 0.10) {
			p.setPersonalIdentityNumber(testPersonnummer(p.getBirthYear()));
			// Not from the random stream, so the rest of the demo stays as it was.
			p.getExtraAttributes().put(NOTE, NOTES[Math.floorMod(code.hashCode(), NOTES.length)]);
		}
		p.setReferringParty(pick(REFERRERS, REFERRER_WEIGHTS));
		p.setSupportAtStart(pick(SUPPORT_AT_START, SUPPORT_WEIGHTS));
		p.setSupportExtentAtStart(random.nextDouble() < 0.7 ? 100 : 50);
		p.setOccupationAtStart(pick(OCCUPATION_AT_START, OCCUPATION_WEIGHTS));
		p.setStartMeasurement(measurement(enrolment, 0.45, 45));
		if (random.nextDouble() < 0.3) {
			p.getExtraAttributes().put("Kommun", random.nextBoolean() ? "Fagersta" : "Norberg");
		}
		// Enrolment lasts 7.5 months on average (seed 002); ended projects have no one left.
		long days = Math.max(30, Math.round(random.nextGaussian() * 90 + 228));
		LocalDate exit = enrolment.plusDays(days);
		if (exit.isAfter(project.getGrantedPeriod().getEnd())) {
			exit = project.getGrantedPeriod().getEnd();
		}
		if (!exit.isAfter(today)) {
			exit(p, exit);
		}
		return p;
	}

	private void exit(Participant p, LocalDate exit) {
		p.setExitDate(exit);
		String reason = pick(EXIT_REASONS, EXIT_WEIGHTS);
		p.setExitReason(reason);
		switch (reason) {
		case "AF" -> outcome(p, pick(new String[] { "LON", "LONSTOD", "AKS", "STUD", "AKASSA" },
				new double[] { 20, 25, 30, 15, 10 }), pick(new String[] { "ARBETE", "ARBETE_STOD", "STUDIER",
						"ARBETSSOKANDE" }, new double[] { 20, 25, 15, 40 }), 0.70, 60);
		case "REHAB" -> outcome(p, "SJP", "REHAB", 0.62, 58);
		case "SJUKFRANVARO" -> outcome(p, "LONSTOD", "ARBETE_STOD", 0.66, 62);
		case "FK" -> outcome(p, random.nextBoolean() ? "SJP" : "SA", "BEHANDLING", 0.48, 46);
		case "SOC" -> outcome(p, "EB", "INGEN", 0.46, 44);
		default -> outcome(p, p.getSupportAtStart(), p.getOccupationAtStart(), 0.44, 42);
		}
	}

	private void outcome(Participant p, String support, String occupation, double eq5d, int vas) {
		p.setSupportAtExit(support);
		p.setSupportExtentAtExit(random.nextDouble() < 0.6 ? 100 : 50);
		p.setOccupationAtExit(occupation);
		if (occupation.startsWith("ARBETE")) {
			// Taken from the code, not the random stream, so the rest of the demo stays as it was.
			p.getExtraAttributes().put(CodeLists.EMPLOYER_SECTOR, SECTORS[Math.floorMod(p.getCode().hashCode(), SECTORS.length)]);
		}
		p.setExitMeasurement(measurement(p.getExitDate(), eq5d, vas));
	}

	private Measurement measurement(LocalDate date, double index, int vas) {
		Measurement m = DemoData.F.createMeasurement();
		m.setDate(date);
		double value = Math.max(-0.2, Math.min(1.0, index + random.nextGaussian() * 0.15));
		m.setEq5dIndex(BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP));
		m.setEq5dVas(Math.max(0, Math.min(100, (int) Math.round(vas + random.nextGaussian() * 12))));
		m.getAnswers().put("M1.halsa", String.valueOf(1 + random.nextInt(5)));
		m.getAnswers().put("M1.arbetsformaga", String.valueOf(1 + random.nextInt(5)));
		return m;
	}

	/** A valid personnummer in Skatteverket's test series (birth number 980–999). */
	private String testPersonnummer(int year) {
		LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
		String serial = String.valueOf(980 + (testSerial++ % 20));
		String nine = String.format("%02d%02d%02d%s", year % 100, birth.getMonthValue(), birth.getDayOfMonth(), serial);
		return String.format("%04d%02d%02d-%s%d", year, birth.getMonthValue(), birth.getDayOfMonth(), serial,
				checkDigit(nine));
	}

	static int checkDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += d > 9 ? d - 9 : d;
		}
		return (10 - sum % 10) % 10;
	}

	private String pick(String[] values, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double r = random.nextDouble() * total;
		for (int i = 0; i < values.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
