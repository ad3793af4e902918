package se.finsam.plugins.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

import se.finsam.plugins.PluginException;

/**
 * p2 work (reading a repository, planning, downloading, installing) off the UI thread, under a modal progress
 * dialog: the window keeps painting and nothing else can be clicked meanwhile.
 */
final class P2Work {

	@FunctionalInterface
	interface Call<T> {
		T run() throws PluginException;
	}

	private P2Work() {
	}

	static <T> T run(Shell shell, String task, Call<T> call) throws PluginException {
		Object[] result = new Object[1];
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask(task, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
				try {
					result[0] = call.run();
				} catch (PluginException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof PluginException p) {
				throw p;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		@SuppressWarnings("unchecked")
		T t = (T) result[0];
		return t;
	}
}
