package se.finsam.ui.help.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

import se.finsam.testing.ui.Screenshots;
import se.finsam.testing.ui.Ui;
import se.finsam.ui.HelpTopics;

/**
 * The user guide: the same topics in Swedish and English with links that lead somewhere, F1 on the page in front
 * and in a dialog, the Help menu, and the keyboard shortcuts.
 */
public class GuideTest {

	@Test
	public void bothLanguagesHaveTheSameTopicsAndEveryLinkLeadsSomewhere() {
		Guide sv = Guide.read(Guide.class.getResource("/guide/sv.xml"));
		Guide en = Guide.read(Guide.class.getResource("/guide/en.xml"));
		List<String> ids = sv.topics().stream().map(Guide.Topic::id).toList();
		assertEquals(ids, en.topics().stream().map(Guide.Topic::id).toList());
		for (String id : List.of(HelpTopics.GETTING_STARTED, HelpTopics.PROJECTS, HelpTopics.PARTICIPANTS,
				HelpTopics.IMPORT, HelpTopics.BUDGET, HelpTopics.REPORTS, HelpTopics.EVALUATION, HelpTopics.TEMPLATES,
				HelpTopics.SAFETY)) {
			assertTrue(ids.contains(id), "a topic for " + id);
		}
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		for (Guide guide : List.of(sv, en)) {
			for (Guide.Topic t : guide.topics()) {
				Matcher links = Pattern.compile("href=\"(topic|command):([^\"]+)\"").matcher(t.markup());
				while (links.find()) {
					if (links.group(1).equals("topic")) {
						assertTrue(ids.contains(links.group(2)), t.id() + " links to a topic that is not there: " + links.group(2));
					} else {
						assertTrue(commands.getCommand(links.group(2)).isDefined(), t.id() + " runs " + links.group(2));
					}
				}
			}
		}
		assertTrue(sv.search("återställningsnyckel").stream().anyMatch(t -> t.id().equals(HelpTopics.SAFETY)));
		assertTrue(sv.search("xyzzy").isEmpty());
	}

	@Test
	public void f1OpensThePageAboutWhatIsInFront() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		HelpTopics.show(HelpTopics.BUDGET);
		Ui.flush();
		GuideView view = (GuideView) window.getActivePage().findView(GuideView.ID);
		assertNotNull(view, "the guide opened beside the work");
		assertEquals(HelpTopics.BUDGET, view.shownTopic());
		assertTrue(view.shownText().contains("Återstår räknas fram och sparas aldrig"), view.shownText());
		Screenshots.save(window.getShell(), "guide");

		// Over a modal dialog the guide opens in a window of its own (the workbench window is out of reach).
		Shell dialog = new Shell(window.getShell(), SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
		dialog.setText("En dialog");
		dialog.setSize(400, 200);
		HelpTopics.attach(dialog, HelpTopics.IMPORT);
		dialog.open();
		Ui.flush();
		dialog.notifyListeners(SWT.Help, null);
		Ui.flush();
		Shell help = HelpHandlers.lastWindow;
		assertNotNull(help);
		assertEquals(dialog, help.getParent());
		assertEquals("Användarhandbok – Finsam Workbench", help.getText());
		Screenshots.save(help, "guide-over-dialog");
		help.close();
		dialog.close();
	}

	@Test
	public void theHelpMenuAndTheShortcuts() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		MenuItem help = Arrays.stream(shell.getMenuBar().getItems()).filter(i -> i.getText().replace("&", "").equals("Hjälp"))
				.findFirst().orElseThrow();
		Menu menu = help.getMenu();
		menu.notifyListeners(SWT.Show, null);
		List<String> items = Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
				.map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
		menu.notifyListeners(SWT.Hide, null);
		assertEquals(List.of("Användarhandbok", "Hjälp för den här sidan", "Kortkommandon", "Välkommen",
				"Sök efter uppdateringar…", "Installera mallar…", "Om Finsam Workbench"), items,
				"no English platform entries");

		Map<String, String> keys = ShortcutsDialog.shortcuts();
		assertEquals("Ctrl+N", keys.get("Ny insats…"), keys.toString());
		assertEquals("F1", keys.get("Hjälp för den här sidan"), keys.toString());
		assertTrue(keys.getOrDefault("Spara", "").contains("Ctrl+S"), keys.toString());
		assertFalse(keys.keySet().stream().anyMatch(k -> k.matches(".*\\b(Show|Open|Toggle|Window)\\b.*")),
				"only what this product does: " + keys);
		ShortcutsDialog dialog = new ShortcutsDialog(shell);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Screenshots.save(dialog.getShell(), "shortcuts");
			assertEquals("Kortkommandon", dialog.getShell().getText());
		} finally {
			dialog.close();
		}
	}
}
