package se.finsam.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

import se.finsam.ui.ProjectEditorPages;

/**
 * Arkiv → Avsluta asks only when there is unsaved work, in Swedish and naming it: save and exit (waiting for the
 * saves to be written), exit without saving, or stay. With nothing unsaved it just exits.
 */
final class ExitGuard {

	/** A test answers the question instead of a user: the index of the button to press. */
	static volatile Integer answer;

	private ExitGuard() {
	}

	/** True when the workbench may close. */
	static boolean mayExit(IWorkbench workbench) {
		List<IEditorPart> dirty = new ArrayList<>();
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference ref : page.getEditorReferences()) {
					IEditorPart editor = ref.getEditor(false);
					if (editor != null && editor.isDirty()) {
						dirty.add(editor);
					}
				}
			}
		}
		if (dirty.isEmpty()) {
			return true;
		}
		String names = dirty.stream().map(e -> "• " + e.getTitle()).collect(Collectors.joining("\n"));
		MessageDialog dialog = new MessageDialog(workbench.getActiveWorkbenchWindow().getShell(), Messages.Exit_title,
				null, NLS.bind(Messages.Exit_message, names), MessageDialog.QUESTION, 0, Messages.Exit_save,
				Messages.Exit_discard, Messages.Exit_cancel);
		int choice = answer != null ? answer : dialog.open();
		if (choice == 1) {
			for (IEditorPart editor : dirty) {
				editor.getSite().getPage().closeEditor(editor, false);
			}
			return true;
		}
		if (choice != 0) {
			return false;
		}
		for (IEditorPart editor : dirty) {
			editor.doSave(null);
		}
		Display display = Display.getCurrent();
		while (dirty.stream().anyMatch(e -> e instanceof ProjectEditorPages p && p.isSaving())) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		// A save the store refused (its message already shown) keeps the workbench open with the edits.
		return dirty.stream().noneMatch(IEditorPart::isDirty);
	}
}
