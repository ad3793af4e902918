package se.finsam.privacy.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import se.finsam.ui.Session;

/** Arkiv → Granskningslogg…: the audit trail, filtered. */
public class AuditHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var shell = HandlerUtil.getActiveShell(event);
		Session session = HandlerUtil.getActiveWorkbenchWindow(event).getService(Session.class);
		if (!session.isOpen()) {
			MessageDialog.openInformation(shell, Messages.Audit_title, Messages.Privacy_notOpen);
			return null;
		}
		new AuditDialog(shell, session).open();
		return null;
	}
}
