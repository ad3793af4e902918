package se.finsam.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Tells a benchmark (or a script) when the workbench became usable: with {@code -Dfinsam.startupReport=FILE} the
 * wall-clock times in epoch milliseconds are appended to FILE as {@code window=…} (the window up and idle) and
 * {@code usable=…} (the store open and the navigator filled, its participant counts included, and painted) or
 * {@code failed=…} (the store did not open and the navigator says why); with {@code -Dfinsam.exitAfterStartup=true}
 * the workbench then closes.
 */
public final class StartupSignal {

	private static final String REPORT = System.getProperty("finsam.startupReport");
	private static final boolean EXIT = Boolean.getBoolean("finsam.exitAfterStartup");
	private static final AtomicBoolean SETTLED = new AtomicBoolean();

	private StartupSignal() {
	}

	/** The window is up: recorded once the UI thread has drained the start-up work. */
	static void whenIdle(Display display) {
		if (REPORT != null) {
			afterPaint(display, () -> write("window"));
		}
	}

	/** The navigator shows what the store holds; the first call after start-up counts (this or {@link #failed}). */
	public static void usable(Display display) {
		settled(display, "usable");
	}

	/** The navigator says why the store did not open. */
	public static void failed(Display display) {
		settled(display, "failed");
	}

	private static void settled(Display display, String what) {
		if ((REPORT == null && !EXIT) || !SETTLED.compareAndSet(false, true)) {
			return;
		}
		afterPaint(display, () -> {
			if (REPORT != null) {
				write(what);
			}
			if (EXIT) {
				display.asyncExec(() -> PlatformUI.getWorkbench().close());
			}
		});
	}

	/** asyncExec runs after everything already queued for the UI thread; draining then lets the window paint. */
	private static void afterPaint(Display display, Runnable then) {
		display.asyncExec(() -> {
			while (display.readAndDispatch()) {
				// pending events and paints
			}
			then.run();
		});
	}

	private static void write(String what) {
		try {
			Files.writeString(Path.of(REPORT), what + "=" + System.currentTimeMillis() + System.lineSeparator(),
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			System.err.println("finsam: cannot write the start-up report " + REPORT + ": " + e.getMessage());
		}
	}
}
