package se.finsam.io.xlsx.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.TableColumn;

import se.finsam.core.Formats;
import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.XlsxExport;

/**
 * What the import would do, before anything is stored: counts, the first rows with their status, how each heading
 * was understood (change it and read again), and every problem with its cell — exportable to Excel.
 */
public final class PreviewPage extends WizardPage {

	private final DisImportWizard wizard;
	private Label summary;
	private TabFolder tabs;
	private TableViewer rows;
	private TableViewer problems;
	private TabItem problemTab;
	private ColumnMapping columns;
	private Button saveProblems;

	PreviewPage(DisImportWizard wizard) {
		super("preview");
		this.wizard = wizard;
		setTitle(Messages.Preview_title);
		setDescription(Messages.Preview_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
		summary = new Label(c, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(summary);
		Button again = new Button(c, SWT.PUSH);
		again.setText(Messages.Preview_again);
		again.setToolTipText(Messages.Preview_againTip);
		again.addListener(SWT.Selection, e -> analyse());
		tabs = new TabFolder(c, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(tabs);
		rows = table(tab(Messages.Preview_rowsTab));
		columns = new ColumnMapping(tab(Messages.Preview_columnsTab), wizard.mapping, this::mappingChanged);
		Composite problemArea = tab(Messages.Preview_problemsTab);
		problemTab = tabs.getItem(2);
		problems = table(problemArea);
		column(problems, Messages.Preview_cell, 150, o -> ((CellProblem) o).reference());
		column(problems, Messages.Preview_value, 140, o -> ((CellProblem) o).value());
		column(problems, Messages.Preview_problem, 560, o -> ((CellProblem) o).message());
		saveProblems = new Button(problemArea, SWT.PUSH);
		saveProblems.setText(Messages.Preview_saveProblems);
		saveProblems.setToolTipText(Messages.Preview_saveProblemsTip);
		saveProblems.addListener(SWT.Selection, e -> saveProblems());
		setControl(c);
	}

	private Composite tab(String text) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(text);
		Composite area = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(area);
		item.setControl(area);
		return area;
	}

	static TableViewer table(Composite parent) {
		return se.finsam.ui.Tables.table(parent);
	}

	static TableViewerColumn column(TableViewer viewer, String title, int width, Function<Object, String> text) {
		return se.finsam.ui.Tables.column(viewer, title, width, text);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && wizard.preview == null) {
			getShell().getDisplay().asyncExec(this::analyse);
		}
	}

	/** Reads and checks the file with progress and cancel in the wizard, then shows what it found. */
	public void analyse() {
		wizard.preview = null;
		setErrorMessage(null);
		var options = wizard.options();
		var file = wizard.filePage.file();
		var association = wizard.filePage.associationId();
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask(NLS.bind(Messages.Preview_reading, file.getFileName()), -1);
				ImportProgress progress = new ImportProgress() {
					@Override
					public void rowsRead(int n) {
						monitor.subTask(NLS.bind(Messages.Preview_rowsRead, Formats.count(n)));
					}

					@Override
					public void phase(String text) {
						monitor.setTaskName(text);
					}

					@Override
					public boolean cancelled() {
						return monitor.isCanceled();
					}
				};
				try {
					wizard.preview = DisImport.analyse(file, wizard.session.store(), association, options, progress);
				} catch (SpreadsheetException e) {
					throw new InvocationTargetException(e);
				} catch (CancellationException e) {
					throw new InterruptedException();
				}
			});
		} catch (InvocationTargetException e) {
			setErrorMessage(e.getCause() instanceof SpreadsheetException s ? s.getMessage()
					: String.valueOf(e.getCause()));
		} catch (InterruptedException e) {
			wizard.preview = null;
			show(null);
			setMessage(Messages.Preview_cancelled, WARNING);
			getContainer().updateButtons();
			return;
		}
		show(wizard.preview);
		getContainer().updateButtons();
	}

	private void show(ImportPreview preview) {
		rows.getTable().setRedraw(false);
		for (TableColumn old : rows.getTable().getColumns()) {
			old.dispose();
		}
		if (preview == null) {
			summary.setText("");
			setMessage(null);
			rows.setInput(List.of());
			problems.setInput(List.of());
			columns.show(List.of());
			rows.getTable().setRedraw(true);
			return;
		}
		var counts = preview.counts();
		summary.setText(NLS.bind(Messages.Preview_summary, new Object[] { Formats.count(preview.rowsRead()),
				Formats.count(counts.get(RowStatus.NEW)), Formats.count(counts.get(RowStatus.UPDATE)),
				Formats.count(counts.get(RowStatus.UNCHANGED)), Formats.count(counts.get(RowStatus.INVALID)) })
				+ (preview.projectsToCreate().isEmpty() ? ""
						: " " + NLS.bind(Messages.Preview_projectsToCreate, String.join(", ", preview.projectsToCreate()))));
		setMessage(verdict(preview), preview.problems().isEmpty() || preview.options().validRowsOnly() ? INFORMATION
				: WARNING);
		column(rows, Messages.Preview_status, 110, o -> status(((ImportPreview.SampleRow) o).status()));
		boolean sheetsWithData = preview.sheets().stream().filter(s -> s.headerRow() > 0).count() > 1;
		column(rows, Messages.Preview_row, sheetsWithData ? 130 : 60, o -> {
			ImportPreview.SampleRow row = (ImportPreview.SampleRow) o;
			return sheetsWithData ? NLS.bind(Messages.Preview_sheetRow, row.sheet(), row.row())
					: String.valueOf(row.row());
		});
		List<String> headings = preview.sampleColumns().stream().map(se.finsam.io.xlsx.DisColumn::header).toList();
		for (int i = 0; i < headings.size(); i++) {
			int index = i;
			column(rows, headings.get(i), Math.max(90, Math.min(220, headings.get(i).length() * 9)), o -> {
				List<String> cells = ((ImportPreview.SampleRow) o).cells();
				return index < cells.size() ? cells.get(index) : "";
			});
		}
		rows.setInput(preview.sample());
		rows.getTable().setRedraw(true);
		problems.setInput(preview.problems());
		problemTab.setText(NLS.bind(Messages.Preview_problemsCount, preview.problems().size()));
		saveProblems.setEnabled(!preview.problems().isEmpty());
		List<ColumnMapping.Entry> entries = new ArrayList<>();
		preview.sheets().stream().filter(s -> s.headerRow() > 0).forEach(s -> {
			for (int i = 0; i < s.headings().size(); i++) {
				if (!s.headings().get(i).isBlank()) {
					entries.add(new ColumnMapping.Entry(s.name(), s.headings().get(i), s.columns().get(i),
							s.extras().get(i)));
				}
			}
		});
		columns.show(entries);
		int tab = preview.problems().isEmpty() || preview.options().validRowsOnly() ? 0 : 2;
		tabs.setSelection(preview.unknownColumns().isEmpty() ? tab : 1);
		summary.getParent().layout(true, true);
	}

	/** A choice in the Columns tab: Finish waits until the file is read with it. */
	private void mappingChanged() {
		wizard.preview = null;
		summary.setText(Messages.Preview_readAgain);
		getContainer().updateButtons();
	}

	private static String verdict(ImportPreview preview) {
		if (!preview.unknownColumns().isEmpty()) {
			return NLS.bind(Messages.Preview_undecided, String.join(", ", preview.unknownColumns()));
		}
		if (preview.problems().isEmpty()) {
			return preview.storable() ? Messages.Preview_ready : Messages.Preview_nothingToDo;
		}
		return preview.options().validRowsOnly() ? Messages.Preview_validOnly : Messages.Preview_blocked;
	}

	private static String status(RowStatus status) {
		return switch (status) {
		case NEW -> Messages.Status_new;
		case UPDATE -> Messages.Status_update;
		case UNCHANGED -> Messages.Status_unchanged;
		case INVALID -> Messages.Status_invalid;
		};
	}

	private void saveProblems() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx" });
		dialog.setFileName(Messages.Preview_problemsFile);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				XlsxExport.problems(wizard.preview.problems(), java.nio.file.Path.of(chosen));
			} catch (SpreadsheetException e) {
				setErrorMessage(e.getMessage());
			}
		}
	}
}
