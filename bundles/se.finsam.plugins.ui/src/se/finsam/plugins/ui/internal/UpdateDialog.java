package se.finsam.plugins.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import se.finsam.plugins.PluginException;
import se.finsam.plugins.Update;
import se.finsam.plugins.UpdateService;

/**
 * Hjälp → Sök efter uppdateringar…: the förbund's repository (the one last updated from, to begin with) is searched
 * for newer versions of the product and of the template plug-ins installed, which are then installed together.
 * Unsigned or untrusted content only after a question naming the signer; the new version runs after a restart,
 * whose first open of the database upgrades it after a backup.
 */
final class UpdateDialog extends RepositoryDialog {

	private final UpdateService updates;
	private RepositoryField repository;
	private Table found;
	private Button update;
	private String searched;

	UpdateDialog(Shell parent, UpdateService updates) {
		super(parent, Messages.Update_title, new Point(760, 420));
		this.updates = updates;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Update_title);
		setMessage(Messages.Update_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		repository = new RepositoryField(body, this::search);
		new Label(body, SWT.NONE);
		RepositoryField.button(body, Messages.Update_search, this::search);
		new Label(body, SWT.NONE);
		new Label(body, SWT.NONE);
		Label label = new Label(body, SWT.NONE);
		label.setText(Messages.Update_found);
		GridDataFactory.fillDefaults().span(4, 1).indent(0, 8).applyTo(label);
		found = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
		found.setHeaderVisible(true);
		for (String heading : new String[] { Messages.Column_name, Messages.Update_installed, Messages.Update_new }) {
			TableColumn column = new TableColumn(found, SWT.NONE);
			column.setText(heading);
			column.pack(); // the headings readable before the first search
			column.setWidth(Math.max(column.getWidth(), 200));
		}
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(SWT.DEFAULT, 120).applyTo(found);
		try {
			repository.set(updates.lastRepository());
		} catch (PluginException e) {
			setErrorMessage(e.getMessage());
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		update = createButton(parent, IDialogConstants.OK_ID, Messages.Update_update, true);
		update.setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Dialog_close, false);
		if (!repository.value().isEmpty() && getErrorMessage() == null) {
			getShell().getDisplay().asyncExec(() -> {
				if (!found.isDisposed()) {
					search();
				}
			});
		}
	}

	@Override
	protected void okPressed() {
		List<Update> done = trusting(Messages.Update_trustTitle, Messages.Update_trust, this::updating);
		if (done != null) {
			done(done);
		}
	}

	private List<Update> updating(boolean trust) throws PluginException {
		String from = searched;
		return P2Work.run(getShell(), Messages.Update_updating, () -> updates.update(from, trust));
	}

	private void done(List<Update> done) {
		setErrorMessage(null);
		setMessage(String.join("\n", done.stream()
				.map(u -> NLS.bind(Messages.Update_doneLine, new Object[] { u.name(), u.available() })).toList()));
		found.removeAll();
		searched = null;
		update.setEnabled(false);
		askRestart(Messages.Update_restart);
	}

	private void search() {
		String given = repository.value();
		if (given.isEmpty()) {
			setErrorMessage(Messages.Dialog_noRepository);
			return;
		}
		found.removeAll();
		searched = null;
		try {
			List<Update> newer = P2Work.run(getShell(), Messages.Dialog_searching, () -> updates.available(given));
			for (Update u : newer) {
				TableItem item = new TableItem(found, SWT.NONE);
				item.setText(new String[] { u.name(), u.installed(), u.available() });
			}
			for (TableColumn c : found.getColumns()) {
				c.pack();
			}
			setErrorMessage(null);
			setMessage(newer.isEmpty() ? NLS.bind(Messages.Update_upToDate, given) : Messages.Update_message);
			searched = newer.isEmpty() ? null : given;
		} catch (PluginException e) {
			setErrorMessage(e.getMessage());
		}
		update.setEnabled(searched != null);
	}
}
