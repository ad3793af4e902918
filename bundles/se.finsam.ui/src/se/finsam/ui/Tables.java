package se.finsam.ui;

import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The workbench's plain list tables: headings, lines, a list as input, text columns. A cell's whole text is its
 * tooltip, so that what a narrow column cuts (a long file name in the audit log) can still be read.
 */
public final class Tables {

	private Tables() {
	}

	/** A table filling its cell of a grid layout, taking a list (or array) as input. */
	public static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		return viewer;
	}

	/** A text column; a null text shows as empty. */
	public static TableViewerColumn column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply(element);
				return value == null ? "" : value;
			}

			@Override
			public String getToolTipText(Object element) {
				String value = text.apply(element);
				return value == null || value.isBlank() ? null : value;
			}
		});
		return column;
	}
}
