package se.finsam.ui.internal;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import se.finsam.ui.Session;
import se.finsam.ui.internal.session.SessionStartup;
import se.finsam.ui.internal.welcome.WelcomeEditor;

/** Workbench-wide behaviour: the evaluation perspective first, window state kept between sessions. */
public class FinsamWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return EvaluationPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new FinsamWindowAdvisor(configurer);
	}

	@Override
	public boolean preShutdown() {
		return ExitGuard.mayExit(getWorkbenchConfigurer().getWorkbench());
	}

	/**
	 * The platform restores the workbench on a thread of its own and waits for its {@code wake()} in an event loop
	 * with no window yet; {@link WakeTicks} keeps a lost wake from leaving it there.
	 */
	@Override
	public boolean openWindows() {
		WakeTicks ticks = WakeTicks.start(getWorkbenchConfigurer().getWorkbench().getDisplay());
		try {
			return super.openWindows();
		} finally {
			ticks.stop();
		}
	}

	@Override
	public void preStartup() {
		super.preStartup();
		// The database engine starts on the other core while the window is built (measured: see docs/performance.md); the
		// application has usually asked already, before the display, and then this does nothing.
		getWorkbenchConfigurer().getWorkbench().getService(Session.class).prepare();
	}

	@Override
	public void postStartup() {
		super.postStartup();
		IWorkbench workbench = getWorkbenchConfigurer().getWorkbench();
		Session session = workbench.getService(Session.class);
		// A database without a förbund greets the user with what she can do first.
		session.addListener(new Session.Listener() {
			@Override
			public void opened() {
				session.removeListener(this);
				IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
				if (session.associations().isEmpty() && window != null && window.getActivePage() != null) {
					WelcomeEditor.open(window.getActivePage());
				}
			}
		});
		SessionStartup.schedule(session);
		StartupSignal.whenIdle(workbench.getDisplay());
	}
}
