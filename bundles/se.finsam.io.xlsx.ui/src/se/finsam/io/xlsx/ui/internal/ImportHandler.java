package se.finsam.io.xlsx.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import se.finsam.ui.Session;

/** File → Import participants from Excel…: the DIS import wizard. */
public class ImportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var shell = HandlerUtil.getActiveShell(event);
		Session session = HandlerUtil.getActiveWorkbenchWindow(event).getService(Session.class);
		if (!session.isOpen() || session.associations().isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Import_title, Messages.Import_notOpen);
			return null;
		}
		WizardDialog dialog = new WizardDialog(shell, new DisImportWizard(session));
		dialog.setPageSize(900, 520);
		dialog.create();
		se.finsam.ui.HelpTopics.attach(dialog.getShell(), se.finsam.ui.HelpTopics.IMPORT);
		dialog.open();
		return null;
	}
}
