package se.finsam.ui.internal.welcome;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import se.finsam.ui.internal.Messages;

/** The welcome page's input: there is one welcome page. */
public final class WelcomeInput implements IEditorInput {

	public static final WelcomeInput INSTANCE = new WelcomeInput();

	private WelcomeInput() {
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return Messages.Welcome_tab;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return Messages.Welcome_tab;
	}
}
