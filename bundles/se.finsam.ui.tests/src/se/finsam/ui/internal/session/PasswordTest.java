package se.finsam.ui.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Swedish;
import se.finsam.testing.ui.Ui;

/**
 * The database password: chosen once with a recovery key saved beside it, typed at start, asked for again when
 * wrong, and a cancel that ends in a clear message. Real encrypted Derby databases in a temporary directory.
 */
public class PasswordTest {

	static final String PASSWORD = "ett långt lösenord för förbundet";

	@TempDir
	Path dir;

	@Test
	public void aWrongPasswordIsAskedForAgainAndCancellingSaysWhy() {
		StoreService stores = PlatformUI.getWorkbench().getService(StoreService.class);
		Path data = dir.resolve("data");
		List<String> asked = new ArrayList<>();
		StoreOpening.Prompt prompt = new StoreOpening.Prompt() {
			@Override
			public StoreKey create(Path location) {
				asked.add("create");
				return StoreKey.fromText(PASSWORD);
			}

			@Override
			public StoreKey enter(Path location, String problem) {
				asked.add("enter: " + problem);
				return asked.size() < 3 ? StoreKey.fromText("fel lösenord helt och hållet") : StoreKey.fromText(PASSWORD);
			}
		};
		try (Store created = new StoreOpening(stores, prompt, null).open(data)) {
			assertTrue(created.associations().isEmpty());
		}
		asked.clear();
		try (Store opened = new StoreOpening(stores, prompt, null).open(data)) {
			assertEquals(List.of("enter: null", "enter: Lösenordet öppnar inte den här databasen. Försök igen, eller "
					+ "använd återställningsnyckeln.", "enter: Lösenordet öppnar inte den här databasen. Försök igen, "
					+ "eller använd återställningsnyckeln."), asked);
		}
		StoreOpening.Prompt cancelled = new StoreOpening.Prompt() {
			@Override
			public StoreKey create(Path location) {
				return null;
			}

			@Override
			public StoreKey enter(Path location, String problem) {
				return null;
			}
		};
		StoreException e = assertThrows(StoreException.class, () -> new StoreOpening(stores, cancelled, null).open(data));
		assertEquals("lösenordet angavs inte.", e.getMessage());
		StoreException none = assertThrows(StoreException.class,
				() -> new StoreOpening(stores, cancelled, null).open(dir.resolve("ny")));
		assertEquals("inget lösenord valdes, så ingen databas skapades.", none.getMessage());
		assertFalse(stores.exists(dir.resolve("ny")), "nothing was created");
	}

	@Test
	public void aKeyFromTheEnvironmentThatDoesNotOpenTheDatabaseMakesItAskForThePassword() {
		StoreService stores = PlatformUI.getWorkbench().getService(StoreService.class);
		Path data = dir.resolve("data");
		try (Store created = new StoreOpening(stores, null, PASSWORD).open(data)) {
			assertTrue(created.associations().isEmpty());
		}
		List<String> asked = new ArrayList<>();
		StoreOpening.Prompt prompt = new StoreOpening.Prompt() {
			@Override
			public StoreKey create(Path location) {
				throw new AssertionError("the database exists");
			}

			@Override
			public StoreKey enter(Path location, String problem) {
				asked.add(problem);
				return StoreKey.fromText(PASSWORD);
			}
		};
		try (Store opened = new StoreOpening(stores, prompt, "en annan nyckel i miljön").open(data)) {
			assertEquals(List.of("Nyckeln i FINSAM_KEY öppnar inte den här databasen. Skriv dess lösenord, eller "
					+ "använd återställningsnyckeln."), asked, "asked once, with the reason");
		}
		asked.clear();
		try (Store opened = new StoreOpening(stores, prompt, PASSWORD).open(data)) {
			assertEquals(List.of(), asked, "the right key from the environment asks nothing");
		}
	}

	@Test
	public void theDialogChoosesThePasswordAndSavesTheRecoveryKey() throws Exception {
		Path recovery = dir.resolve("nyckel.txt");
		DatabasePasswordDialog.saveChooser = shell -> recovery.toString();
		DatabasePasswordDialog.openChooser = shell -> recovery.toString();
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		DatabasePasswordDialog create = new DatabasePasswordDialog(parent, true, dir, null);
		create.setBlockOnOpen(false);
		create.open();
		Shell shell = create.getShell();
		List<Text> fields = Ui.texts(shell);
		Button ok = button(shell, IDialogConstants.OK_ID);
		Button save = Ui.find(shell, Button.class, b -> "Spara återställningsnyckel…".equals(b.getText()));
		assertFalse(ok.isEnabled());
		Ui.type(fields.get(0), "kort");
		assertEquals("Lösenordet behöver minst 12 tecken; en mening är lättare att minnas än en kod.",
				create.getErrorMessage());
		Ui.type(fields.get(0), "lösenord1234");
		Ui.type(fields.get(1), "lösenord1234");
		assertTrue(create.getErrorMessage().contains("ett av de vanligaste"), create.getErrorMessage());
		Ui.type(fields.get(0), PASSWORD);
		Ui.type(fields.get(1), PASSWORD + "!");
		assertEquals("De två lösenorden skiljer sig åt.", create.getErrorMessage());
		assertFalse(save.isEnabled(), "no recovery key for a password not yet chosen");
		Ui.type(fields.get(1), PASSWORD);
		assertNull(create.getErrorMessage());
		assertTrue(ok.isEnabled() && save.isEnabled());
		save.notifyListeners(SWT.Selection, null);
		Ui.flush();
		assertTrue(Ui.labels(shell).stream().anyMatch(l -> l.startsWith("Återställningsnyckeln sparades i " + recovery)),
				Ui.labels(shell).toString());
		Screenshots.save(shell, "database-password");
		Swedish.check(shell, "database-password");
		assertTrue(ok.isEnabled() && save.isEnabled(), "still ready after saving the key");
		ok.notifyListeners(SWT.Selection, null);
		assertEquals(StoreKey.fromText(PASSWORD), create.key());
		String file = Files.readString(recovery);
		assertTrue(file.startsWith("# Återställningsnyckel för Finsam Workbench, databasen i " + dir), file);
		assertTrue(file.contains("./finsam --key-file DENNA_FIL"), file);
		assertFalse(file.contains(PASSWORD), "the password itself is never written");
		assertEquals(StoreKey.fromText(PASSWORD).forStore(dir), StoreKey.read(recovery),
				"the recovery key is the password stretched with this database's own salt");

		DatabasePasswordDialog enter = new DatabasePasswordDialog(parent, false, dir,
				"Lösenordet öppnar inte den här databasen. Försök igen, eller använd återställningsnyckeln.");
		enter.setBlockOnOpen(false);
		enter.open();
		assertEquals("Lösenordet öppnar inte den här databasen. Försök igen, eller använd återställningsnyckeln.",
				enter.getErrorMessage(), "the reason is shown when asked again");
		Screenshots.save(enter.getShell(), "database-password-again");
		Swedish.check(enter.getShell(), "database-password-again");
		Ui.find(enter.getShell(), Button.class, b -> "Använd återställningsnyckel…".equals(b.getText()))
				.notifyListeners(SWT.Selection, null);
		assertEquals(StoreKey.fromText(PASSWORD).forStore(dir), enter.key(), "the recovery key opens it");
	}

	private static Button button(Shell shell, int id) {
		return Ui.find(shell, Button.class, b -> Integer.valueOf(id).equals(b.getData()));
	}
}
