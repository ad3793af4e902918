package se.finsam.ui.editors.internal;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/**
 * Edit → Undo/Redo (Ctrl+Z, Ctrl+Y) for the active project editor: they run its command stack.
 */
public class ProjectEditorContributor extends MultiPageEditorActionBarContributor {

	private final StackAction undo = new StackAction(true);
	private final StackAction redo = new StackAction(false);

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		CommandStack stack = part instanceof ProjectEditor editor && editor.context() != null ? editor.context().stack()
				: null;
		undo.setStack(stack);
		redo.setStack(stack);
		IActionBars bars = getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// all pages share one stack
	}

	/** Undo or redo on a command stack, enabled and labelled from it. */
	static final class StackAction extends Action implements CommandStackListener {
		private final boolean undo;
		private CommandStack stack;

		StackAction(boolean undo) {
			this.undo = undo;
			setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
			setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
			update();
		}

		void setStack(CommandStack stack) {
			if (this.stack != null) {
				this.stack.removeCommandStackListener(this);
			}
			this.stack = stack;
			if (stack != null) {
				stack.addCommandStackListener(this);
			}
			update();
		}

		@Override
		public void commandStackChanged(java.util.EventObject event) {
			update();
		}

		private void update() {
			boolean can = stack != null && (undo ? stack.canUndo() : stack.canRedo());
			setEnabled(can);
			// EMF's command labels are English only, so the menu says just Ångra / Gör om.
			setText(undo ? Messages.Edit_undo : Messages.Edit_redo);
		}

		@Override
		public void run() {
			if (stack != null) {
				if (undo && stack.canUndo()) {
					stack.undo();
				} else if (!undo && stack.canRedo()) {
					stack.redo();
				}
			}
		}
	}
}
