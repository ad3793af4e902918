package se.finsam.testing;

import java.nio.file.Path;
import java.time.LocalDate;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.demo.DemoData;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;

/**
 * What tests and benchmarks share: one "today" (so demo data and figures never depend on the day a test runs), one
 * store key, the demo association, and the services they reach as the product does, through Declarative Services.
 */
public final class Fixtures {

	/** The day every test and benchmark takes as today. */
	public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	/** The key of every test store. */
	public static final StoreKey KEY = StoreKey.fromText("ett långt och hemligt testlösenord");
	/** The demo association's long-term project (samverkansteam). */
	public static final String DNR = "2014:35";

	private Fixtures() {
	}

	/** A demo association: the same seed and size give the same data. */
	public static Association demo(long seed, int participants) {
		return DemoData.create(seed, participants, TODAY);
	}

	/** A service registered with Declarative Services, waiting for it to start (at most 30 s). */
	public static <T> T service(Class<T> type) {
		var context = FrameworkUtil.getBundle(Fixtures.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(30_000);
			if (service == null) {
				throw new IllegalStateException("the service " + type.getName() + " did not start");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted waiting for " + type.getName(), e);
		}
	}

	/** A new store in the directory (real Derby, encrypted with {@link #KEY}). */
	public static Store store(Path dir) {
		return service(StoreService.class).open(dir, KEY);
	}

	/** A new store holding the demo association (seed 5; participant codes MB-0001 …). */
	public static Store demoStore(Path dir, int participants) {
		Store store = store(dir);
		store.createAssociation(demo(5, participants));
		return store;
	}

	/** The store's first association. */
	public static Association association(Store store) {
		return store.loadAssociation(store.associations().get(0).id());
	}

	/** A project of the store's first association, its content loaded. */
	public static Project project(Store store, String dnr) {
		Project p = association(store).getProjects().stream().filter(x -> x.getDiarienummer().equals(dnr)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no project " + dnr));
		store.loadContent(p);
		return p;
	}
}
