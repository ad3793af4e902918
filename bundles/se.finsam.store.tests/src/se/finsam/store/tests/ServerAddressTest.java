package se.finsam.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.store.ServerAddress;
import se.finsam.store.StoreException;

/** libpq's URI form as team mode reads it, TLS off this computer, and where a password may come from. */
public class ServerAddressTest {

	@TempDir
	Path home;

	@Test
	public void theAddressIsReadAsLibpqReadsIt() {
		ServerAddress a = ServerAddress.parse("postgresql://eva@db.finsam-uppsala.se:5433/finsam");
		assertEquals("eva", a.user());
		assertEquals("db.finsam-uppsala.se", a.host());
		assertEquals(5433, a.port());
		assertEquals("finsam", a.database());
		assertFalse(a.isLocal());
		assertEquals("verify-full", a.sslMode(), "a remote server's certificate is checked by default");
		assertEquals("jdbc:postgresql://db.finsam-uppsala.se:5433/finsam?sslmode=verify-full", a.jdbcUrl());
		assertEquals("postgresql://eva@db.finsam-uppsala.se:5433/finsam", a.toString());

		ServerAddress local = ServerAddress.parse("postgres://eva@localhost/finsam");
		assertEquals(5432, local.port());
		assertTrue(local.isLocal());
		assertEquals("prefer", local.sslMode());
		assertEquals("verify-ca", ServerAddress.parse("postgresql://eva@db/finsam?sslmode=verify-ca").sslMode());
		assertEquals("::1", ServerAddress.parse("postgresql://eva@[::1]:6000/f").host());
		assertEquals("f", ServerAddress.parse("postgresql://eva@[::1]:6000/f").database());
		assertEquals("eva", ServerAddress.parse("postgresql://eva@db").database(), "the database defaults to the user");
	}

	@Test
	public void aPasswordInTheAddressOrClearTextToAnotherComputerIsRefused() {
		assertEquals("Skriv inte lösenordet i serveradressen: det frågas efter, eller läses från FINSAM_DB_PASSWORD "
				+ "eller ~/.pgpass.", assertThrows(StoreException.class,
						() -> ServerAddress.parse("postgresql://eva:hemligt@db/finsam")).getMessage());
		assertThrows(StoreException.class, () -> ServerAddress.parse("postgresql://eva@db/finsam?password=x"));
		assertEquals("Servern db.example.se finns inte på den här datorn: förbindelsen måste vara krypterad "
				+ "(sslmode=verify-full, verify-ca eller require), inte sslmode=disable.",
				assertThrows(StoreException.class,
						() -> ServerAddress.parse("postgresql://eva@db.example.se/f?sslmode=disable")).getMessage());
		assertEquals("disable", ServerAddress.parse("postgresql://eva@127.0.0.1/f?sslmode=disable").sslMode());
		assertEquals("\"mysql://eva@db/f\" är ingen serveradress: skriv postgresql://ANVÄNDARE@VÄRD:PORT/DATABAS.",
				assertThrows(StoreException.class, () -> ServerAddress.parse("mysql://eva@db/f")).getMessage());
		assertEquals("\"femtio\" är inget portnummer i postgresql://eva@db:femtio/f.",
				assertThrows(StoreException.class, () -> ServerAddress.parse("postgresql://eva@db:femtio/f"))
						.getMessage());
		assertThrows(StoreException.class, () -> ServerAddress.parse("postgresql://eva@db/f?options=-c%20x"));
	}

	@Test
	public void thePasswordComesFromTheEnvironmentOrThePasswordFile() throws Exception {
		ServerAddress a = ServerAddress.parse("postgresql://eva@db.example.se:5432/finsam");
		assertArrayEquals("från-miljön".toCharArray(),
				a.storedPassword(Map.of("FINSAM_DB_PASSWORD", "från-miljön"), home).orElseThrow());
		assertTrue(a.storedPassword(Map.of(), home).isEmpty(), "none: the user is asked");

		Path pgpass = home.resolve(".pgpass");
		Files.writeString(pgpass, "# a comment\nother:*:*:*:fel\ndb.example.se:5432:*:eva:rätt\\:kolon\n*:*:*:*:sist\n");
		Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
		assertTrue(a.storedPassword(Map.of(), home).isEmpty(), "a password file others can read is ignored, as libpq does");
		Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
		assertArrayEquals("rätt:kolon".toCharArray(), a.storedPassword(Map.of(), home).orElseThrow());
		assertArrayEquals("sist".toCharArray(), ServerAddress.parse("postgresql://bo@db.example.se/finsam")
				.storedPassword(Map.of(), home).orElseThrow());
		Path elsewhere = home.resolve("annan.pgpass");
		Files.writeString(elsewhere, "*:*:*:eva:annan\n");
		Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-------"));
		assertArrayEquals("annan".toCharArray(),
				a.storedPassword(Map.of("PGPASSFILE", elsewhere.toString()), home).orElseThrow());
	}
}
