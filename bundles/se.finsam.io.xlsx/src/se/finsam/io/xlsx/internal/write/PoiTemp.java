package se.finsam.io.xlsx.internal.write;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

import se.finsam.core.PrivateFiles;

/**
 * Any temporary file POI makes goes to the data location's owner-only work folder, never to POI's default
 * {@code /tmp/poifiles} that every user can list (our exports stream their rows and need none; a reader of a large
 * workbook may). Set once per process: POI's strategy is global.
 */
final class PoiTemp {

	private static volatile boolean set;

	private PoiTemp() {
	}

	static void useWorkFolder() {
		if (set) {
			return;
		}
		synchronized (PoiTemp.class) {
			if (!set) {
				try {
					TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(
							PrivateFiles.folder(PrivateFiles.workFolder().resolve("poi")).toFile()));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				set = true;
			}
		}
	}
}
