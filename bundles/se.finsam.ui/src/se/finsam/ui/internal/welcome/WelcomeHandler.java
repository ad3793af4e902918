package se.finsam.ui.internal.welcome;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Hjälp → Välkommen. */
public class WelcomeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		WelcomeEditor.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		return null;
	}
}
