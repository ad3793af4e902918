package se.finsam.ui.internal.navigator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * What the navigator shows instead of its tree when there is nothing to show: the reason in words and what the
 * user can do about it (create a förbund, try again), never a tree stuck at "Öppnar uppgifterna…".
 */
final class NavigatorNotice {

	/** A button of the notice: its text, tooltip and what it does. */
	record Choice(String text, String tip, Runnable action) {
	}

	private final Composite panel;
	private final Label message;
	private final Composite buttons;

	NavigatorNotice(Composite parent) {
		panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 12).spacing(6, 10).applyTo(panel);
		message = new Label(panel, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
		buttons = new Composite(panel, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 6).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
	}

	Control control() {
		return panel;
	}

	void show(String text, Choice... choices) {
		message.setText(text);
		for (Control c : buttons.getChildren()) {
			c.dispose();
		}
		for (Choice choice : choices) {
			Button b = new Button(buttons, SWT.PUSH);
			b.setText(choice.text());
			b.setToolTipText(choice.tip());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
			b.addListener(SWT.Selection, e -> choice.action().run());
		}
		panel.layout(true, true);
	}

	String text() {
		return message.getText();
	}
}
