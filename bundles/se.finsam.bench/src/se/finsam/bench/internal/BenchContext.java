package se.finsam.bench.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;

/** What a suite gets: a scratch directory, the number of runs, its options, a log and where results go. */
public record BenchContext(Path work, int runs, Map<String, String> options, PrintStream log,
		ObjDoubleConsumer<String> results) {

	public int option(String name, int defaultValue) {
		return options.containsKey(name) ? Integer.parseInt(options.get(name)) : defaultValue;
	}

	public void result(String name, long startNanos) {
		results.accept(name, (System.nanoTime() - startNanos) / 1e9);
	}
}
