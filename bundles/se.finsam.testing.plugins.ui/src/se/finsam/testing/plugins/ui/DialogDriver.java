package se.finsam.testing.plugins.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Drives Hjälp → Installera mallar… in the real product as a user would — the menu's command, the repository typed,
 * a plug-in checked, Installera, yes to the trust question, no to the restart — so that the product tests cover the
 * dialog's own path through the installation's p2 profile (the UI test runtime has none); the same for Hjälp → Sök
 * efter uppdateringar…. Inert unless the workbench was started with {@code -Dfinsam.testing.dialogs=FILE};
 * {@code finsam.testing.dialogs.install=REPO|NAME}, {@code finsam.testing.dialogs.remove=NAME} or
 * {@code finsam.testing.dialogs.update=REPO} say what to do (NAME: part of the plug-in's name in the table). What the
 * dialog said is appended to FILE; the workbench closes afterwards.
 */
public class DialogDriver implements IStartup {

	private static final long TIMEOUT_MS = 60_000;

	private Display display;
	private Path out;

	@Override
	public void earlyStartup() {
		String file = System.getProperty("finsam.testing.dialogs");
		if (file == null) {
			return;
		}
		out = Path.of(file);
		IWorkbench workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		Thread driver = new Thread(() -> {
			try {
				drive(workbench);
			} catch (Throwable t) {
				append("ERROR " + t);
			} finally {
				display.asyncExec(workbench::close);
			}
		}, "Finsam dialog driver");
		driver.setDaemon(true);
		driver.start();
	}

	private void drive(IWorkbench workbench) throws Exception {
		waitFor(() -> workbench.getWorkbenchWindowCount() > 0 ? Boolean.TRUE : null);
		String update = System.getProperty("finsam.testing.dialogs.update");
		if (update != null) {
			update(workbench, update);
			return;
		}
		command(workbench, "se.finsam.plugins.ui.install");
		Shell dialog = shell("Installera mallar");
		String install = System.getProperty("finsam.testing.dialogs.install");
		String remove = System.getProperty("finsam.testing.dialogs.remove");
		if (install != null) {
			String repository = install.substring(0, install.indexOf('|'));
			String name = install.substring(install.indexOf('|') + 1);
			ui(() -> {
				textAfter(dialog, "Förråd:").setText(repository);
				press(button(dialog, "Sök mallar"));
				return null;
			});
			ui(() -> {
				Table offered = tables(dialog).get(0);
				TableItem item = row(offered, name);
				item.setChecked(true);
				offered.notifyListeners(SWT.Selection, new Event());
				return null;
			});
			later(() -> press(button(dialog, "Installera")));
			answer("Installera ändå?", "Ja");
		} else {
			ui(() -> {
				Table installed = tables(dialog).get(1);
				installed.setSelection(row(installed, remove));
				installed.notifyListeners(SWT.Selection, new Event());
				return null;
			});
			later(() -> press(button(dialog, "Ta bort")));
			answer("Ta bort", "OK");
		}
		answer("Starta om", "Nej");
		append("SAID " + ui(() -> String.join(" | ", texts(dialog))));
		append("INSTALLED " + ui(() -> String.join(" | ", rows(tables(dialog).get(1)))));
		close(dialog);
	}

	/** Hjälp → Sök efter uppdateringar…: the repository searched, what it offers listed, updated, no restart. */
	private void update(IWorkbench workbench, String repository) throws Exception {
		command(workbench, "se.finsam.plugins.ui.update");
		Shell dialog = shell("Sök efter uppdateringar");
		ui(() -> {
			textAfter(dialog, "Förråd:").setText(repository);
			press(button(dialog, "Sök uppdateringar"));
			return null;
		});
		append("OFFERED " + ui(() -> String.join(" | ", rows(tables(dialog).get(0)))));
		later(() -> press(button(dialog, "Uppdatera")));
		answer("Uppdatera ändå?", "Ja");
		answer("Starta om", "Nej");
		append("SAID " + ui(() -> String.join(" | ", texts(dialog))));
		close(dialog);
	}

	private void command(IWorkbench workbench, String id) {
		display.asyncExec(() -> {
			try {
				workbench.getWorkbenchWindows()[0].getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				append("ERROR " + e);
			}
		});
	}

	private void close(Shell dialog) throws Exception {
		later(() -> press(button(dialog, "Stäng")));
		waitFor(() -> dialog.isDisposed() ? Boolean.TRUE : null);
	}

	/** Waits for a question titled so and presses one of its buttons. */
	private void answer(String title, String choice) throws Exception {
		Shell question = shell(title);
		later(() -> press(button(question, choice)));
		waitFor(() -> question.isDisposed() ? Boolean.TRUE : null);
	}

	private Shell shell(String title) throws Exception {
		return waitFor(() -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
					return s;
				}
			}
			return null;
		});
	}

	/** Polls the UI thread until {@code probe} gives something. */
	private <T> T waitFor(java.util.function.Supplier<T> probe) throws Exception {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < end) {
			T found = ui(probe::get);
			if (found != null) {
				return found;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("timed out waiting in the dialog");
	}

	private <T> T ui(java.util.concurrent.Callable<T> work) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(work.call());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	/** On the UI thread without waiting: what opens a modal question must not hold this thread. */
	private void later(Runnable work) {
		display.asyncExec(work);
	}

	private static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Button button(Composite root, String text) {
		return find(root, Button.class, b -> text.equals(b.getText().replace("&", "")));
	}

	private static Text textAfter(Composite root, String label) {
		List<Control> all = all(root);
		for (int i = 0; i < all.size() - 1; i++) {
			if (all.get(i) instanceof Label l && label.equals(l.getText()) && all.get(i + 1) instanceof Text t) {
				return t;
			}
		}
		throw new IllegalStateException("no field after " + label);
	}

	private static List<Table> tables(Composite root) {
		return all(root).stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
	}

	private static TableItem row(Table table, String name) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).contains(name)) {
				return item;
			}
		}
		throw new IllegalStateException("no row " + name + " in " + rows(table));
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < table.getColumnCount(); i++) {
				cells.add(item.getText(i));
			}
			rows.add(String.join(" ", cells));
		}
		return rows;
	}

	/** The texts a user reads in the dialog (its message included). */
	private static List<String> texts(Composite root) {
		List<String> texts = new ArrayList<>();
		for (Control c : all(root)) {
			String text = c instanceof Label l ? l.getText() : c instanceof Text t ? t.getText() : null;
			if (text != null && !text.isBlank()) {
				texts.add(text);
			}
		}
		return texts;
	}

	private static <T extends Control> T find(Composite root, Class<T> type, java.util.function.Predicate<T> test) {
		return all(root).stream().filter(type::isInstance).map(type::cast).filter(test).findFirst()
				.orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " in " + root.toString()));
	}

	private static List<Control> all(Composite root) {
		List<Control> all = new ArrayList<>();
		for (Control c : root.getChildren()) {
			all.add(c);
			if (c instanceof Composite composite) {
				all.addAll(all(composite));
			}
		}
		return all;
	}

	private void append(String line) {
		try {
			Files.writeString(out, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			e.printStackTrace();
		}
	}
}
