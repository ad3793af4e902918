package se.finsam.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

/**
 * What a backup held when it was taken: every file of its database with size and SHA-256, in
 * {@code finsam-backup.sha256} beside it (the format of {@code sha256sum}, sizes in a comment per file). A backup
 * is checked against it before anything is restored from it: a truncated segment or a flipped byte is found before
 * the database is touched.
 */
final class BackupManifest {

	static final String FILE = "finsam-backup.sha256";

	private BackupManifest() {
	}

	/** Writes the manifest of the backup folder's database. */
	static void write(Path backup, Path database) throws IOException {
		StringBuilder out = new StringBuilder("# Finsam backup: SHA-256 and size of every file, checked before a restore\n");
		for (Map.Entry<String, Path> e : files(backup, database).entrySet()) {
			out.append(sha256(e.getValue())).append("  ").append(e.getKey()).append("  # ")
					.append(Files.size(e.getValue())).append('\n');
		}
		Files.writeString(backup.resolve(FILE), out, StandardCharsets.UTF_8);
	}

	static boolean exists(Path backup) {
		return Files.isRegularFile(backup.resolve(FILE));
	}

	/** What does not match the manifest, one line per file (empty when all does); the names, never contents. */
	static List<String> verify(Path backup, Path database) throws IOException {
		Map<String, String[]> expected = new LinkedHashMap<>();
		for (String line : Files.readAllLines(backup.resolve(FILE), StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("  ", 3);
			if (parts.length < 2) {
				return List.of(NLS.bind(Messages.Backup_manifestDamaged, FILE));
			}
			String size = parts.length == 3 ? parts[2].replace("#", "").strip() : null;
			expected.put(parts[1], new String[] { parts[0], size });
		}
		List<String> problems = new ArrayList<>();
		Map<String, Path> present = files(backup, database);
		for (Map.Entry<String, String[]> e : expected.entrySet()) {
			Path file = present.get(e.getKey());
			if (file == null) {
				problems.add(NLS.bind(Messages.Backup_fileMissing, e.getKey()));
			} else if (e.getValue()[1] != null && Long.parseLong(e.getValue()[1]) != Files.size(file)) {
				problems.add(NLS.bind(Messages.Backup_fileSize, new Object[] { e.getKey(), Files.size(file),
						e.getValue()[1] }));
			} else if (!sha256(file).equals(e.getValue()[0])) {
				problems.add(NLS.bind(Messages.Backup_fileChanged, e.getKey()));
			}
		}
		present.keySet().stream().filter(name -> !expected.containsKey(name))
				.forEach(name -> problems.add(NLS.bind(Messages.Backup_fileExtra, name)));
		return problems;
	}

	/** The database's files by their path relative to the backup folder, with / as separator. */
	private static Map<String, Path> files(Path backup, Path database) throws IOException {
		Map<String, Path> files = new LinkedHashMap<>();
		try (Stream<Path> all = Files.walk(database)) {
			for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
				files.put(backup.relativize(p).toString().replace('\\', '/'), p);
			}
		}
		return files;
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
