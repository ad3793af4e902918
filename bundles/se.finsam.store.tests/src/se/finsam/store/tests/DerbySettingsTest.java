package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.store.Store;

/** The engine's settings come from the data location, never from the working directory. */
public class DerbySettingsTest {

	@TempDir
	Path data;

	@Test
	public void derbyReadsItsPropertiesFromTheDataLocationAndRegistersNoManagementBeans() throws Exception {
		Path properties = data.resolve("logs/derby.properties");
		Files.createDirectories(properties.getParent());
		Files.writeString(properties, "derby.module.mgmt.jmx=org.apache.derby.impl.services.jmx.JMXManagementService\n");
		try (Store store = Fixture.open(data)) {
			store.associations();
			assertEquals(data.resolve("logs").toAbsolutePath().toString(), System.getProperty("derby.system.home"));
			String written = Files.readString(properties, StandardCharsets.ISO_8859_1);
			assertTrue(written.contains("derby.module.mgmt.jmx=org.apache.derby.impl.services.jmxnone.NoManagementService"),
					"a changed file is written anew: " + written);
			// With Derby's JMX service its boot registers a management and a version bean (and one per connection).
			assertEquals(0, ManagementFactory.getPlatformMBeanServer()
					.queryNames(new ObjectName("org.apache.derby:*"), null).size(),
					"Derby registered management beans, so it read no derby.properties of ours");
			// Sorts (a bulk load's index builds) stay in memory up to an eighth of the heap, not Derby's ~1 MB.
			long rows = Long.parseLong(System.getProperty("derby.storage.sortBufferMax"));
			assertEquals(Runtime.getRuntime().maxMemory() / 8 / 1200, rows, 1.0, "rows a sort may hold in memory");
		}
	}
}
