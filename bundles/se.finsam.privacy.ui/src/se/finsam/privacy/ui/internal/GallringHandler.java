package se.finsam.privacy.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import se.finsam.ui.Session;

/** Arkiv → Gallra…: what is due under the förbund's retention rule, and its erasure. */
public class GallringHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var shell = HandlerUtil.getActiveShell(event);
		Session session = HandlerUtil.getActiveWorkbenchWindow(event).getService(Session.class);
		if (!session.isOpen() || session.associations().isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Gallring_title, Messages.Privacy_notOpen);
			return null;
		}
		new GallringDialog(shell, session).open();
		return null;
	}
}
