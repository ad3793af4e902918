package se.finsam.bench.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * With {@code -Dfinsam.uiBench=FILE} the workbench measures issue 4's targets on itself, appends
 * {@code RESULT name seconds} lines to FILE and closes; {@code finsam.uiBench.participants} (10 000) and
 * {@code finsam.uiBench.runs} (5) tune it. Started by {@code ./bench/run --only workbench}; inert otherwise.
 */
public class UiBenchStartup implements IStartup {

	@Override
	public void earlyStartup() {
		String file = System.getProperty("finsam.uiBench");
		if (file == null) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		Path out = Path.of(file);
		UiBench bench = new UiBench(display, Integer.getInteger("finsam.uiBench.participants", 10_000),
				Integer.getInteger("finsam.uiBench.runs", 5), (name, seconds) -> append(out, "RESULT " + name + " " + seconds));
		Thread thread = new Thread(() -> {
			try {
				bench.prepare();
				bench.firstReport();
				display.syncExec(bench::run);
			} catch (Throwable t) {
				append(out, "ERROR " + t);
				t.printStackTrace();
			} finally {
				display.asyncExec(workbench::close);
			}
		}, "finsam-ui-bench");
		thread.setDaemon(true);
		thread.start();
	}

	private static void append(Path file, String line) {
		try {
			Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
