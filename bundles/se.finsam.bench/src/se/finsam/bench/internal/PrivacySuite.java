package se.finsam.bench.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.demo.DemoData;
import se.finsam.privacy.Gallring;
import se.finsam.privacy.PersonRegister;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.testing.Fixtures;

/**
 * Issue 14's targets: gallring of 20 000 identities due among 100 000 participants (the plan, the erasure and the
 * reclaim of pages and log) ≤ 10 s; finding a person by personnummer among 100 000 ≤ 0.2 s. Each run starts from a
 * fresh store, since gallring leaves nothing due.
 */
@Component(service = BenchSuite.class)
public class PrivacySuite implements BenchSuite {

	private static final LocalDate TODAY = Fixtures.TODAY;

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "privacy";
	}

	@Override
	public void run(BenchContext ctx) throws Exception {
		int n = ctx.option("participants", 100_000);
		int due = ctx.option("due", 20_000);
		for (int run = 0; run <= ctx.runs(); run++) {
			Association a = DemoData.inOneProject(DemoData.create(11, n, TODAY));
			List<String> numbers = prepare(a.getProjects().get(0), due);
			try (Store store = stores.open(ctx.work().resolve("privacy-" + run), StoreKey.generate())) {
				store.createAssociation(a);
				long start = System.nanoTime();
				Gallring.Plan plan = Gallring.plan(store, a, TODAY);
				Gallring.Result result = Gallring.run(store, plan, "bench");
				if (run > 0) { // the first is warm-up
					ctx.result("privacy.gallra-" + n + "/" + due, start);
				}
				if (result.erased() != due) {
					throw new IllegalStateException("erased " + result.erased() + ", expected " + due);
				}
				for (int i = 0; i < 5; i++) {
					String pnr = numbers.get(due + i * 997); // one that gallring kept
					start = System.nanoTime();
					int found = PersonRegister.find(store, pnr, "bench").size();
					if (run > 0) {
						ctx.result("privacy.person-" + n, start);
					}
					if (found == 0) {
						throw new IllegalStateException("a kept person was not found");
					}
				}
			}
			ctx.log().println("privacy: run " + run + " done");
		}
	}

	/**
	 * Everyone with consent gets a personnummer; the first {@code due} left three years ago (due under the default
	 * rule of two years), the others are still enrolled or left within the year, and the project runs on.
	 */
	private static List<String> prepare(Project project, int due) {
		project.getGrantedPeriod().setEnd(TODAY.plusYears(2));
		List<String> numbers = new ArrayList<>();
		for (Participant p : project.getParticipants()) {
			if (!p.isConsent()) {
				continue;
			}
			int i = numbers.size();
			String pnr = personnummer(i);
			numbers.add(pnr);
			p.setPersonalIdentityNumber(pnr);
			p.setBirthYear(Integer.valueOf(pnr.substring(0, 4)));
			LocalDate exit = i < due ? TODAY.minusYears(3) : p.getExitDate() == null ? null : TODAY.minusMonths(6);
			if (exit != null && (p.getEnrolmentDate() == null || !p.getEnrolmentDate().isBefore(exit))) {
				p.setEnrolmentDate(exit.minusDays(200));
			}
			if (exit != null && p.getExitReason() == null) {
				p.setExitReason("AF");
			}
			p.setExitDate(exit);
		}
		return numbers;
	}

	/** A valid, distinct personnummer for each index (born 1960–2001, serial 980–999). */
	private static String personnummer(int i) {
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i % 15_000);
		String serial = String.valueOf(980 + (i / 15_000) % 20);
		String nine = String.format("%02d%02d%02d%s", birth.getYear() % 100, birth.getMonthValue(),
				birth.getDayOfMonth(), serial);
		int sum = 0;
		for (int k = 0; k < 9; k++) {
			int d = (nine.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
			sum += d > 9 ? d - 9 : d;
		}
		return String.format("%04d%02d%02d-%s%d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
				serial, (10 - sum % 10) % 10);
	}
}
