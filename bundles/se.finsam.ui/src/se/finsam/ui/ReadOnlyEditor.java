package se.finsam.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor tab that shows rather than edits (the welcome page, a report's preview): never dirty, nothing to save,
 * and not restored after a restart.
 */
public abstract class ReadOnlyEditor extends EditorPart {

	/** The input of such a tab: named, not persisted, adapting to nothing. */
	public interface Input extends IEditorInput {

		@Override
		default <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		default boolean exists() {
			return false;
		}

		@Override
		default ImageDescriptor getImageDescriptor() {
			return null;
		}

		@Override
		default IPersistableElement getPersistable() {
			return null;
		}

		@Override
		default String getToolTipText() {
			return getName();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing is edited here
	}

	@Override
	public void doSaveAs() {
		// nothing is edited here
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
