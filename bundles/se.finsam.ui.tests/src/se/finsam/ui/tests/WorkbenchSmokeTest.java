package se.finsam.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import se.finsam.core.ProductVersions;
import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Ui;
import se.finsam.ui.internal.AboutDialog;
import se.finsam.ui.internal.EvaluationPerspective;

/** Starts the real workbench (UI harness) and checks what a user sees first. */
public class WorkbenchSmokeTest {

	@Test
	public void windowShowsTheEvaluationPerspectiveWithItsViews() throws Exception {
		assertTrue(PlatformUI.isWorkbenchRunning());
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no active workbench window");
		Shell shell = window.getShell();
		assertTrue(shell.isVisible());
		assertEquals(ProductVersions.PRODUCT_NAME, shell.getText());
		assertTrue(shell.getSize().x >= 800 && shell.getSize().y >= 600, "window too small: " + shell.getSize());

		IWorkbenchPage page = window.getActivePage();
		assertEquals(EvaluationPerspective.ID, page.getPerspective().getId());
		List<String> views = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
		assertFalse(views.contains(IPageLayout.ID_PROP_SHEET), "Properties is not open with nothing to show: " + views);
		assertTrue(views.contains(EvaluationPerspective.NAVIGATOR), "Navigator missing: " + views);

		List<String> menus = Arrays.stream(shell.getMenuBar().getItems()).map(MenuItem::getText)
				.map(t -> t.replace("&", "")).toList();
		assertEquals(List.of("Arkiv", "Redigera", "Fönster", "Hjälp"), menus, "menu bar in Swedish");
		assertTrue(menuTexts(shell.getMenuBar().getItems()[3].getMenu()).contains("Om Finsam Workbench"));
		// The platform's own strings too, from our Swedish language fragments.
		List<String> edit = menuTexts(shell.getMenuBar().getItems()[1].getMenu());
		assertTrue(edit.stream().anyMatch(t -> t.startsWith("Ångra")) && edit.contains("Markera allt"), edit.toString());
		assertTrue(menuTexts(shell.getMenuBar().getItems()[2].getMenu()).contains("Inställningar…"));
		page.showView(IPageLayout.ID_PROP_SHEET);
		assertEquals("Egenskaper", page.findViewReference(IPageLayout.ID_PROP_SHEET).getPartName());
		page.hideView(page.findViewReference(IPageLayout.ID_PROP_SHEET));

		Path png = Screenshots.save(shell, "workbench");
		assertTrue(Files.size(png) > 5_000, "screenshot suspiciously small");
		assertTrue(Screenshots.distinctColours(png) > 10, "screenshot looks blank");
	}

	@Test
	public void aboutDialogListsTheComponentVersions() throws Exception {
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		AboutDialog dialog = new AboutDialog(parent);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			assertEquals("Om Finsam Workbench", shell.getText());
			Table table = Ui.find(shell, Table.class);
			List<String> names = Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList();
			assertEquals(ProductVersions.PRODUCT_NAME, names.get(0));
			assertTrue(names.containsAll(List.of("Eclipse Platform", "EMF", "Java")), names::toString);
			for (TableItem item : table.getItems()) {
				assertTrue(item.getText(1).matches("\\d+\\.\\d+.*"), "no version for " + item.getText(0));
			}
			Screenshots.save(shell, "about");
		} finally {
			dialog.close();
		}
	}

	private static List<String> menuTexts(Menu menu) {
		// Contributed items appear when the menu is about to show.
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		return Arrays.stream(menu.getItems()).map(MenuItem::getText).map(t -> t.replace("&", ""))
				.map(t -> t.contains("\t") ? t.substring(0, t.indexOf('\t')) : t).toList();
	}
}
