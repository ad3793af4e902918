package se.finsam.ui.editors.internal.participants;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import se.finsam.core.Formats;
import se.finsam.stats.ReaderFigures;
import se.finsam.stats.StatTable;
import se.finsam.store.PublishedFigures;
import se.finsam.ui.ProjectEditorInput;
import se.finsam.ui.editors.internal.ContentFormPage;
import se.finsam.ui.editors.internal.Messages;
import se.finsam.ui.editors.internal.ProjectEditor;

/**
 * The participants page of a team server's reader (the chef, the board): no participant, but the project's
 * statistics as the last save with the key published them, small counts already hidden by that client.
 */
public class PublishedFiguresPage extends ContentFormPage {

	private static final int WIDEST = 760;

	public PublishedFiguresPage(ProjectEditor editor) {
		super(editor, ProjectEditorInput.PARTICIPANTS, Messages.Figures_title);
	}

	@Override
	protected String loadingText() {
		return Messages.Figures_loading;
	}

	@Override
	protected boolean available() {
		return getEditor().budgetOnly();
	}

	@Override
	protected void build(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		PublishedFigures published = getEditor().publishedFigures();
		if (published == null) {
			wrapped(toolkit, body, NLS.bind(Messages.Figures_none, project().getDiarienummer()));
			return;
		}
		ReaderFigures figures = ReaderFigures.read(published.content());
		wrapped(toolkit, body, NLS.bind(Messages.Figures_published, new Object[] { Formats.date(figures.from()),
				Formats.date(figures.to()), Formats.dateTime(published.computedAt()) }));
		for (StatTable t : figures.tables()) {
			if (!t.rows().isEmpty()) {
				table(managedForm, body, t);
			}
		}
	}

	private void table(IManagedForm managedForm, Composite body, StatTable t) {
		Composite client = section(managedForm, body, t.title(), null);
		Table table = managedForm.getToolkit().createTable(client, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		for (int c = 0; c < t.columns().size(); c++) {
			TableColumn column = new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText(t.columns().get(c));
		}
		for (var row : t.rows()) {
			TableItem item = new TableItem(table, SWT.NONE);
			for (int c = 0; c < row.size(); c++) {
				item.setText(c, row.get(c).text());
			}
		}
		if (t.totalRow() && table.getItemCount() > 0) {
			TableItem total = table.getItem(table.getItemCount() - 1);
			total.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
					org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
		}
		int width = 2 * table.getBorderWidth() + 4;
		for (TableColumn column : table.getColumns()) {
			column.pack();
			width += column.getWidth();
		}
		// As tall as its rows; a matrix wider than a page scrolls inside itself, so the page and its texts keep
		// the window's width.
		int height = table.getHeaderHeight() + table.getItemCount() * table.getItemHeight() + 2 * table.getBorderWidth()
				+ 4;
		if (width > WIDEST) {
			width = WIDEST;
			height += table.getHorizontalBar() == null ? 0 : table.getHorizontalBar().getSize().y;
		}
		GridDataFactory.fillDefaults().span(2, 1).align(SWT.BEGINNING, SWT.TOP).hint(width, height).applyTo(table);
		if (t.note() != null) {
			wrapped(managedForm.getToolkit(), client, t.note());
		}
	}

	/** Form text wraps at the page's width inside a scrolled form, where a wrapping label would widen the page. */
	private static void wrapped(FormToolkit toolkit, Composite parent, String text) {
		org.eclipse.ui.forms.widgets.FormText label = toolkit.createFormText(parent, false);
		label.setText(text, false, false);
		int span = parent.getLayout() instanceof org.eclipse.swt.layout.GridLayout grid ? grid.numColumns : 1;
		GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
	}
}
