package se.finsam.ui.internal.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.store.ServerAddress;
import se.finsam.store.ServerAdministration;
import se.finsam.store.Store;
import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.store.StoreService;
import se.finsam.store.TeamRole;
import se.finsam.testing.PostgresCluster;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Swedish;
import se.finsam.testing.ui.Ui;

/**
 * The workbench on a team server (a real throw-away PostgreSQL cluster): the login asks for her server password and
 * the förbund's key, asks again with the reason when either is refused, and says it when she cancels.
 */
public class ServerLoginTest {

	private static final String KEY = "förbundets gemensamma nyckel";
	private static final char[] PASSWORD = "evas eget lösenord 26".toCharArray();
	private static PostgresCluster cluster;
	private static ServerAddress owner;
	private static ServerAddress eva;

	@BeforeAll
	public static void startServer() throws Exception {
		cluster = PostgresCluster.start();
		cluster.sql("postgres", "CREATE DATABASE team");
		owner = ServerAddress.parse("postgresql://" + PostgresCluster.SUPERUSER + "@127.0.0.1:" + cluster.port() + "/team");
		ServerAdministration admin = PlatformUI.getWorkbench().getService(ServerAdministration.class);
		admin.initialize(owner, null, StoreKey.fromText(KEY));
		admin.addUser(owner, null, "eva_login", TeamRole.EVALUATOR, PASSWORD, List.of());
		admin.addUser(owner, null, "rut_login", TeamRole.READER, PASSWORD, List.of());
		eva = ServerAddress.parse("postgresql://eva_login@127.0.0.1:" + cluster.port() + "/team");
	}

	@AfterAll
	public static void stopServer() throws Exception {
		cluster.close();
	}

	@Test
	public void aRefusedPasswordOrKeyIsAskedForAgainWithTheReason() {
		StoreService stores = PlatformUI.getWorkbench().getService(StoreService.class);
		List<String> asked = new ArrayList<>();
		StoreOpening.Prompt prompt = new ServerPrompt() {
			@Override
			public StoreOpening.ServerLogin login(ServerAddress server, boolean password, boolean key, String problem) {
				asked.add(password + " " + key + " " + problem);
				return switch (asked.size()) {
				case 1 -> new StoreOpening.ServerLogin("gissat lösenord".toCharArray(), StoreKey.fromText(KEY));
				case 2 -> new StoreOpening.ServerLogin(PASSWORD, StoreKey.fromText("en annan nyckel helt"));
				default -> new StoreOpening.ServerLogin(PASSWORD, StoreKey.fromText(KEY));
				};
			}
		};
		try (Store store = new StoreOpening(stores, prompt, null, eva.toString()).open(Path.of("/nowhere"))) {
			assertTrue(store.associations().isEmpty());
		}
		assertEquals(List.of("true true null", "true true Servern godtog inte användaren eva_login med det lösenordet ("
				+ eva + ").", "true true Nyckeln öppnar inte förbundets server. Försök igen."), asked);

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
		StoreException e = assertThrows(StoreException.class, () -> new StoreOpening(stores, cancelled, KEY,
				eva.toString()).open(Path.of("/nowhere")));
		assertEquals("ingen inloggning till servern " + eva + " angavs.", e.getMessage());
	}

	/** The key field left empty: a reader opens the server; anyone else is asked again, told why. */
	@Test
	public void aReaderLogsInWithoutAKeyAndOthersAreToldTheyNeedOne() {
		StoreService stores = PlatformUI.getWorkbench().getService(StoreService.class);
		List<String> asked = new ArrayList<>();
		StoreOpening.Prompt prompt = new ServerPrompt() {
			@Override
			public StoreOpening.ServerLogin login(ServerAddress server, boolean password, boolean key, String problem) {
				asked.add(server.user() + " " + problem);
				return new StoreOpening.ServerLogin(PASSWORD, problem == null ? null : StoreKey.fromText(KEY));
			}
		};
		ServerAddress rut = ServerAddress.parse("postgresql://rut_login@127.0.0.1:" + cluster.port() + "/team");
		try (Store store = new StoreOpening(stores, prompt, null, rut.toString()).open(Path.of("/nowhere"))) {
			assertTrue(store.associations().isEmpty());
		}
		try (Store store = new StoreOpening(stores, prompt, null, eva.toString()).open(Path.of("/nowhere"))) {
			assertTrue(store.associations().isEmpty());
		}
		assertEquals(List.of("rut_login null", "eva_login null", "eva_login Serveranvändaren eva_login arbetar med "
				+ "deltagare och behöver förbundets nyckel (" + eva + "); bara rollen reader (ledning, styrelse) "
				+ "öppnar servern utan den."), asked);
	}

	@Test
	public void theLoginDialogAsksForThePasswordAndTheKey() throws Exception {
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		ServerLoginDialog dialog = new ServerLoginDialog(parent, eva, true, true, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		List<Text> fields = Ui.texts(shell);
		Button ok = Ui.find(shell, Button.class, b -> "Logga in".equals(b.getText()));
		assertFalse(ok.isEnabled(), "nothing typed yet");
		Ui.type(fields.get(0), new String(PASSWORD));
		assertTrue(ok.isEnabled(), "the key may stay empty: a reader holds none");
		Ui.type(fields.get(1), "kort");
		ok.notifyListeners(SWT.Selection, null);
		assertEquals("Nyckeln är för kort: en lösenfras behöver minst 8 tecken.", dialog.getErrorMessage());
		Ui.type(fields.get(1), KEY);
		assertTrue(ok.isEnabled());
		assertTrue(Ui.labels(shell).contains(eva.toString()), Ui.labels(shell).toString());
		Screenshots.save(shell, "server-login");
		Swedish.check(shell, "server-login");
		ok.notifyListeners(SWT.Selection, null);
		assertArrayEquals(PASSWORD, dialog.login().password());
		assertEquals(StoreKey.fromText(KEY), dialog.login().key());

		ServerLoginDialog again = new ServerLoginDialog(parent, eva, true, false, "Servern godtog inte användaren "
				+ "eva_login med det lösenordet (" + eva + ").");
		again.setBlockOnOpen(false);
		again.open();
		assertEquals(1, Ui.texts(again.getShell()).size(), "the key came from FINSAM_KEY: only the password");
		assertEquals("Ditt lösenord som eva_login på 127.0.0.1/team.", again.getMessage(), "it asks for what it asks");
		assertTrue(again.getErrorMessage().startsWith("Servern godtog inte"), again.getErrorMessage());
		Screenshots.save(again.getShell(), "server-login-again");
		again.getShell().close();
	}

	/** A prompt of team mode: a data location is never made or opened. */
	private abstract static class ServerPrompt implements StoreOpening.Prompt {
		@Override
		public StoreKey create(Path location) {
			throw new AssertionError("no data location is made in team mode");
		}

		@Override
		public StoreKey enter(Path location, String problem) {
			throw new AssertionError("no data location is opened in team mode");
		}
	}
}
