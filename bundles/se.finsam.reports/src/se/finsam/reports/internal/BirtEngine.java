package se.finsam.reports.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.model.api.DesignConfig;
import org.eclipse.birt.report.model.api.IDesignEngine;
import org.eclipse.birt.report.model.api.IDesignEngineFactory;

/**
 * The one BIRT report engine and design engine of the application, started on a thread of their own as soon as
 * asked for, so that whoever needs them later only waits for what is left of the start.
 */
final class BirtEngine {

	record Engines(IReportEngine report, IDesignEngine design) {
	}

	/** Held: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
	private static final Logger BIRT_LOG = Logger.getLogger("org.eclipse.birt");

	private final CompletableFuture<Engines> engines = new CompletableFuture<>();

	BirtEngine(Path fontFolder) {
		Thread starter = new Thread(() -> {
			try {
				engines.complete(start(fontFolder));
			} catch (Throwable t) {
				engines.completeExceptionally(t);
			}
		}, "finsam-birt-start");
		starter.setDaemon(true);
		starter.start();
	}

	private static Engines start(Path fontFolder) throws Exception {
		// A report's problems come back as task errors, which we report; BIRT would also print them with stacks.
		// -Dfinsam.birtLog=FINE (or any java.util.logging level) shows what BIRT says, for diagnosing a design.
		Level level = Level.parse(System.getProperty("finsam.birtLog", "SEVERE"));
		BIRT_LOG.setLevel(level);
		EngineConfig config = new EngineConfig();
		config.setFontConfig(FontSetup.configure(fontFolder));
		try {
			PdfFonts.preload(fontFolder);
		} catch (IOException | RuntimeException e) {
			// only slower: BIRT then has OpenPDF read the font files itself, as it would without the preload
			BIRT_LOG.log(Level.FINE, "PDF fonts not preloaded", e);
		}
		PdfFonts.layoutOn();
		config.setLogConfig(null, level);
		IReportEngineFactory factory = (IReportEngineFactory) Platform
				.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
		if (factory == null) {
			throw new IllegalStateException("The BIRT report engine is not installed");
		}
		IReportEngine report = factory.createReportEngine(config);
		ScriptSandbox.install(); // before any report's first script
		IDesignEngineFactory designs = (IDesignEngineFactory) Platform
				.createFactoryObject(IDesignEngineFactory.EXTENSION_DESIGN_ENGINE_FACTORY);
		return new Engines(report, designs.createDesignEngine(new DesignConfig()));
	}

	Engines get() throws Exception {
		try {
			return engines.get();
		} catch (ExecutionException e) {
			throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
		}
	}

	void shutdown() {
		engines.thenAccept(e -> e.report().destroy());
	}
}
