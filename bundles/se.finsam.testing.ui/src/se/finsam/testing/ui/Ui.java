package se.finsam.testing.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

import se.finsam.ui.Session;

/** Helpers for driving the real workbench from tests running on its UI thread. */
public final class Ui {

	private Ui() {
	}

	/** Handles every event already queued (asyncExec'ed updates, layout, paint); returns when none is left. */
	public static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going
		}
	}

	/** Runs the event loop until the condition holds; fails after the timeout. */
	public static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		waitUntil(what, timeoutMillis, condition, () -> "");
	}

	/** Like {@link #waitUntil(String, long, BooleanSupplier)}; a timeout says what {@code state} shows then. */
	public static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition, Supplier<String> state) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what + " " + state.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** The workbench's session, from the workbench's context as parts get it. */
	public static Session session() {
		return PlatformUI.getWorkbench().getService(Session.class);
	}

	public static void waitForSession() {
		waitUntil("the data location to open", 120_000, () -> session().isOpen());
		flush();
	}

	/**
	 * The session open with the example association in it, as a user gets it from "Öppna exempeldata" (the
	 * workbench never creates it by itself). The same data each time: seed 1, 400 participants.
	 */
	public static void waitForExampleData() {
		waitForSession();
		if (session().associations().stream().noneMatch(se.finsam.model.Association::isExample)) {
			session().store().createAssociation(se.finsam.model.demo.DemoData.create(1, 400, java.time.LocalDate.now()));
			session().reload(new org.eclipse.core.runtime.NullProgressMonitor());
			session().fireChanged(null);
		}
		flush();
	}

	/** The text field right after the label with this text (forms lay them out label, field). */
	public static Text textAfterLabel(Composite root, String label) {
		return controlAfterLabel(root, label) instanceof Text t ? t : null;
	}

	/** The control laid out after the label with this text (a field, or a composite of several). */
	public static Control controlAfterLabel(Composite root, String label) {
		Control[] children = root.getChildren();
		for (int i = 0; i < children.length; i++) {
			if (children[i] instanceof Label l && label.equals(l.getText()) && i + 1 < children.length) {
				return children[i + 1];
			}
			if (children[i] instanceof Composite c) {
				Control found = controlAfterLabel(c, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The texts of every label under root, in order. */
	public static java.util.List<String> labels(Composite root) {
		java.util.List<String> out = new java.util.ArrayList<>();
		for (Control c : root.getChildren()) {
			if (c instanceof Label l) {
				out.add(l.getText());
			} else if (c instanceof Composite composite) {
				out.addAll(labels(composite));
			}
		}
		return out;
	}

	/** Every editable text field under root, in order. */
	public static java.util.List<Text> texts(Composite root) {
		java.util.List<Text> out = new java.util.ArrayList<>();
		for (Control c : root.getChildren()) {
			if (c instanceof Text t && t.getEditable()) {
				out.add(t);
			} else if (c instanceof Composite composite) {
				out.addAll(texts(composite));
			}
		}
		return out;
	}

	/** The text of every cell of every SWT table under root. */
	public static java.util.List<String> tableCells(Composite root) {
		java.util.List<String> out = new java.util.ArrayList<>();
		for (Control c : root.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Table t) {
				for (var item : t.getItems()) {
					for (int i = 0; i < t.getColumnCount(); i++) {
						out.add(item.getText(i));
					}
				}
			} else if (c instanceof Composite composite) {
				out.addAll(tableCells(composite));
			}
		}
		return out;
	}

	/**
	 * Types into a field as a user does: once what is on the screen is up to date (a user reads before she types),
	 * the text, then leaving the field. Leaving it applies a delayed binding at once (it otherwise waits for a pause in
	 * the typing), so the model holds the value when this returns.
	 */
	public static void type(Text text, String value) {
		flush();
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.FocusOut, new Event());
		flush();
	}

	/**
	 * Answers the next modal dialog (error, warning, confirmation) by closing it after a moment; returns a holder
	 * that gets the dialog's message text.
	 */
	public static StringBuilder closeNextDialog() {
		StringBuilder seen = new StringBuilder();
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell active = display.getActiveShell();
			if (active != null && active.getParent() != null && active.isVisible()) {
				collect(active, seen);
				active.close();
			} else {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(200, poll[0]);
		return seen;
	}

	/**
	 * Answers the next modal dialog as a user would: when it is up, the answer gets its shell (to type, choose and
	 * press a button) and is run once.
	 */
	public static void answerNextDialog(java.util.function.Consumer<Shell> answer) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell active = display.getActiveShell();
			if (active != null && active.getParent() != null && active.isVisible()) {
				answer.accept(active);
			} else {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(200, poll[0]);
	}

	/** The first control of the type under the root (depth first), or null. */
	public static <T extends Control> T find(Composite root, Class<T> type) {
		return find(root, type, c -> true);
	}

	/** The first control of the type under the root (depth first) that passes the test, or null. */
	public static <T extends Control> T find(Composite root, Class<T> type, java.util.function.Predicate<T> test) {
		for (Control c : root.getChildren()) {
			if (type.isInstance(c) && test.test(type.cast(c))) {
				return type.cast(c);
			}
			if (c instanceof Composite composite) {
				T found = find(composite, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The first button with this text that a user sees in the shell (or anywhere inside it), or null. */
	public static org.eclipse.swt.widgets.Button button(Composite root, String text) {
		for (Control c : root.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText().replace("&", ""))
					&& (b.isVisible() || !root.isVisible())) {
				return b;
			}
			if (c instanceof Composite comp) {
				org.eclipse.swt.widgets.Button found = button(comp, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void collect(Composite root, StringBuilder out) {
		for (Control c : root.getChildren()) {
			if (c instanceof Label l) {
				out.append(l.getText()).append('\n');
			} else if (c instanceof Composite comp) {
				collect(comp, out);
			}
		}
	}
}
