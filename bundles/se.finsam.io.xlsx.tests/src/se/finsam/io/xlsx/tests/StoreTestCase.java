package se.finsam.io.xlsx.tests;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.testing.Fixtures;
import se.finsam.store.Store;

/** A fresh encrypted Derby store with the demo association for each test, in Swedish. */
abstract class StoreTestCase {

	@TempDir
	Path dir;
	Store store;
	String association;

	/** How many demo participants the association gets. */
	abstract int participants();

	@BeforeEach
	public void openStore() throws Exception {
		Locale.setDefault(Locale.of("sv", "SE"));
		store = Fixtures.demoStore(dir.resolve("data"), participants());
		association = store.associations().get(0).id();
	}

	@AfterEach
	public void closeStore() {
		store.close();
	}
}
