package se.finsam.ui.internal;

import org.eclipse.swt.widgets.Display;

/**
 * A timer due every {@link #TICK_MILLIS} while the UI thread waits in an event loop for another thread: a due timer
 * makes {@link Display#sleep()} return, so the loop looks at its condition again even when the other thread's
 * {@link Display#wake()} was lost.
 * <p>
 * On GTK, {@code sleep()} clears SWT's wake flag before each poll of the main loop and returns only when the flag, a
 * message or a ready event source says so, polling every 50 ms otherwise; a {@code wake()} that comes after the
 * waiting loop last looked at its condition but before that clearing is lost. The platform's
 * {@code WorkbenchAdvisor.openWindows()} waits that way for the thread that restores the workbench, which sets its
 * flag, sleeps 5 ms and wakes the display: a UI thread held up longer than that between the two (a collection, the
 * compiler on a busy two-core machine) missed it, and with no window yet nothing else came to end the wait. The
 * workbench then stayed without a window for as long as the process lived (seen once in {@code ./bench/run}, 1 start
 * of 4; Eclipse platform UI pull request 4297 describes the same race).
 */
public final class WakeTicks implements Runnable {

	/** As often as SWT itself polls: a lost wake then costs at most this much. */
	public static final int TICK_MILLIS = 50;

	private final Display display;
	private int count; // the timer and the callers all run on the UI thread

	private WakeTicks(Display display) {
		this.display = display;
	}

	/** Starts ticking; call on the UI thread, and {@link #stop()} when the wait is over. */
	public static WakeTicks start(Display display) {
		WakeTicks ticks = new WakeTicks(display);
		display.timerExec(TICK_MILLIS, ticks);
		return ticks;
	}

	/** Stops the timer (on the UI thread). */
	public void stop() {
		if (!display.isDisposed()) {
			display.timerExec(-1, this);
		}
	}

	/** How many times the timer ran. */
	public int count() {
		return count;
	}

	@Override
	public void run() {
		count++;
		if (!display.isDisposed()) { // until stop() takes the next one off the display's timers
			display.timerExec(TICK_MILLIS, this);
		}
	}
}
