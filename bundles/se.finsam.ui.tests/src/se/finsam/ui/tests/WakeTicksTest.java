package se.finsam.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import se.finsam.ui.internal.WakeTicks;

/**
 * While the UI thread waits for another thread its sleep must end on its own at least every tick, whether or not
 * that thread's {@code Display.wake()} arrives (on GTK one can be lost: see {@link WakeTicks}). The lost wake itself
 * cannot be staged here: in this harness other sources wake the display every ~0.1 s, at start-up none do.
 */
public class WakeTicksTest {

	@Test
	public void theTimerTicksWhileTheUiThreadWaitsAndStopsAfter() {
		Display display = Display.getCurrent();
		WakeTicks ticks = WakeTicks.start(display);
		try {
			spin(display, 600);
		} finally {
			ticks.stop();
		}
		int counted = ticks.count();
		// 600 ms at one tick per 50 ms: 12, less what a loaded machine delays
		assertTrue(counted >= 6, "ticks while waiting: " + counted);
		spin(display, 300);
		assertEquals(counted, ticks.count(), "the timer went on after the wait");
	}

	/** An event loop as the platform's: dispatch, else sleep, until the time is up (a timer of its own then). */
	private static void spin(Display display, long millis) {
		display.timerExec((int) millis, () -> {
		});
		long end = System.nanoTime() + millis * 1_000_000;
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}
}
