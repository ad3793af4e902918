package se.finsam.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import se.finsam.ui.Session;
import se.finsam.ui.internal.session.SessionStartup;

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
	public void postStartup() {
		super.postStartup();
		SessionStartup.schedule(getWorkbenchConfigurer().getWorkbench().getService(Session.class));
		StartupSignal.whenIdle(getWorkbenchConfigurer().getWorkbench());
	}
}
