package se.finsam.bench.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.demo.DemoData;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.testing.Fixtures;

/**
 * Issue 3's targets: save 100 000 participants in one transaction (into an empty store, and beside another project
 * of as many); load a project of 5 000; participants by exit reason and gender over 1 000 000 rows, and filtered to
 * one association of them.
 */
@Component(service = BenchSuite.class)
public class StoreSuite implements BenchSuite {

	private static final LocalDate TODAY = Fixtures.TODAY;

	@Reference
	private StoreService stores;

	@Override
	public String name() {
		return "store";
	}

	@Override
	public void run(BenchContext ctx) throws Exception {
		StoreKey key = StoreKey.generate();
		int participants = ctx.option("participants", 100_000);
		try (Store store = stores.open(ctx.work().resolve("save"), key)) {
			save(ctx, store, participants, "store.save-" + participants, ctx.option("fresh", 0) == 1);
			load(ctx, store);
		}
		try (Store store = stores.open(ctx.work().resolve("beside"), key)) {
			// Derby bulk-loads only into an empty table: beside another project's rows it inserts row by row.
			store.createAssociation(DemoData.inOneProject(DemoData.create(3, participants, TODAY)));
			save(ctx, store, participants, "store.save-" + participants + "-beside-" + participants, false);
		}
		backups(ctx, key, participants);
		try (Store store = stores.open(ctx.work().resolve("rows"), key)) {
			outcomes(ctx, store, ctx.option("rows", 1_000_000), ctx.option("associations", 20));
		}
	}

	/** Issue 15: a backup of 100 000 participants verified (manifest, boot, consistency check) and restored. */
	private void backups(BenchContext ctx, StoreKey key, int participants) {
		Path live = ctx.work().resolve("backed-up");
		Path backup;
		try (Store store = stores.open(live, key)) {
			store.createAssociation(DemoData.inOneProject(DemoData.create(4, participants, TODAY)));
			backup = store.backup(ctx.work().resolve("backups"));
		}
		for (int run = 0; run <= ctx.runs(); run++) {
			long start = System.nanoTime();
			stores.verifyBackup(live, backup, key);
			if (run > 0) {
				ctx.result("store.backup-verify-" + participants, start);
			}
			start = System.nanoTime();
			stores.restore(live, backup, key);
			if (run > 0) {
				ctx.result("store.restore-" + participants, start);
			}
		}
	}

	/**
	 * Saves the same participants {@code runs + 1} times, emptying the project between saves; with {@code fresh}
	 * (option {@code --fresh 1}) each save goes into a store of its own, to tell a reused store's cost apart.
	 */
	private void save(BenchContext ctx, Store store, int participants, String result, boolean fresh) {
		Association a = DemoData.inOneProject(DemoData.create(1, participants, TODAY));
		Project project = a.getProjects().get(0);
		List<se.finsam.model.Participant> all = List.copyOf(project.getParticipants());
		project.getParticipants().clear();
		store.createAssociation(a);
		ctx.log().println("store: " + all.size() + " participants per save");
		for (int run = 0; run <= ctx.runs(); run++) {
			try (Store own = fresh ? stores.open(ctx.work().resolve("save-" + run), StoreKey.generate()) : null) {
				Store target = fresh ? own : store;
				if (fresh) {
					target.createAssociation(a);
				}
				project.getParticipants().addAll(all);
				long start = System.nanoTime();
				target.saveProject(project);
				if (run > 0) { // the first is warm-up
					ctx.result(result, start);
				}
				project.getParticipants().clear();
				all.forEach(p -> p.setId(null)); // inserted again as new rows next time
				target.saveProject(project);
			}
		}
	}

	private void load(BenchContext ctx, Store store) {
		Association a = DemoData.inOneProject(DemoData.create(2, 5_000, TODAY));
		a.setName("Laddning");
		store.createAssociation(a);
		for (int run = 0; run <= ctx.runs(); run++) {
			Project project = store.loadAssociation(a.getId()).getProjects().get(0);
			long start = System.nanoTime();
			store.loadContent(project);
			if (run > 0) {
				ctx.result("store.load-" + project.getParticipants().size(), start);
			}
		}
	}

	private void outcomes(BenchContext ctx, Store store, int rows, int associations) {
		int each = rows / associations;
		String one = null;
		for (int i = 0; i < associations; i++) {
			Association a = DemoData.create(100 + i, each, TODAY);
			a.setName("Förbund " + i);
			store.createAssociation(a);
			one = a.getId();
			ctx.log().println("store: association " + (i + 1) + "/" + associations + " stored");
		}
		for (int run = 0; run <= ctx.runs(); run++) {
			long start = System.nanoTime();
			store.outcomesByExitReasonAndGender(null);
			if (run > 0) {
				ctx.result("store.outcomes-all-" + rows, start);
			}
			start = System.nanoTime();
			store.outcomesByExitReasonAndGender(one);
			if (run > 0) {
				ctx.result("store.outcomes-one-association", start);
			}
		}
	}
}
