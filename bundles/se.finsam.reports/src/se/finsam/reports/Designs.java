package se.finsam.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import se.finsam.reports.internal.TemplateContributions;

/**
 * Power users' own BIRT reports: every {@code .rptdesign} in the data location's {@code reports/} folder, and the
 * designs template bundles contribute. They run against the documented SQL views (docs/report-design.md).
 */
public final class Designs {

	/** The folder of a data location where designs go. */
	public static final String FOLDER = "reports";

	/**
	 * @param name what users call it (the file name without {@code .rptdesign}, or the bundle's name for it)
	 * @param bundle the contributing bundle, or null for a file of the data location
	 */
	public record Design(String name, Path file, String bundle) {
	}

	private Designs() {
	}

	public static Path folder(Path dataLocation) {
		return dataLocation.resolve(FOLDER);
	}

	/** The designs of the data location, then those of bundles (copied beside the library so that it resolves). */
	public static List<Design> list(Path dataLocation) throws IOException {
		List<Design> result = new ArrayList<>();
		Path folder = folder(dataLocation);
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				files.filter(f -> f.getFileName().toString().endsWith(".rptdesign")).sorted().forEach(f -> result
						.add(new Design(f.getFileName().toString().replaceFirst("\\.rptdesign$", ""), f, null)));
			}
		}
		for (TemplateContributions.ContributedDesign d : TemplateContributions.designs()) {
			Path copy = folder.resolve(".bundles").resolve(d.bundle()).resolve(d.fileName());
			Files.createDirectories(copy.getParent());
			try (InputStream in = d.url().openStream()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			Path library = folder.resolve(se.finsam.reports.internal.PowerUserFiles.LIBRARY);
			if (Files.exists(library)) {
				Files.copy(library, copy.resolveSibling(library.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
			result.add(new Design(d.name(), copy, d.bundle()));
		}
		return result;
	}

	/** The design with this name, or the file it names. */
	public static Optional<Path> find(Path dataLocation, String nameOrFile) throws IOException {
		for (Design d : list(dataLocation)) {
			if (d.name().equalsIgnoreCase(nameOrFile)) {
				return Optional.of(d.file());
			}
		}
		Path file = Path.of(nameOrFile);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}
}
