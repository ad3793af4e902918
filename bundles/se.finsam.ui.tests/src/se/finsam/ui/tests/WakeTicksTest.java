package se.finsam.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

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
		long took;
		try {
			// ticking again and again, not a rate: a loaded CI machine once let only 5 of 12 run in 600 ms
			took = spinUntil(display, () -> ticks.count() >= 5, 10_000);
		} finally {
			ticks.stop();
		}
		int counted = ticks.count();
		assertTrue(counted >= 5, "ticks while waiting 10 s: " + counted);
		assertTrue(took >= 4 * WakeTicks.TICK_MILLIS, "5 ticks came in " + took + " ms, not one per tick");
		spinUntil(display, () -> false, 300);
		assertEquals(counted, ticks.count(), "the timer went on after the wait");
	}

	/**
	 * An event loop as the platform's: dispatch, else sleep, until the condition holds or the time is up (a timer of
	 * its own then); returns the milliseconds spent.
	 */
	private static long spinUntil(Display display, BooleanSupplier done, long millis) {
		display.timerExec((int) millis, () -> {
		});
		long start = System.nanoTime();
		long end = start + millis * 1_000_000;
		while (System.nanoTime() < end && !done.getAsBoolean()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		return (System.nanoTime() - start) / 1_000_000;
	}
}
