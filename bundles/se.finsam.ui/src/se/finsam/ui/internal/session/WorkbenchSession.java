package se.finsam.ui.internal.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import se.finsam.core.DataLocation;
import se.finsam.model.Association;
import se.finsam.store.AssociationSummary;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.ui.Session;
import se.finsam.ui.internal.Messages;

/** The workbench's {@link Session}: one store, opened in a Job at start-up. */
@Component(service = Session.class)
public class WorkbenchSession implements Session {

	@Reference
	private StoreService stores;

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private volatile Store store;
	private volatile List<Association> associations = List.of();
	/** The store {@link #prepare} opens unattended, until {@link #open} takes it. */
	private volatile CompletableFuture<Opened> early;
	/** Set by the first {@link #prepare}: the application's, before the display, or the workbench advisor's. */
	private final AtomicBoolean prepared = new AtomicBoolean();
	/** Other clients' saves on a team server; closed with the store. */
	private AutoCloseable watching;
	/** One reload at a time for a burst of other clients' saves. */
	private final org.eclipse.core.runtime.jobs.Job othersSaved = org.eclipse.core.runtime.jobs.Job.create(
			Messages.Session_othersSaved, monitor -> {
				if (store != null) {
					reload(monitor);
					fireChanged(null);
				}
			});

	@Override
	public synchronized void open(IProgressMonitor monitor) {
		if (store != null) {
			return;
		}
		try {
			openStore(monitor);
		} catch (StoreException e) {
			Display.getDefault().asyncExec(() -> listeners.forEach(l -> l.failed(e.getMessage())));
			throw e;
		}
	}

	/**
	 * With the key given by the environment and no server, nothing needs the window: the store opens and loads
	 * while the window is built (about 0.5 s of work; with C1 alone, as ./finsam starts the workbench, it took 0.2 s
	 * off the usable start on two cores; with C2 compiling too it gained nothing); {@link #open} then takes the result
	 * and tells the listeners as it would have. Otherwise the engine alone starts, and the password is asked for once
	 * the window is up.
	 */
	@Override
	public void prepare() {
		if (prepared.getAndSet(true)) {
			return; // the application asked before the workbench did
		}
		Path data = DataLocation.path();
		String key = System.getenv("FINSAM_KEY");
		boolean unattended = key != null && !key.isBlank() && se.finsam.core.Settings.load().server() == null;
		CompletableFuture<Opened> opening = unattended ? new CompletableFuture<>() : null;
		early = opening;
		// A plain thread: the job manager may hold jobs back until the workbench has started.
		Thread.ofPlatform().daemon().name("Finsam store prepare").start(() -> {
			try {
				if (opening == null) {
					stores.prepare(data);
					return;
				}
				// No window yet to ask in: a refused key ends here, and the open that follows asks.
				Store s = stores.open(data, StoreKey.fromText(key));
				try {
					opening.complete(new Opened(s, load(s, new NullProgressMonitor())));
				} catch (RuntimeException e) {
					s.close();
					throw e;
				}
			} catch (RuntimeException e) {
				// the open that follows meets the same problem and says it
				if (opening != null) {
					opening.completeExceptionally(e);
				}
			}
		});
	}

	/** A store opened and loaded by {@link #prepare}. */
	private record Opened(Store store, List<Association> associations) {
	}

