package se.finsam.plugins.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import se.finsam.plugins.PluginService;

/** Hjälp → Installera mallar…: the same service as {@code ./finsam plugins}. */
public class InstallTemplatesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		PluginService plugins = PlatformUI.getWorkbench().getService(PluginService.class);
		new InstallTemplatesDialog(HandlerUtil.getActiveShell(event), plugins).open();
		return null;
	}
}
