package se.finsam.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.core.DataLocation;
import se.finsam.core.PrivateFiles;

/** Owner-only files and folders whatever the umask, and each system's default data directory. */
class PrivateFilesTest {

	@TempDir
	Path dir;

	@Test
	void filesAndFoldersAreTheOwnersAlone() throws Exception {
		Path folder = PrivateFiles.folder(dir.resolve("a/b"));
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
		Path file = PrivateFiles.newFile(folder.resolve("nyckel.key"));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		PrivateFiles.file(file);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void aFileIsWrittenBesideItsNameAndAppearsWhole() throws Exception {
		Path file = dir.resolve("utdrag.json");
		Path part = dir.resolve("utdrag.json.part");
		Files.writeString(file, "det gamla", StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		PrivateFiles.writeWhole(file, p -> Files.writeString(p, "det nya", StandardCharsets.UTF_8), () -> {
			// the part is complete and owner-only, the old file still where it was
			assertEquals("det nya", read(part));
			assertEquals("rw-------", perms(part));
			assertEquals("det gamla", read(file));
		});
		assertEquals("det nya", read(file));
		assertEquals("rw-------", perms(file));
		assertFalse(Files.exists(part));

		PrivateFiles.writeWhole(dir.resolve("utan-krok.txt"), p -> Files.writeString(p, "x"), null);
		assertEquals("x", read(dir.resolve("utan-krok.txt")));
	}

	@Test
	void aFailedWriteOrARefusalLeavesTheOldFileAndNoPart() throws Exception {
		Path file = dir.resolve("deltagare.xlsx");
		Path part = dir.resolve("deltagare.xlsx.part");
		Files.writeString(file, "det gamla", StandardCharsets.UTF_8);

		IOException broken = new IOException("disken är full");
		assertSame(broken, assertThrows(IOException.class, () -> PrivateFiles.writeWhole(file, p -> {
			Files.writeString(p, "halv");
			throw broken;
		}, () -> {
			throw new AssertionError("a failed write is never shown");
		})));
		assertEquals("det gamla", read(file));
		assertFalse(Files.exists(part));

		IllegalStateException refused = new IllegalStateException("loggen kunde inte skrivas");
		assertSame(refused, assertThrows(IllegalStateException.class,
				() -> PrivateFiles.writeWhole(file, p -> Files.writeString(p, "hel"), () -> {
					throw refused;
				})));
		assertEquals("det gamla", read(file));
		assertFalse(Files.exists(part));

		Path nowhere = dir.resolve("finns-inte/fil.pdf");
		assertThrows(IOException.class, () -> PrivateFiles.writeWhole(nowhere, p -> Files.writeString(p, "x"), null));
		assertFalse(Files.exists(nowhere.getParent()));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String perms(Path file) {
		try {
			return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void theDefaultDataDirectoryFollowsTheSystem() {
		assertEquals(Path.of("/home/anna/.finsam"), DataLocation.defaultPath("Linux", null, "/home/anna"));
		assertEquals(Path.of("/home/anna/.finsam"), DataLocation.defaultPath("Linux", "/whatever", "/home/anna"));
		// Path.of joins with this system's separator; on Windows it reads C:\Users\anna\AppData\Roaming\Finsam
		assertEquals(Path.of("C:/Users/anna/AppData/Roaming", "Finsam"),
				DataLocation.defaultPath("Windows 11", "C:/Users/anna/AppData/Roaming", "C:/Users/anna"));
		assertEquals(Path.of("C:/Users/anna/.finsam"), DataLocation.defaultPath("Windows 11", "", "C:/Users/anna"));
	}
}
