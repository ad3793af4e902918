package se.finsam.ui.help.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

import se.finsam.ui.HelpTopics;

/** Hjälp → Användarhandbok, F1 (the topic of what the user is looking at) and Kortkommandon. */
public final class HelpHandlers {

	/** Tests: the last help window opened over a dialog. */
	static volatile Shell lastWindow;

	private HelpHandlers() {
	}

	public static class Guide extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
			show(window, topicOf(window.getActivePage() == null ? null : window.getActivePage().getActivePart()));
			return null;
		}
	}

	/** F1: the topic named by the parameter, else the one of the active part; over a dialog, in a window of its own. */
	public static class Topic extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			String topic = event.getParameter(HelpTopics.TOPIC_PARAMETER);
			if (topic == null && window != null && window.getActivePage() != null) {
				topic = topicOf(window.getActivePage().getActivePart());
			}
			Shell active = Display.getCurrent().getActiveShell();
			if (active != null && (window == null || active != window.getShell())) {
				openWindow(active, topic);
			} else if (window != null) {
				show(window, topic);
			}
			return null;
		}
	}

	public static class Keys extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			new ShortcutsDialog(HandlerUtil.getActiveShell(event)).open();
			return null;
		}
	}

	static String topicOf(IWorkbenchPart part) {
		if (part instanceof HelpTopics.Contextual c && c.helpTopic() != null) {
			return c.helpTopic();
		}
		return HelpTopics.GETTING_STARTED;
	}

	static void show(IWorkbenchWindow window, String topic) {
		try {
			GuideView view = (GuideView) window.getActivePage().showView(GuideView.ID);
			view.show(topic);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	/** A modal dialog keeps the user from the workbench window: the guide opens in a window above it. */
	static void openWindow(Shell parent, String topic) {
		Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		shell.setText(Messages.Guide_title);
		GridLayoutFactory.fillDefaults().applyTo(shell);
		shell.setLayout(new org.eclipse.swt.layout.FillLayout());
		TopicBrowser browser = new TopicBrowser(shell);
		browser.show(topic == null ? HelpTopics.GETTING_STARTED : topic);
		shell.addDisposeListener(e -> browser.dispose());
		shell.setSize(820, 560);
		shell.setLocation(parent.getLocation().x + 40, parent.getLocation().y + 40);
		shell.open();
		lastWindow = shell;
	}
}
