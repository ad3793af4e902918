package se.finsam.cli.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;
import se.finsam.cli.app.internal.CliApplication;
import se.finsam.core.Formats;

/**
 * The command line's core in-process, in Swedish as users read it: the overview and each command's help, exit codes
 * (0 done, 1 failed, 2 wrong command line), one line on stderr for every failure, the stack trace only with
 * {@code --debug}, and every kind of argument mistake named with the command. The commands themselves are tested
 * with the product (releng/se.finsam.product.tests); here a small command registered as an OSGi service stands for
 * them, as any bundle's command would be found.
 */
public class CliCoreTest {

	/** Prints what it was given; fails on request. */
	static final class Probe implements CliCommand {
		@Override
		public String name() {
			return "prova";
		}

		@Override
		public String summary() {
			return "Provkommando för testerna";
		}

		@Override
		public String usage() {
			return "./finsam prova [--antal N] [--datum DATUM] [--fel] [--krasch] [--minne] [FIL]";
		}

		@Override
		public int run(Arguments args, CommandContext context) throws CliException {
			long count = args.number("--antal", 1, 1, 10);
			LocalDate date = args.date("--datum");
			boolean fail = args.flag("--fel");
			boolean crash = args.flag("--krasch");
			boolean memory = args.flag("--minne");
			Optional<String> name = args.option("--namn");
			List<String> files = args.positionals();
			args.done();
			if (fail) {
				throw new CliException("Filen saknas.");
			}
			if (crash) {
				throw new IllegalStateException("trasigt tillstånd");
			}
			if (memory) {
				// A real OutOfMemoryError, at once: one array larger than any heap the tests run with.
				long[] all = new long[Integer.MAX_VALUE - 8];
				context.out().println(all.length);
			}
			context.out().println("antal=" + count + " datum=" + date + " namn=" + name.orElse("-") + " filer=" + files);
			return 0;
		}
	}

	record Run(int code, String out, String err) {
	}

	private static ServiceRegistration<CliCommand> probe;

	@BeforeAll
	public static void registerTheProbe() throws BundleException {
		Bundle bundle = FrameworkUtil.getBundle(CliCoreTest.class);
		if (bundle.getBundleContext() == null) {
			bundle.start(Bundle.START_TRANSIENT);
		}
		probe = bundle.getBundleContext().registerService(CliCommand.class, new Probe(), null);
	}

