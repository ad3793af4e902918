package se.finsam.ui.editors.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;

/**
 * A table inside a scrolling page: as tall as its rows, so the page scrolls and never the table inside it; a table of
 * text as wide as the page, its columns sharing the width in proportion to the widths they were given, a table of
 * short values (dates, amounts) as wide as its columns. The table must be laid out by a GridLayout.
 */
public final class FittedTable {

	private static final int MIN_COLUMN = 48;
	private final Table table;
	private final int minRows;
	private final boolean stretch;
	private int[] weights;

	private FittedTable(Table table, int minRows, boolean stretch) {
		this.table = table;
		this.minRows = minRows;
		this.stretch = stretch;
	}

	/**
	 * Fits the table (its columns already made, with their widths) now and whenever it is resized.
	 *
	 * @param stretch whether the columns share the page's width, or keep theirs
	 */
	public static FittedTable fit(Table table, int minRows, boolean stretch) {
		FittedTable fitted = new FittedTable(table, minRows, stretch);
		GridData data = table.getLayoutData() instanceof GridData d ? d : new GridData(SWT.FILL, SWT.TOP, true, false);
		data.verticalAlignment = SWT.TOP;
		data.grabExcessVerticalSpace = false;
		if (stretch) {
			data.grabExcessHorizontalSpace = true;
			data.horizontalAlignment = SWT.FILL;
			data.widthHint = 120; // the page's width decides, not the sum of the columns
			table.addListener(SWT.Resize, e -> fitted.spread());
		} else {
			data.grabExcessHorizontalSpace = false;
			data.horizontalAlignment = SWT.BEGINNING;
		}
		table.setLayoutData(data);
		fitted.refit();
		return fitted;
	}

	/** After rows were added or removed, or columns replaced: the height follows, the page reflows. */
	public void refit() {
		if (table.isDisposed()) {
			return;
		}
		weights = null;
		GridData data = (GridData) table.getLayoutData();
		int rows = Math.max(minRows, table.getItemCount());
		int header = table.getHeaderVisible() ? table.getHeaderHeight() : 0;
		int height = header + rows * table.getItemHeight() + 2 * table.getBorderWidth() + 4;
		int width = data.widthHint;
		if (!stretch) {
			width = 2 * table.getBorderWidth() + 4;
			for (TableColumn c : table.getColumns()) {
				width += c.getWidth();
			}
		}
		if (data.heightHint != height || data.widthHint != width) {
			data.heightHint = height;
			data.widthHint = width;
			table.requestLayout();
			reflow(table.getParent());
		}
		spread();
	}

	private void spread() {
		TableColumn[] columns = table.getColumns();
		int width = table.getClientArea().width;
		if (!stretch || columns.length == 0 || width <= 0) {
			return;
		}
		if (weights == null || weights.length != columns.length) {
			weights = new int[columns.length];
			for (int i = 0; i < columns.length; i++) {
				weights[i] = Math.max(1, columns[i].getWidth());
			}
		}
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int left = width;
		for (int i = 0; i < columns.length; i++) {
			int w = i == columns.length - 1 ? Math.max(MIN_COLUMN, left)
					: Math.max(Math.min(MIN_COLUMN, weights[i]), weights[i] * width / total);
			if (columns[i].getWidth() != w) {
				columns[i].setWidth(w);
			}
			left -= w;
		}
	}

	/** The form around the table grows or shrinks with it. */
	static void reflow(Composite from) {
		for (Composite c = from; c != null; c = c.getParent()) {
			if (c instanceof SharedScrolledComposite form) {
				c.getDisplay().asyncExec(() -> {
					if (!form.isDisposed()) {
						form.reflow(true);
					}
				});
				return;
			}
		}
	}
}
