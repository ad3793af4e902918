package se.finsam.ui.internal.welcome;

import se.finsam.ui.ReadOnlyEditor;
import se.finsam.ui.internal.Messages;

/** The welcome page's input: there is one welcome page. */
public final class WelcomeInput implements ReadOnlyEditor.Input {

	public static final WelcomeInput INSTANCE = new WelcomeInput();

	private WelcomeInput() {
	}

	@Override
	public String getName() {
		return Messages.Welcome_tab;
	}
}
