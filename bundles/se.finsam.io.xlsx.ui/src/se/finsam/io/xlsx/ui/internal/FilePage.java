package se.finsam.io.xlsx.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.finsam.model.Association;
import se.finsam.model.Project;

/** The file, the association and (for sheets without an Insats column) the project; what to do with problems. */
public final class FilePage extends WizardPage {

	private final DisImportWizard wizard;
	private Text file;
	private Combo association;
	private Combo project;
	private Button create;
	private Button validOnly;

	FilePage(DisImportWizard wizard) {
		super("file");
		this.wizard = wizard;
		setTitle(Messages.File_title);
		setDescription(Messages.File_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
		new Label(c, SWT.NONE).setText(Messages.File_file);
		file = new Text(c, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		file.addModifyListener(e -> validate());
		Button browse = new Button(c, SWT.PUSH);
		browse.setText(Messages.File_browse);
		browse.setToolTipText(Messages.File_browseTip);
		browse.addListener(SWT.Selection, e -> browse());
		new Label(c, SWT.NONE).setText(Messages.File_association);
		association = new Combo(c, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(association);
		wizard.session.associations().forEach(a -> association.add(a.getName()));
		association.select(0);
		association.addListener(SWT.Selection, e -> fillProjects());
		new Label(c, SWT.NONE).setText(Messages.File_project);
		project = new Combo(c, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(project);
		fillProjects();
		create = check(c, Messages.File_create);
		validOnly = check(c, Messages.File_validOnly);
		Label hint = new Label(c, SWT.WRAP);
		hint.setText(Messages.File_hint);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(600, SWT.DEFAULT).indent(0, 12).applyTo(hint);
		setControl(c);
	}

	private Button check(Composite c, String text) {
		Button b = new Button(c, SWT.CHECK);
		b.setText(text);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(b);
		b.addListener(SWT.Selection, e -> wizard.preview = null);
		return b;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.xlsx;*.xls", "*.*" });
		dialog.setFilterNames(new String[] { Messages.File_filterExcel, Messages.File_filterAll });
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void fillProjects() {
		project.removeAll();
		project.add(Messages.File_projectFromColumn);
		selectedAssociation().getProjects().stream().map(p -> p.getDiarienummer() + " " + p.getName())
				.forEach(project::add);
		project.select(0);
		wizard.mapping.clear();
		wizard.mapping.putAll(MappingMemory.load(associationId()));
	}

	private void validate() {
		wizard.preview = null;
		String text = file.getText().strip();
		boolean exists = !text.isEmpty() && Files.isRegularFile(Path.of(text));
		setErrorMessage(text.isEmpty() || exists ? null : Messages.File_missing);
		setPageComplete(exists);
	}

	private Association selectedAssociation() {
		List<Association> all = wizard.session.associations();
		return all.get(Math.max(0, association.getSelectionIndex()));
	}

	/** Sets the file as if typed (tests, drag and drop). */
	public void setFile(String path) {
		file.setText(path);
	}

	public void setProject(String diarienummer) {
		List<Project> projects = selectedAssociation().getProjects();
		for (int i = 0; i < projects.size(); i++) {
			if (projects.get(i).getDiarienummer().equals(diarienummer)) {
				project.select(i + 1);
			}
		}
	}

	public void setValidRowsOnly(boolean value) {
		validOnly.setSelection(value);
		wizard.preview = null;
	}

	Path file() {
		return Path.of(file.getText().strip());
	}

	String associationId() {
		return selectedAssociation().getId();
	}

	String project() {
		int i = project.getSelectionIndex();
		return i <= 0 ? null : selectedAssociation().getProjects().get(i - 1).getDiarienummer();
	}

	boolean createProjects() {
		return create.getSelection();
	}

	boolean validRowsOnly() {
		return validOnly.getSelection();
	}
}
