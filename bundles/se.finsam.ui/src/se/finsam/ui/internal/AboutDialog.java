package se.finsam.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import se.finsam.core.ProductVersions;
import se.finsam.core.ProductVersions.Component;

/** The about dialog: what the product is, and the exact versions it runs on (copyable for a support request). */
public class AboutDialog extends Dialog {

	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
	private Image logo;

	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.About_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 8).applyTo(area);
		logo = ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/finsam64.png")
				.map(d -> d.createImage()).orElse(null);
		Label image = new Label(area, SWT.NONE);
		image.setImage(logo);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2).applyTo(image);

		Label name = new Label(area, SWT.NONE);
		name.setText(ProductVersions.PRODUCT_NAME + " " + ProductVersions.productVersion());
		name.setFont(JFaceResources.getHeaderFont());
		Label text = new Label(area, SWT.WRAP);
		text.setText(Messages.About_text);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);

		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(table);
		TableColumn component = new TableColumn(table, SWT.LEFT);
		component.setText(Messages.About_component);
		TableColumn version = new TableColumn(table, SWT.LEFT);
		version.setText(Messages.About_version);
		for (Component c : ProductVersions.components()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { c.name(), c.version() });
		}
		component.pack();
		version.pack();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, Messages.About_copy, false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			copyVersions();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private void copyVersions() {
		List<Component> components = ProductVersions.components();
		String text = components.stream().map(c -> c.name() + " " + c.version()).collect(Collectors.joining("\n"));
		Clipboard clipboard = new Clipboard(getShell().getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	@Override
	public boolean close() {
		if (logo != null) {
			logo.dispose();
		}
		return super.close();
	}
}
