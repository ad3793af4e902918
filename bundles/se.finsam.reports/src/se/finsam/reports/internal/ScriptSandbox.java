package se.finsam.reports.internal;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.birt.core.script.ScriptEngineFactoryManager;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * BIRT evaluates every expression and script of a design with Rhino. Every Rhino context of this process gets a
 * class shutter: scripts see BIRT's own objects and plain values (strings, numbers, dates), never another Java
 * class — no {@code Packages}, {@code java.*}, {@code importClass}, no reflection through {@code getClass()} (Rhino
 * falls back to the members of a visible type), so no command, no file, no environment variable, no connection.
 * Installed once, when the report engine starts; if it cannot be, power users' designs are refused.
 */
final class ScriptSandbox {

	/**
	 * Whole packages scripts may use: BIRT's script objects and functions, Rhino's own, ICU's numbers and dates, and
	 * dynamic proxies (BIRT puts every application context entry in the scope; ours is the design's connection, a
	 * proxy over the read-only snapshot of the views, which is all a design may read anyway).
	 */
	private static final String[] PACKAGES = { "org.eclipse.birt.", "org.mozilla.javascript.", "com.ibm.icu.",
			"jdk.proxy", "com.sun.proxy." };
	/** Plain values, as data rows and parameters hand them to scripts. */
	private static final Set<String> VALUES = Set.of("java.lang.Object", "java.lang.String", "java.lang.Boolean",
			"java.lang.Character", "java.lang.Number", "java.lang.Integer", "java.lang.Long", "java.lang.Short",
			"java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal", "java.math.BigInteger",
			"java.util.Date", "java.sql.Date", "java.sql.Time", "java.sql.Timestamp");
	/** Rhino's shell tools and module loader (files, the console): never needed by a design. */
	private static final String[] REFUSED = { "org.mozilla.javascript.tools.", "org.mozilla.javascript.commonjs." };

	private static final Logger LOG = Logger.getLogger(ScriptSandbox.class.getName());
	private static volatile boolean installed;
	private static volatile boolean broken;

	private ScriptSandbox() {
	}

	/**
	 * Installs the class shutter for every Rhino context created from now on. BIRT's JavaScript bundle installs
	 * Rhino's global context factory when it starts, so it is started first, then the shutter is hooked to that
	 * factory: each new context gets it before any script runs in it.
	 */
	static synchronized void install() {
		if (installed) {
			return;
		}
		try {
			ScriptEngineFactoryManager.getInstance().getScriptEngineFactory("javascript");
			ContextFactory.getGlobal().addListener(new ContextFactory.Listener() {
				@Override
				public void contextCreated(Context cx) {
					try {
						cx.setClassShutter(ScriptSandbox::visible);
					} catch (SecurityException e) {
						broken = true; // a shutter of someone else's: designs can no longer be trusted to it
					}
				}

				@Override
				public void contextReleased(Context cx) {
					// nothing held
				}
			});
			installed = true;
		} catch (RuntimeException e) {
			LOG.log(Level.SEVERE, "Rhino's class shutter could not be installed; power users' designs are refused", e);
		}
	}

	/** Whether designs may run: the sandbox is in place. */
	static boolean isInstalled() {
		return installed && !broken;
	}

	static boolean visible(String className) {
		for (String refused : REFUSED) {
			if (className.startsWith(refused)) {
				return false;
			}
		}
		if (VALUES.contains(className)) {
			return true;
		}
		for (String p : PACKAGES) {
			if (className.startsWith(p)) {
				return true;
			}
		}
		return false;
	}
}
