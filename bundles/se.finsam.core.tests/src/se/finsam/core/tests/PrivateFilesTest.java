package se.finsam.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
	void theDefaultDataDirectoryFollowsTheSystem() {
		assertEquals(Path.of("/home/anna/.finsam"), DataLocation.defaultPath("Linux", null, "/home/anna"));
		assertEquals(Path.of("/home/anna/.finsam"), DataLocation.defaultPath("Linux", "/whatever", "/home/anna"));
		// Path.of joins with this system's separator; on Windows it reads C:\Users\anna\AppData\Roaming\Finsam
		assertEquals(Path.of("C:/Users/anna/AppData/Roaming", "Finsam"),
				DataLocation.defaultPath("Windows 11", "C:/Users/anna/AppData/Roaming", "C:/Users/anna"));
		assertEquals(Path.of("C:/Users/anna/.finsam"), DataLocation.defaultPath("Windows 11", "", "C:/Users/anna"));
	}
}
