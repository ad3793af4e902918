package se.finsam.ui.internal.preferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;

import se.finsam.core.DataLocation;
import se.finsam.core.Settings;
import se.finsam.core.Settings.Language;
import se.finsam.core.Settings.ReportFormat;
import se.finsam.ui.internal.Messages;

/**
 * Finsam's own settings: where the data lives (a data directory, or the förbund's team server), the language, the default report format and how many rows a
 * table reads per page. They are kept in the settings file that {@code ./finsam} reads before Java starts, so the
 * data location and the language take effect when the workbench restarts (it offers to).
 */
public class FinsamPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private static final Language[] LANGUAGES = { null, Language.SV, Language.EN };

	private Settings settings;
	private Text data;
	private Text server;
	private Combo language;
	private Combo format;
	private Spinner rows;

	@Override
	public void init(IWorkbench workbench) {
		settings = Settings.load();
		setDescription(Messages.Preferences_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 8).applyTo(c);

		label(c, Messages.Preferences_data);
		data = new Text(c, SWT.BORDER);
		data.setMessage(DataLocation.defaultPath().toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(data);
		Button browse = new Button(c, SWT.PUSH);
		browse.setText(Messages.Preferences_browse);
		browse.setToolTipText(Messages.Preferences_browseTip);
		browse.addListener(SWT.Selection, e -> browse());
		note(c, NLS.bind(Messages.Preferences_dataNote, DataLocation.path()));

		label(c, Messages.Preferences_server);
		server = new Text(c, SWT.BORDER);
		server.setMessage(Messages.Preferences_serverHint);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(server);
		note(c, Messages.Preferences_serverNote);

		label(c, Messages.Preferences_language);
		language = new Combo(c, SWT.READ_ONLY);
		language.setItems(Messages.Preferences_languageSystem, "Svenska", "English");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(language);

		label(c, Messages.Preferences_format);
		format = new Combo(c, SWT.READ_ONLY);
		format.setItems(Messages.Preferences_formatPdf, Messages.Preferences_formatDocx, Messages.Preferences_formatXlsx,
				Messages.Preferences_formatHtml);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(format);

		label(c, Messages.Preferences_rows);
		rows = new Spinner(c, SWT.BORDER);
		rows.setValues(Settings.DEFAULT_PAGE_ROWS, Settings.MIN_PAGE_ROWS, Settings.MAX_PAGE_ROWS, 0, 100, 1000);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(rows);
		note(c, Messages.Preferences_rowsNote);

		show(settings);
		data.addModifyListener(e -> validate());
		server.addModifyListener(e -> validate());
		if (!settings.problems().isEmpty()) {
			setMessage(NLS.bind(Messages.Preferences_fileProblems, settings.file(), String.join(", ", settings.problems())),
					WARNING);
		}
		return c;
	}

	private void show(Settings s) {
		data.setText(s.data() == null ? "" : s.data().toString());
		server.setText(s.savedServer() == null ? "" : s.savedServer());
		language.select(indexOf(LANGUAGES, s.language()));
		format.select(s.reportFormat().ordinal());
		rows.setSelection(s.pageRows());
	}

	private static int indexOf(Language[] values, Language value) {
		for (int i = 0; i < values.length; i++) {
			if (Objects.equals(values[i], value)) {
				return i;
			}
		}
		return 0;
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setMessage(Messages.Preferences_data);
		dialog.setFilterPath(data.getText().isBlank() ? DataLocation.path().toString() : data.getText());
		String chosen = dialog.open();
		if (chosen != null) {
			data.setText(chosen);
		}
	}

	/** The data directory, or null for the default; an error message when it cannot be used. */
	private Path chosenData() {
		String text = data.getText().trim();
		return text.isEmpty() ? null : Path.of(text);
	}

	private void validate() {
		String error = null;
		try {
			Path path = chosenData();
			if (path != null && !path.isAbsolute()) {
				error = Messages.Preferences_dataRelative;
			} else if (path != null && Files.exists(path) && !Files.isDirectory(path)) {
				error = NLS.bind(Messages.Preferences_dataNotDirectory, path);
			}
		} catch (java.nio.file.InvalidPathException e) {
			error = NLS.bind(Messages.Preferences_dataInvalid, data.getText());
		}
		if (error == null && !server.getText().isBlank()) {
			try {
				se.finsam.store.ServerAddress.parse(server.getText());
			} catch (se.finsam.store.StoreException e) { // a password in it, clear text to another computer …
				error = e.getMessage();
			}
		}
		setErrorMessage(error);
		setValid(error == null);
	}

	@Override
	protected void performDefaults() {
		data.setText("");
		server.setText("");
		language.select(0);
		format.select(ReportFormat.PDF.ordinal());
		rows.setSelection(Settings.DEFAULT_PAGE_ROWS);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (data == null) {
			return true;
		}
		Path oldData = settings.data();
		String oldServer = settings.savedServer();
		Language oldLanguage = settings.language();
		settings.setData(chosenData());
		settings.setServer(server.getText());
		settings.setLanguage(LANGUAGES[Math.max(0, language.getSelectionIndex())]);
		settings.setReportFormat(ReportFormat.values()[Math.max(0, format.getSelectionIndex())]);
		settings.setPageRows(rows.getSelection());
		try {
			settings.save();
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.Preferences_saveFailed, settings.file(), e.getMessage()));
			return false;
		}
		if (!Objects.equals(oldData, settings.data()) || !Objects.equals(oldServer, settings.savedServer())
				|| oldLanguage != settings.language()) {
			askToRestart();
		}
		return true;
	}

	private void askToRestart() {
		if (MessageDialog.openQuestion(getShell(), Messages.Preferences_restartTitle, Messages.Preferences_restartMessage)) {
			getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
		}
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static void note(Composite parent, String text) {
		new Label(parent, SWT.NONE);
		Label note = new Label(parent, SWT.WRAP);
		note.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).hint(320, SWT.DEFAULT).applyTo(note);
	}
}
