package se.finsam.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

/**
 * Tells a benchmark (or a script) that the workbench window is up and idle: with
 * {@code -Dfinsam.startupReport=FILE} the wall-clock time in epoch milliseconds is appended to FILE once the UI
 * thread has drained the start-up work; with {@code -Dfinsam.exitAfterStartup=true} the workbench then closes.
 */
final class StartupSignal {

	private StartupSignal() {
	}

	static void whenIdle(IWorkbench workbench) {
		String report = System.getProperty("finsam.startupReport");
		boolean exit = Boolean.getBoolean("finsam.exitAfterStartup");
		if (report == null && !exit) {
			return;
		}
		Display display = workbench.getDisplay();
		// asyncExec runs after everything already queued for the UI thread: the window has painted by then.
		display.asyncExec(() -> {
			while (display.readAndDispatch()) {
				// drain pending events and paints
			}
			if (report != null) {
				write(Path.of(report), System.currentTimeMillis());
			}
			if (exit) {
				display.asyncExec(workbench::close);
			}
		});
	}

	private static void write(Path file, long millis) {
		try {
			Files.writeString(file, millis + System.lineSeparator(), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			System.err.println("finsam: cannot write the start-up report " + file + ": " + e.getMessage());
		}
	}
}
