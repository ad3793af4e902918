package se.finsam.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import se.finsam.cli.Arguments;
import se.finsam.cli.CliCommand;
import se.finsam.cli.CliException;
import se.finsam.cli.CommandContext;

/**
 * {@code ./finsam bench SUITE [--runs N] [suite options]}: runs one benchmark suite in this JVM and prints one
 * line "RESULT name seconds" per measured run, for bench/run to tabulate. Not listed in --help.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=bench")
public class BenchCommand implements CliCommand {

	private final List<BenchSuite> suites = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addSuite(BenchSuite suite) {
		suites.add(suite);
	}

	void removeSuite(BenchSuite suite) {
		suites.remove(suite);
	}

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public boolean listed() {
		return false;
	}

	@Override
	public String summary() {
		return "Runs a benchmark suite (see bench/run)";
	}

	@Override
	public String usage() {
		return "./finsam bench SUITE [--runs N] [options]\n\nSuites: "
				+ String.join(", ", suites.stream().map(BenchSuite::name).sorted().toList())
				+ "\n\nMeasuring one cause apart: --fresh 1 (store, xlsx) saves or imports into a new store each run;"
				+ "\n--extras 0 (xlsx) leaves the workbook's two extra-attribute columns out.";
	}

	@Override
	public int run(Arguments args, CommandContext context) throws CliException {
		int runs = (int) args.number("--runs", 5, 1, 1000);
		Map<String, String> options = new TreeMap<>();
		for (String option : List.of("--participants", "--rows", "--associations", "--due", "--listing", "--out",
				"--client", "--seconds", "--start-at", "--projects", "--fresh", "--extras")) {
			args.option(option).ifPresent(v -> options.put(option.substring(2), v));
		}
		if (context.server() != null) {
			options.put("server", context.server());
		}
		List<String> names = args.positionals();
		args.done();
		BenchSuite suite = suites.stream().filter(s -> names.contains(s.name())).findFirst()
				.orElseThrow(() -> CliException.usage("unknown suite; " + usage()));
		Path work;
		try {
			work = Files.createTempDirectory("finsam-bench-");
		} catch (IOException e) {
			throw new CliException(e.getMessage(), e);
		}
		try {
			suite.run(new BenchContext(work, runs, options, context.err(),
					(name, seconds) -> context.out().printf(java.util.Locale.ROOT, "RESULT %s %.6f%n", name, seconds)));
		} catch (Exception e) {
			throw new CliException("benchmark " + suite.name() + " failed: " + e, e);
		} finally {
			delete(work);
		}
		return 0;
	}

	private static void delete(Path dir) {
		try (var walk = Files.walk(dir)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary directory; the system cleans it eventually
		}
	}
}
