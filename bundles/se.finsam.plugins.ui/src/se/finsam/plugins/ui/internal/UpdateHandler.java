package se.finsam.plugins.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import se.finsam.plugins.UpdateService;

/** Hjälp → Sök efter uppdateringar…: the same service as {@code ./finsam update}. */
public class UpdateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		UpdateService updates = PlatformUI.getWorkbench().getService(UpdateService.class);
		new UpdateDialog(HandlerUtil.getActiveShell(event), updates).open();
		return null;
	}
}