	private void openStore(IProgressMonitor monitor) {
		String server = se.finsam.core.Settings.load().server();
		SubMonitor progress = SubMonitor.convert(monitor, server == null ? Messages.Session_opening
				: Messages.Session_connecting, 10);
		Path data = DataLocation.path();
		Opened prepared = takeEarly();
		Store opened = prepared != null ? prepared.store()
				: new StoreOpening(stores, new DialogPrompt(), System.getenv("FINSAM_KEY"), server).open(data);
		progress.worked(8);
		// Open only once loaded: whoever sees isOpen() also sees the associations.
		associations = prepared != null ? prepared.associations() : load(opened, progress.split(2));
		store = opened;
		// Another team member's save: the navigator shows it (a second later, once for a burst of saves).
		watching = opened.watch(change -> othersSaved.schedule(1000));
		Display.getDefault().asyncExec(() -> listeners.forEach(Listener::opened));
		// The first start after an update: said once, with where the backup taken before it is.
		opened.upgradeAtOpen().ifPresent(u -> Display.getDefault().asyncExec(() -> MessageDialog.openInformation(
				Display.getDefault().getActiveShell(), Messages.Session_upgradedTitle,
				NLS.bind(Messages.Session_upgraded, new Object[] { u.from(), u.to(), u.backup() }))));
	}

	/**
	 * What {@link #prepare} opened, once; null when it opened nothing. Its failure is thrown as the open's own
	 * (a StoreException names the problem); anything else makes the open try again itself.
	 */
	private Opened takeEarly() {
		CompletableFuture<Opened> opening = early;
		early = null;
		if (opening == null) {
			return null;
		}
		try {
			return opening.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof StoreException failure) {
				throw failure;
			}
			return null;
		}
	}

	/** The password dialog on the UI thread, whichever thread opens the store. */
	private static final class DialogPrompt implements StoreOpening.Prompt {
		@Override
		public StoreKey create(Path dataLocation) {
			return ask(true, dataLocation, null);
		}

		@Override
		public StoreKey enter(Path dataLocation, String problem) {
			return ask(false, dataLocation, problem);
		}

		@Override
		public StoreOpening.ServerLogin login(se.finsam.store.ServerAddress server, boolean password, boolean key,
				String problem) {
			AtomicReference<StoreOpening.ServerLogin> answer = new AtomicReference<>();
			Display.getDefault().syncExec(() -> {
				ServerLoginDialog dialog = new ServerLoginDialog(parent(), server, password, key, problem);
				if (dialog.open() == Window.OK) {
					answer.set(dialog.login());
				}
			});
			return answer.get();
		}

		private static Shell parent() {
			return PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
					? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell() : null;
		}

		private static StoreKey ask(boolean create, Path dataLocation, String problem) {
			AtomicReference<StoreKey> answer = new AtomicReference<>();
			Display.getDefault().syncExec(() -> {
				DatabasePasswordDialog dialog = new DatabasePasswordDialog(parent(), create, dataLocation, problem);
				if (dialog.open() == Window.OK) {
					answer.set(dialog.key());
				}
			});
			return answer.get();
		}
	}

	@Override
	public void reload(IProgressMonitor monitor) {
		associations = load(store(), monitor);
	}

	private static List<Association> load(Store s, IProgressMonitor monitor) {
		List<AssociationSummary> summaries = s.associations();
		SubMonitor progress = SubMonitor.convert(monitor, summaries.size());
		List<Association> loaded = new ArrayList<>();
		for (AssociationSummary summary : summaries) {
			loaded.add(s.loadAssociation(summary.id()));
			progress.worked(1);
		}
		return List.copyOf(loaded);
	}

	@Override
	public boolean isOpen() {
		return store != null;
	}

	@Override
	public Store store() {
		Store s = store;
		if (s == null) {
			throw new StoreException(Messages.Session_notOpen);
		}
		return s;
	}

	@Override
	public List<Association> associations() {
		return associations;
	}

	@Override
	public void fireChanged(Object element) {
		Display display = Display.getDefault();
		display.asyncExec(() -> listeners.forEach(l -> l.changed(element)));
	}

	@Override
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	@Deactivate
	synchronized void close() {
		othersSaved.cancel();
		CompletableFuture<Opened> opening = early;
		early = null;
		if (opening != null) {
			opening.thenAccept(o -> o.store().close());
		}
		if (watching != null) {
			try {
				watching.close();
			} catch (Exception e) {
				// the connection is going anyway
			}
			watching = null;
		}
		if (store != null) {
			store.close();
			store = null;
		}
	}
}
