package se.finsam.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./finsam} as a user does, against the product this build materialized. */
final class Finsam {

	static final Path ROOT = Path.of(System.getProperty("finsam.root", "../.."));
	static final Path PRODUCT = Path.of(System.getProperty("finsam.product",
			"../se.finsam.product/target/products/se.finsam.product/linux/gtk/x86_64"));

	/** The one display (xvfb-run's) that workbench windows share: one test class at a time opens windows on it. */
	static final String DISPLAY = "finsam.display";

	/**
	 * The launcher's cache (class-data archives) of the tests on one thread: the test classes run two at a time, and
	 * two JVMs must not write the same archive at once (the first run of a product writes it as it exits).
	 */
	private static final ThreadLocal<Path> CACHE = ThreadLocal.withInitial(() -> {
		try {
			Path root = Path.of(System.getProperty("finsam.cache", "target/finsam-cache")).toAbsolutePath();
			return Files.createDirectories(root.resolve(Thread.currentThread().getName().replaceAll("[^A-Za-z0-9-]", "_")));
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	});

	record Result(int exitCode, String out, String err) {
		List<String> errLines() {
			return err.isBlank() ? List.of() : List.of(err.strip().split("\\R"));
		}
	}

	private Finsam() {
	}

	/** A refusal as a user must see it: a failing exit code and one line on stderr that says {@code message}. */
	static void assertRefused(Result r, String message, String... args) {
		org.junit.jupiter.api.Assertions.assertTrue(r.exitCode() != 0, "refused: " + String.join(" ", args));
		org.junit.jupiter.api.Assertions.assertEquals(1, r.errLines().size(), "one line: " + r.err());
		org.junit.jupiter.api.Assertions.assertTrue(r.err().contains(message), message + " in: " + r.err());
		org.junit.jupiter.api.Assertions.assertFalse(r.err().contains("Exception"), r.err());
	}

	/** The bundle list p2 writes into a product's configuration: what an install or update changes. */
	static Path bundlesInfo(Path product) {
		return product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
	}

	/** One entry of a zip file (DOCX, XLSX) as text. */
	static String zipEntry(Path zip, String entry) throws IOException {
		try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
			var e = z.getEntry(entry);
			if (e == null) {
				throw new AssertionError(zip + " has no " + entry);
			}
			return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Runs {@code ./finsam --data DATA ARGS}, or without {@code --data} when data is null. The settings file is
	 * FINSAM_SETTINGS from env, else one beside nothing real (the user's own settings never leak into a test). An
	 * empty value in env removes that variable.
	 */
	static Result run(Path data, Map<String, String> env, String... args) throws IOException, InterruptedException {
		return run(ROOT.resolve("finsam"), data, env, args);
	}

	/** The same with another launcher script (an unpacked archive's). */
	static Result run(Path script, Path data, Map<String, String> env, String... args)
			throws IOException, InterruptedException {
		ProcessBuilder builder = builder(script, data, env, args);
		Path out = Files.createTempFile("finsam-out", ".txt");
		Path err = Files.createTempFile("finsam-err", ".txt");
		try {
			builder.redirectOutput(out.toFile()).redirectError(err.toFile());
			Process process = builder.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("./finsam " + String.join(" ", args) + " did not finish in 120 s");
			}
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/**
	 * Starts {@code ./finsam} without waiting, its output discarded: to be killed mid-way as a power cut would. The
	 * JVM is the launcher's child: {@link Process#destroyForcibly()} of the script alone would leave it running, so
	 * the whole process tree is killed by {@link #kill}.
	 */
	static Process start(Path data, Map<String, String> env, String... args) throws IOException {
		return builder(ROOT.resolve("finsam"), data, env, args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
	}

	/** kill -9 of a started ./finsam and everything it started. */
	static void kill(Process process) throws InterruptedException {
		List<ProcessHandle> tree = process.descendants().toList();
		tree.forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		process.waitFor();
		tree.forEach(h -> h.onExit().join());
	}

	private static ProcessBuilder builder(Path script, Path data, Map<String, String> env, String... args)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		if (data != null) {
			command.add("--data");
			command.add(data.toString());
		}
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("DISPLAY");
		builder.environment().remove("WAYLAND_DISPLAY");
		builder.environment().put("FINSAM_PRODUCT", PRODUCT.toAbsolutePath().toString());
		builder.environment().put("FINSAM_LANG", "sv");
		builder.environment().put("FINSAM_CACHE", CACHE.get().toString());
		// A command without a data location gets settings of its own, in the build folder (not the shared /tmp).
		Path settings = data != null ? data
				: Files.createTempDirectory(Files.createDirectories(Path.of("target", "settings")), "finsam");
		builder.environment().put("FINSAM_SETTINGS",
				settings.resolve("test-settings.properties").toAbsolutePath().toString());
		builder.environment().putAll(env);
		env.forEach((name, value) -> {
			if (value.isEmpty()) {
				builder.environment().remove(name);
			}
		});
		return builder;
	}
}
