import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites jars with entries stored, not deflated: {@code java StoredJars.java [--entries LIST] DIR...} (run by
 * launch-jars.sh on the materialized Linux product, with the list stored-classes.txt; without a list every entry is
 * stored). Equinox reads each class's bytes from its bundle's jar even when the class-data archive holds the class
 * (the JVM matches the bytes to the archived class), so a start inflated several thousand entries, many on its
 * busiest thread. The entries keep their order, names, times, extra fields and bytes; those not listed are deflated
 * again. Signatures stay valid: they cover content, not compression.
 */
public final class StoredJars {

	/** The entries to store, or null for all. */
	private static java.util.Set<String> only;

	public static void main(String[] args) throws IOException {
		int rewritten = 0;
		int first = 0;
		if (args.length > 1 && args[0].equals("--entries")) {
			only = java.util.Set.copyOf(Files.readAllLines(Path.of(args[1])).stream()
					.filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
			first = 2;
		}
		for (String dir : List.of(args).subList(first, args.length)) {
			List<Path> jars;
			try (Stream<Path> files = Files.list(Path.of(dir))) {
				jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
			}
			for (Path jar : jars) {
				if (deflated(jar)) {
					store(jar);
					rewritten++;
				}
			}
		}
		System.out.println("stored the entries of " + rewritten + " jars");
	}

	private static boolean deflated(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(e -> e.getMethod() != ZipEntry.STORED && stored(e));
		}
	}

	private static boolean stored(ZipEntry e) {
		return only == null || only.contains(e.getName());
	}

	private static void store(Path jar) throws IOException {
		Path part = jar.resolveSibling(jar.getFileName() + ".part");
		FileTime modified = Files.getLastModifiedTime(jar);
		try (ZipFile zip = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(part);
				ZipOutputStream out = new ZipOutputStream(file)) {
			out.setMethod(ZipOutputStream.STORED);
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				ZipEntry stored = new ZipEntry(entry);
				if (!stored(entry)) {
					stored.setCompressedSize(-1); // deflated again
					out.putNextEntry(stored);
					out.write(bytes);
					out.closeEntry();
					continue;
				}
				CRC32 crc = new CRC32();
				crc.update(bytes);
				stored.setMethod(ZipEntry.STORED);
				stored.setSize(bytes.length);
				stored.setCompressedSize(bytes.length);
				stored.setCrc(crc.getValue());
				out.putNextEntry(stored);
				out.write(bytes);
				out.closeEntry();
			}
			if (zip.getComment() != null) {
				out.setComment(zip.getComment());
			}
		}
		Files.move(part, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		Files.setLastModifiedTime(jar, modified);
	}
}
