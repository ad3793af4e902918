package se.finsam.ui;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Table cells edited in place, in one call per column: what the editor shows, and what to do with the value the
 * user leaves in it. The caller turns that value into one command, so that Edit → Undo takes it back.
 */
public final class CellEditing {

	private CellEditing() {
	}

	/**
	 * A cell edited as text.
	 *
	 * @param validator refuses a text with a message shown at the cell (null: every text is taken)
	 * @param get the text the editor starts from
	 * @param set receives the text typed
	 */
	@SuppressWarnings("unchecked")
	public static <T> EditingSupport text(ColumnViewer viewer, ICellEditorValidator validator, Function<T, String> get,
			BiConsumer<T, String> set) {
		TextCellEditor editor = new TextCellEditor((Composite) viewer.getControl());
		if (validator != null) {
			editor.setValidator(validator);
		}
		return new Support(viewer, editor) {
			@Override
			protected Object getValue(Object element) {
				String text = get.apply((T) element);
				return text == null ? "" : text;
			}

			@Override
			protected void setValue(Object element, Object value) {
				if (value != null) {
					set.accept((T) element, (String) value);
				}
			}
		};
	}

	/**
	 * A cell edited by choosing one of the labels.
	 *
	 * @param get the index of the current choice
	 * @param set receives the index chosen
	 */
	@SuppressWarnings("unchecked")
	public static <T> EditingSupport choice(ColumnViewer viewer, String[] labels, ToIntFunction<T> get,
			ObjIntConsumer<T> set) {
		return new Support(viewer, new ComboBoxCellEditor((Composite) viewer.getControl(), labels, SWT.READ_ONLY)) {
			@Override
			protected Object getValue(Object element) {
				return get.applyAsInt((T) element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				int index = (Integer) value;
				if (index >= 0) {
					set.accept((T) element, index);
				}
			}
		};
	}

	private abstract static class Support extends EditingSupport {
		private final CellEditor editor;

		Support(ColumnViewer viewer, CellEditor editor) {
			super(viewer);
			this.editor = editor;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}
	}
}
