package se.finsam.plugins.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import se.finsam.plugins.PluginException;

/**
 * What the template and update dialogs share: a resizable dialog of at least a given size, a change that p2 may
 * refuse for want of trust (then asked once, naming the signers, and tried again), and the restart it needs.
 */
abstract class RepositoryDialog extends TitleAreaDialog {

	/** A change through p2, with or without the user's trust in what is unsigned or signed by someone unknown. */
	@FunctionalInterface
	interface Change<T> {
		T apply(boolean trust) throws PluginException;
	}

	private final String title;
	private final Point minimum;

	RepositoryDialog(Shell parent, String title, Point minimum) {
		super(parent);
		this.title = title;
		this.minimum = minimum;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.max(size.x, minimum.x), Math.max(size.y, minimum.y));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/**
	 * Applies a change without trust; if p2 refused it only for trust, asks {@code question} (with the signers in
	 * place of {0}) and applies it trusted. A failure is shown as the dialog's error.
	 *
	 * @return what the change returned, or null when it failed or the user said no
	 */
	<T> T trusting(String questionTitle, String question, Change<T> change) {
		try {
			return change.apply(false);
		} catch (PluginException e) {
			if (e.untrusted().isEmpty()) {
				setErrorMessage(e.getMessage());
				return null;
			}
			String who = String.join("\n", e.untrusted());
			if (MessageDialog.openQuestion(getShell(), questionTitle, NLS.bind(question, who))) {
				try {
					return change.apply(true);
				} catch (PluginException again) {
					setErrorMessage(again.getMessage());
				}
			}
			return null;
		}
	}

	/** Offers the restart a change needs to take effect, and restarts the workbench when the user says yes. */
	void askRestart(String question) {
		if (MessageDialog.openQuestion(getShell(), Messages.Restart_title, question)) {
			close();
			PlatformUI.getWorkbench().restart();
		}
	}
}
