package se.finsam.bench.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.store.AssociationSummary;
import se.finsam.store.ServerAddress;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * One client of issue 18's concurrency benchmark ({@code ./finsam --server URI bench team-client --client I
 * --seconds S}): for S seconds it opens its own project (the I-th of the server's, by diarienummer) as the workbench
 * does — the association's headers, then the project's content — edits its name and a participant, and saves.
 * Prints "RESULT team.open-project s" and "RESULT team.save s" per round and "SAVED <project id> <name>" after
 * each acknowledged save, so that bench/run can check that every acknowledged save is on the server.
 */
@Component(service = BenchSuite.class)
public class TeamClientSuite implements BenchSuite {

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "team-client";
	}

	@Override
	public void run(BenchContext ctx) throws Exception {
		String server = ctx.options().get("server");
		if (server == null) {
			throw new IllegalArgumentException("team-client needs ./finsam --server URI");
		}
		int client = ctx.option("client", 0);
		// All clients measure over the same window, from --start-at (epoch ms): before it each warms up, as a
		// workbench that has been open a while, and ten JVMs starting at once are not what a user waits for.
		long startAt = Long.parseLong(ctx.options().getOrDefault("start-at", "0"));
		String password = System.getenv("FINSAM_DB_PASSWORD");
		try (Store store = stores.open(ServerAddress.parse(server), password == null ? null : password.toCharArray(),
				StoreKey.fromText(System.getenv("FINSAM_KEY")))) {
			List<String[]> projects = new ArrayList<>(); // association id, project id, by diarienummer
			for (AssociationSummary a : store.associations()) {
				store.projects(a.id()).forEach(p -> projects.add(new String[] { a.id(), p.id(), p.diarienummer() }));
			}
			projects.sort((x, y) -> (x[2] + x[1]).compareTo(y[2] + y[1]));
			String[] mine = projects.get(client % projects.size());
			long until = Long.MAX_VALUE;
			for (int round = 0; System.nanoTime() < until; round++) {
				boolean measured = System.currentTimeMillis() >= startAt;
				if (measured && until == Long.MAX_VALUE) {
					until = System.nanoTime() + ctx.option("seconds", 20) * 1_000_000_000L;
				}
				long start = System.nanoTime();
				Association association = store.loadAssociation(mine[0]);
				Project project = association.getProjects().stream().filter(p -> p.getId().equals(mine[1])).findFirst()
						.orElseThrow();
				store.loadContent(project);
				if (measured) {
					ctx.result("team.open-project", start);
				}
				String name = "Klient " + client + " varv " + round;
				project.setName(name);
				List<Participant> consenting = project.getParticipants().stream().filter(Participant::isConsent).toList();
				if (!consenting.isEmpty()) { // without consent only gender and year may be kept
					consenting.get(round % consenting.size()).getExtraAttributes().put("Kommun", "Varv " + round);
				}
				start = System.nanoTime();
				store.saveProject(project);
				if (measured) {
					ctx.result("team.save", start);
				}
				ctx.log().println("SAVED " + mine[1] + " " + name);
			}
		}
	}
}
