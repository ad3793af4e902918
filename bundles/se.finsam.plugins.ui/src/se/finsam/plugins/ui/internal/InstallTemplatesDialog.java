package se.finsam.plugins.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import se.finsam.plugins.Plugin;
import se.finsam.plugins.PluginException;
import se.finsam.plugins.PluginService;

/**
 * Install, update and remove template plug-ins: a repository (folder, zip or https address), the template plug-ins
 * it offers with check boxes, and the installed ones. Unsigned or untrusted content is installed only after the
 * user said yes to a question that names the signer; a change asks to restart, since templates are read at start.
 */
final class InstallTemplatesDialog extends RepositoryDialog {

	private final PluginService plugins;
	private RepositoryField repository;
	private Table offered;
	private Table installed;
	private Button install;
	private Button remove;
	private String searched;
	private boolean changed;

	InstallTemplatesDialog(Shell parent, PluginService plugins) {
		super(parent, Messages.Dialog_title, new org.eclipse.swt.graphics.Point(820, 560));
		this.plugins = plugins;
	}

	/** Tests: the rows offered. */
	List<TableItem> offeredItems() {
		return List.of(offered.getItems());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Dialog_title);
		setMessage(Messages.Dialog_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		repository = new RepositoryField(body, this::search);
		new Label(body, SWT.NONE);
		button(body, Messages.Dialog_search, this::search);
		new Label(body, SWT.NONE);
		new Label(body, SWT.NONE);

		label(body, Messages.Dialog_offered);
		offered = table(body, SWT.CHECK);
		offered.addListener(SWT.Selection, e -> update());
		label(body, Messages.Dialog_installed);
		installed = table(body, SWT.SINGLE);
		installed.addListener(SWT.Selection, e -> update());
		remove = button(body, Messages.Dialog_remove, this::remove);
		fill(installed, installedPlugins());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		install = createButton(parent, IDialogConstants.OK_ID, Messages.Dialog_install, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Dialog_close, false);
		update();
	}

	@Override
	protected void okPressed() {
		List<String> features = new ArrayList<>();
		for (TableItem item : offered.getItems()) {
			if (item.getChecked()) {
				features.add(((Plugin) item.getData()).id());
			}
		}
		List<Plugin> done = trusting(Messages.Trust_title, Messages.Trust_question,
				trust -> installing(features, trust));
		if (done != null) {
			done(done);
		}
	}

	private List<Plugin> installing(List<String> features, boolean trust) throws PluginException {
		String from = searched;
		return P2Work.run(getShell(), Messages.Dialog_installing, () -> plugins.install(from, features, trust));
	}

	private void done(List<Plugin> done) {
		List<String> lines = done.stream().map(p -> NLS.bind(Messages.Dialog_installedLine, new Object[] { p.name(),
				p.version(), p.signer() == null ? Messages.Dialog_unsigned : p.signer() })).toList();
		setErrorMessage(null);
		setMessage(String.join("\n", lines));
		changed = true;
		fill(installed, installedPlugins());
		askRestart();
	}

	private void remove() {
		TableItem[] selected = installed.getSelection();
		if (selected.length == 0) {
			return;
		}
		Plugin plugin = (Plugin) selected[0].getData();
		if (!MessageDialog.openConfirm(getShell(), Messages.Dialog_remove, NLS.bind(Messages.Remove_confirm, plugin.name()))) {
			return;
		}
		try {
			P2Work.run(getShell(), Messages.Dialog_removing, () -> plugins.remove(plugin.id()));
			setErrorMessage(null);
			setMessage(NLS.bind(Messages.Remove_done, plugin.name()));
			changed = true;
			fill(installed, installedPlugins());
			askRestart();
		} catch (PluginException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private void askRestart() {
		if (changed) {
			askRestart(Messages.Restart_question);
		}
	}

	private void search() {
		String given = repository.value();
		if (given.isEmpty()) {
			setErrorMessage(Messages.Dialog_noRepository);
			return;
		}
		List<Plugin> found;
		try {
			found = P2Work.run(getShell(), Messages.Dialog_searching, () -> plugins.available(given));
		} catch (PluginException e) {
			found = null;
			setErrorMessage(e.getMessage());
			fill(offered, List.of());
			searched = null;
		}
		if (found != null) {
			setErrorMessage(found.isEmpty() ? NLS.bind(Messages.Dialog_noneOffered, given) : null);
			searched = given;
			fill(offered, found);
		}
		update();
	}

	private List<Plugin> installedPlugins() {
		try {
			return plugins.installed();
		} catch (PluginException e) {
			setErrorMessage(e.getMessage());
			return List.of();
		}
	}

	private void update() {
		if (install == null || remove == null) {
			return;
		}
		boolean any = false;
		for (TableItem item : offered.getItems()) {
			any |= item.getChecked();
		}
		install.setEnabled(searched != null && any);
		TableItem[] selected = installed.getSelection();
		remove.setEnabled(selected.length == 1 && ((Plugin) selected[0].getData()).removable());
	}

	private static void fill(Table table, List<Plugin> list) {
		table.removeAll();
		for (Plugin p : list) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(p);
			item.setText(new String[] { p.name(), p.version(), String.join(", ", p.templates()),
					p.source() == null ? Messages.Dialog_product : p.source() });
		}
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
	}

	private static Table table(Composite parent, int style) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
		table.setHeaderVisible(true);
		for (String heading : new String[] { Messages.Column_name, Messages.Column_version, Messages.Column_templates,
				Messages.Column_source }) {
			new TableColumn(table, SWT.NONE).setText(heading);
		}
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 110).applyTo(table);
		return table;
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.fillDefaults().span(4, 1).indent(0, 8).applyTo(label);
	}

	private static Button button(Composite parent, String text, Runnable action) {
		return RepositoryField.button(parent, text, action);
	}
}
