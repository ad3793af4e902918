package se.finsam.plugins.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.plugins.UpdateService;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Swedish;
import se.finsam.testing.ui.Ui;

/**
 * Hjälp → Sök efter uppdateringar… in the real workbench: in Swedish; a folder that is not a p2 repository is
 * refused; a repository is read, and this test runtime (which p2 does not manage) says it cannot be updated instead
 * of pretending. The update itself runs through the same service in the product (UpdateCliTest).
 */
class UpdateDialogTest {

	@TempDir
	Path work;

	@Test
	void theMenuItemIsSwedish() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		assertEquals("Sök efter uppdateringar…", commands.getCommand("se.finsam.plugins.ui.update").getName());
		assertNotNull(PlatformUI.getWorkbench().getService(UpdateService.class), "the service reaches the workbench");
	}

	@Test
	void aRepositoryIsSearchedAndWhatCannotBeUpdatedSaid() throws Exception {
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		UpdateDialog dialog = new UpdateDialog(parent, PlatformUI.getWorkbench().getService(UpdateService.class));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			Button update = Ui.button(shell, "Uppdatera");
			assertFalse(update.isEnabled(), "nothing to update before a search");

			Ui.type(Ui.textAfterLabel(shell, "Förråd:"), "");
			press(Ui.button(shell, "Sök uppdateringar"));
			assertTrue(dialog.getErrorMessage() != null && dialog.getErrorMessage().startsWith("Ange ett förråd"),
					dialog.getErrorMessage());

			Ui.type(Ui.textAfterLabel(shell, "Förråd:"), work.toString());
			press(Ui.button(shell, "Sök uppdateringar"));
			assertTrue(dialog.getErrorMessage() != null && dialog.getErrorMessage().contains("är inget p2-förråd"),
					dialog.getErrorMessage());

			Path repository = repository(work.resolve("uppdatering"));
			Ui.type(Ui.textAfterLabel(shell, "Förråd:"), repository.toString());
			press(Ui.button(shell, "Sök uppdateringar"));
			// The repository was read; this runtime has no p2 profile, and says so.
			assertTrue(dialog.getErrorMessage() != null && dialog.getErrorMessage().contains("kan inte ändras med p2"),
					dialog.getErrorMessage());
			assertFalse(update.isEnabled());
			Ui.flush();
			Screenshots.save(shell, "sok-efter-uppdateringar");
			Swedish.check(shell, "sök efter uppdateringar", repository.toString(), "p2", "Finsam Workbench");
		} finally {
			dialog.close();
		}
	}

	private static void press(Button button) {
		TestRepositories.press(button);
	}

	/** A p2 repository holding a newer product unit. */
	private static Path repository(Path folder) throws Exception {
		return TestRepositories.write(folder, "Förbundet", 1, """
				<unit id='se.finsam.product' version='9.0.0'>
				  <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='se.finsam.product' version='9.0.0'/></provides>
				</unit>""");
	}
}
