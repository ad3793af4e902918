package se.finsam.plugins.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.plugins.PluginService;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Swedish;
import se.finsam.testing.ui.Ui;

/**
 * Hjälp → Installera mallar… in the real workbench: a p2 repository (a folder written here) is searched and its
 * template plug-in offered with a check box, a folder that is not a repository is refused in Swedish, and installing
 * into this test runtime (which p2 does not manage) says so instead of failing silently. The install itself is
 * tested through the same service in the product (PluginsCliTest).
 */
class InstallTemplatesDialogTest {

	@TempDir
	Path work;

	@Test
	void theMenuItemIsSwedish() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		assertEquals("Installera mallar…", commands.getCommand("se.finsam.plugins.ui.install").getName());
		assertNotNull(PlatformUI.getWorkbench().getService(PluginService.class), "the service reaches the workbench");
	}

	@Test
	void aRepositoryIsSearchedAndItsTemplatePluginOffered() throws Exception {
		Path repository = repository(work.resolve("mallar"));
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		InstallTemplatesDialog dialog = new InstallTemplatesDialog(parent,
				PlatformUI.getWorkbench().getService(PluginService.class));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			Button install = Ui.button(shell, "Installera");
			assertTrue(!install.isEnabled(), "nothing to install before a search");

			Ui.type(Ui.textAfterLabel(shell, "Förråd:"), work.toString());
			press(Ui.button(shell, "Sök mallar"));
			assertTrue(dialog.getErrorMessage() != null && dialog.getErrorMessage().contains("är inget p2-förråd"),
					dialog.getErrorMessage());

			Ui.type(Ui.textAfterLabel(shell, "Förråd:"), repository.toString());
			press(Ui.button(shell, "Sök mallar"));
			List<String> cells = Ui.tableCells(shell);
			assertTrue(cells.contains("Testförbundets mallar") && cells.contains("1.0.0"), cells.toString());
			assertTrue(!cells.contains("Inte en mall"), "a feature with other bundles is not offered: " + cells);
			TableItem offered = dialog.offeredItems().get(0);
			offered.setChecked(true);
			offered.getParent().notifyListeners(SWT.Selection, new Event());
			assertTrue(install.isEnabled());
			Ui.flush();
			Screenshots.save(shell, "installera-mallar");
			Swedish.check(shell, "installera mallar", "Testförbundets mallar", repository.toString(), "p2");

			press(install);
			// This test runtime has no p2 profile: the refusal is said, nothing is pretended.
			assertTrue(dialog.getErrorMessage() != null
					&& dialog.getErrorMessage().contains("kan inte ändras med p2"), dialog.getErrorMessage());
		} finally {
			dialog.close();
		}
	}

	private static void press(Button button) {
		TestRepositories.press(button);
	}

	/** A metadata repository with one template plug-in and one feature that brings something else. */
	private static Path repository(Path folder) throws Exception {
		return TestRepositories.write(folder, "Testförbundet", 4, """
				%s
				%s
				<unit id='se.finsam.templates.test' version='1.0.0'>
				  <provides size='2'>
				    <provided namespace='org.eclipse.equinox.p2.iu' name='se.finsam.templates.test' version='1.0.0'/>
				    <provided namespace='osgi.bundle' name='se.finsam.templates.test' version='1.0.0'/>
				  </provides>
				  <requires size='1'>
				    <required namespace='osgi.bundle' name='se.finsam.reports' range='[0.1.0,1.0.0)'/>
				  </requires>
				  <touchpoint id='org.eclipse.equinox.p2.osgi' version='1.0.0'/>
				</unit>
				<unit id='org.example.anything' version='1.0.0'>
				  <provides size='2'>
				    <provided namespace='org.eclipse.equinox.p2.iu' name='org.example.anything' version='1.0.0'/>
				    <provided namespace='osgi.bundle' name='org.example.anything' version='1.0.0'/>
				  </provides>
				  <touchpoint id='org.eclipse.equinox.p2.osgi' version='1.0.0'/>
				</unit>""".formatted(group("se.finsam.templates.test.feature", "Testförbundets mallar", "se.finsam.templates.test"),
				group("org.example.feature", "Inte en mall", "org.example.anything")));
	}

	private static String group(String feature, String name, String bundle) {
		return """
				<unit id='%1$s.feature.group' version='1.0.0' singleton='false'>
				  <properties size='2'>
				    <property name='org.eclipse.equinox.p2.name' value='%2$s'/>
				    <property name='org.eclipse.equinox.p2.type.group' value='true'/>
				  </properties>
				  <provides size='1'>
				    <provided namespace='org.eclipse.equinox.p2.iu' name='%1$s.feature.group' version='1.0.0'/>
				  </provides>
				  <requires size='1'>
				    <required namespace='org.eclipse.equinox.p2.iu' name='%3$s' range='[1.0.0,1.0.0]'/>
				  </requires>
				  <touchpoint id='null' version='0.0.0'/>
				</unit>""".formatted(feature, name, bundle);
	}
}
