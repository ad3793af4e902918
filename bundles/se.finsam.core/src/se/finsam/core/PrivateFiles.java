package se.finsam.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files and folders that hold personal data are the owner's alone (700 and 600) whatever the umask, and work in
 * progress goes to a folder inside the data location, never to the shared /tmp. Permissions are set after creation,
 * so a lax umask cannot widen them. On Windows (NTFS: access control lists, no POSIX modes) the same is one entry
 * granting the owner everything, replacing what the folder above would have passed down; a file system with
 * neither is left as it is.
 */
public final class PrivateFiles {

	private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	private static final boolean ACL = FileSystems.getDefault().supportedFileAttributeViews().contains("acl");

	private PrivateFiles() {
	}

	/** The folder (and missing parents) created if needed, then made owner-only. */
	public static Path folder(Path folder) throws IOException {
		Files.createDirectories(folder);
		if (POSIX) {
			Files.setPosixFilePermissions(folder, FOLDER);
		} else if (ACL) {
			ownerOnly(folder, true);
		}
		return folder;
	}

	/** The file made owner-only (read and write). */
	public static Path file(Path file) throws IOException {
		if (POSIX && Files.exists(file)) {
			Files.setPosixFilePermissions(file, FILE);
		} else if (ACL && Files.exists(file)) {
			ownerOnly(file, false);
		}
		return file;
	}

	/** An empty owner-only file, created before anything is written to it. */
	public static Path newFile(Path file) throws IOException {
		Files.deleteIfExists(file);
		if (POSIX) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
			return file(file);
		}
		return file(Files.createFile(file));
	}

	/** What goes into a file: written to the part that becomes it. */
	@FunctionalInterface
	public interface Content<X extends Exception> {
		void writeTo(Path part) throws X;
	}

	/**
	 * Writes an owner-only file beside its name ({@code <name>.part}) and moves it there whole, replacing what was
	 * there: nobody sees half a file, and a failed write leaves the old one as it was and no part behind.
	 * {@code beforeShown} (or null) runs when the part is complete and before the file appears; what it throws is
	 * thrown as it is, and no file appears.
	 */
	public static <X extends Exception> void writeWhole(Path file, Content<X> content, Runnable beforeShown)
			throws IOException, X {
		Path part = file.resolveSibling(file.getFileName() + ".part");
		boolean shown = false;
		try {
			content.writeTo(newFile(part));
			if (beforeShown != null) {
				beforeShown.run();
			}
			try {
				Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
			}
			shown = true;
		} finally {
			if (!shown) {
				try {
					Files.deleteIfExists(part);
				} catch (IOException e) {
					// what failed first is what the caller must hear of
				}
			}
		}
	}

	/** One access control entry: the owner may do everything, nobody else anything (a folder's entry is inherited). */
	private static void ownerOnly(Path path, boolean folder) throws IOException {
		AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
		AclEntry.Builder owner = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(Files.getOwner(path))
				.setPermissions(EnumSet.allOf(AclEntryPermission.class));
		if (folder) {
			owner.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
		}
		view.setAcl(List.of(owner.build()));
	}

	/**
	 * The data location's own folder for work in progress (spreadsheet rows on their way into a file, a report
	 * rendering for the preview): {@code <data>/tmp}, owner-only.
	 */
	public static Path workFolder() throws IOException {
		return folder(DataLocation.path().resolve("tmp"));
	}

	/**
	 * Deletes what an earlier process left in the work folder (killed half-way): called when a process takes the
	 * data location's lock (the store opening), before anything of its own is there.
	 */
	public static void clearWorkFolder(Path dataLocation) {
		Path folder = dataLocation.resolve("tmp");
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				} catch (IOException e) {
					// in use or gone: the next start tries again
				}
			});
		} catch (IOException e) {
			// nothing to clear
		}
	}
}