	@AfterAll
	public static void unregister() {
		probe.unregister();
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = CliApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	public void withoutACommandTheOverviewListsEveryCommandAndTheExitCodeSaysUsage() {
		Run r = run();
		assertEquals(2, r.code());
		assertTrue(r.out().contains("Användning: ./finsam"), r.out());
		assertTrue(r.out().contains("Kommandon:"), r.out());
		assertTrue(r.out().contains("  prova  ") || r.out().contains("  prova "), r.out());
		assertTrue(r.out().contains("version"), "the application's own commands: " + r.out());
		assertEquals(0, run("--help").code());
		assertEquals(r.out(), run("--help").out());
	}

	/** A command that counts how often its service was got, as DS activates a component. */
	static final class Counted implements ServiceFactory<CliCommand> {
		final AtomicInteger got = new AtomicInteger();

		@Override
		public CliCommand getService(Bundle bundle, ServiceRegistration<CliCommand> registration) {
			got.incrementAndGet();
			return new CliCommand() {
				@Override
				public String name() {
					return "annan";
				}

				@Override
				public String summary() {
					return "Ett annat provkommando";
				}

				@Override
				public String usage() {
					return "./finsam annan";
				}

				@Override
				public int run(Arguments args, CommandContext context) throws CliException {
					args.done();
					context.out().println("annan körd");
					return 0;
				}
			};
		}

		@Override
		public void ungetService(Bundle bundle, ServiceRegistration<CliCommand> registration, CliCommand service) {
			// nothing held
		}
	}

	@Test
	public void aCommandWithItsNamePropertyIsTheOnlyOneActivatedAndNamesAreMatchedLiterally() {
		Counted other = new Counted();
		ServiceRegistration<CliCommand> registration = FrameworkUtil.getBundle(CliCoreTest.class).getBundleContext()
				.registerService(CliCommand.class, other, new Hashtable<>(Map.of(CliCommand.NAME_PROPERTY, "annan")));
		try {
			Run version = run("version");
			assertEquals(0, version.code(), version.err());
			assertTrue(version.out().startsWith("Finsam Workbench"), version.out());
			assertEquals(0, other.got.get(), "./finsam version activated another command");

			Run named = run("annan");
			assertEquals("annan körd\n", named.out());
			assertEquals(1, other.got.get());

			// Without the property (the probe) a command is still found: after every command was asked its name.
			assertEquals(0, run("prova").code());
			assertEquals(2, other.got.get());

			// A typed name is never a filter: "ann*" is no command, and "(" no syntax error.
			assertEquals(2, run("ann*").code());
			assertEquals(2, run("(annan").code());
		} finally {
			registration.unregister();
		}
	}

	@Test
	public void aCommandsHelpIsItsUsage() {
		Run r = run("prova", "--help");
		assertEquals(0, r.code());
		assertEquals("./finsam prova [--antal N] [--datum DATUM] [--fel] [--krasch] [--minne] [FIL]\n", r.out());
		assertEquals(r.out(), run("help", "prova").out());
	}

	@Test
	public void anUnknownCommandIsOneLineWithExitCode2() {
		Run r = run("provaa");
		assertEquals(2, r.code());
		assertEquals("finsam: Okänt kommando \"provaa\"; se ./finsam --help för kommandona.\n", r.err());
		assertEquals("", r.out());
	}

	@Test
	public void optionsInEitherFormFlagsAndPositionalsAreRead() {
		Run r = run("prova", "--antal", "3", "--datum=20161231", "fil.xlsx", "--namn=Åsa Öberg");
		assertEquals(0, r.code(), r.err());
		assertEquals("antal=3 datum=2016-12-31 namn=Åsa Öberg filer=[fil.xlsx]\n", r.out());
		assertEquals("", r.err());
	}

	@Test
	public void everyArgumentMistakeNamesTheOptionAndTheCommand() {
		assertUsage("Okänd flagga --antl till kommandot \"prova\"; se ./finsam prova --help.", "prova", "--antl", "3");
		assertUsage("--antal behöver ett värde (kommandot \"prova\").", "prova", "--antal");
		assertUsage("--antal anges mer än en gång (kommandot \"prova\").", "prova", "--antal", "2", "--antal=3");
		assertUsage("--antal måste vara ett heltal, inte \"tre\".", "prova", "--antal", "tre");
		assertUsage("--antal är 11; det måste vara mellan 1 och 10.", "prova", "--antal", "11");
		assertUsage("--datum 2016-13-01: inte ett datum; skriv det som 2016-12-31.", "prova", "--datum", "2016-13-01");
		assertUsage("Oväntat argument \"extra\" till kommandot \"version\"; se ./finsam version --help.", "version",
				"extra");
	}

	private static void assertUsage(String message, String... args) {
		Run r = run(args);
		assertEquals(2, r.code(), r.err());
		assertEquals("finsam: " + message + "\n", r.err());
		assertEquals("", r.out(), "nothing done");
	}

	@Test
	public void aFailureIsOneLineWithExitCode1() {
		Run r = run("prova", "--fel");
		assertEquals(1, r.code());
		assertEquals("finsam: Filen saknas.\n", r.err());
	}

	@Test
	public void anInternalErrorIsOneLineAndTheDetailsOnlyWithDebug() {
		Run r = run("prova", "--krasch");
		assertEquals(1, r.code());
		assertEquals(1, r.err().lines().count(), r.err());
		assertTrue(r.err().startsWith("finsam: Internt fel: trasigt tillstånd"), r.err());
		assertTrue(r.err().contains("--debug"), "says how to see more: " + r.err());
		assertFalse(r.err().contains("at se.finsam"), "no stack trace: " + r.err());

		Run debug = run("--debug", "prova", "--krasch");
		assertEquals(1, debug.code());
		assertTrue(debug.err().contains("java.lang.IllegalStateException: trasigt tillstånd"), debug.err());
		assertTrue(debug.err().contains("at se.finsam.cli.app.tests.CliCoreTest$Probe.run"), debug.err());
	}

	@Test
	public void runningOutOfMemoryNamesTheLimitAndHowToRaiseIt() {
		Run r = run("prova", "--minne");
		assertEquals(1, r.code());
		assertEquals(1, r.err().lines().count(), r.err());
		String limit = Formats.count(Runtime.getRuntime().maxMemory() / (1024 * 1024));
		assertTrue(r.err().startsWith("finsam: Kommandot fick slut på minne (Java får använda högst " + limit + " MB här)."),
				r.err());
		assertTrue(r.err().contains("Inget av det som skulle sparas behölls"), r.err());
		assertTrue(r.err().contains("FINSAM_VMARGS=-Xmx4g"), "says how to give Java more: " + r.err());
	}
}
