package se.finsam.ui.help.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;

/** Hjälp → Kortkommandon: every key of the active scheme that runs a command of ours or an everyday one. */
final class ShortcutsDialog extends Dialog {

	/** Platform commands a user of this product has keys for (the rest of the platform's keys mean nothing here). */
	private static final List<String> EVERYDAY = List.of("org.eclipse.ui.file.save", "org.eclipse.ui.file.saveAll",
			"org.eclipse.ui.file.close", "org.eclipse.ui.file.closeAll", "org.eclipse.ui.file.exit",
			"org.eclipse.ui.edit.undo", "org.eclipse.ui.edit.redo", "org.eclipse.ui.edit.cut",
			"org.eclipse.ui.edit.copy", "org.eclipse.ui.edit.paste", "org.eclipse.ui.edit.selectAll",
			"org.eclipse.ui.edit.delete", "org.eclipse.ui.window.nextEditor", "org.eclipse.ui.window.previousEditor");

	ShortcutsDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Keys_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 380).applyTo(table);
		TableColumn what = new TableColumn(table, SWT.NONE);
		what.setText(Messages.Keys_command);
		what.setWidth(340);
		TableColumn key = new TableColumn(table, SWT.NONE);
		key.setText(Messages.Keys_key);
		key.setWidth(200);
		for (Map.Entry<String, String> e : shortcuts().entrySet()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { e.getKey(), e.getValue() });
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Keys_close, true);
	}

	/** Command name → its keys, ours first, then the everyday ones. */
	static Map<String, String> shortcuts() {
		IBindingService service = PlatformUI.getWorkbench().getService(IBindingService.class);
		String scheme = service.getActiveScheme().getId();
		List<Binding> bindings = new ArrayList<>();
		for (Binding b : service.getBindings()) {
			if (b.getParameterizedCommand() == null || b.getType() != Binding.SYSTEM && b.getType() != Binding.USER) {
				continue;
			}
			String id = b.getParameterizedCommand().getId();
			boolean inScheme = scheme.equals(b.getSchemeId()) || "org.eclipse.ui.defaultAcceleratorConfiguration"
					.equals(b.getSchemeId());
			if (inScheme && (id.startsWith("se.finsam.") || EVERYDAY.contains(id)) && b.getPlatform() == null) {
				bindings.add(b);
			}
		}
		bindings.sort(Comparator.comparing((Binding b) -> !b.getParameterizedCommand().getId().startsWith("se.finsam."))
				.thenComparing(b -> EVERYDAY.indexOf(b.getParameterizedCommand().getId())));
		Map<String, String> out = new LinkedHashMap<>();
		for (Binding b : bindings) {
			String name;
			try {
				name = b.getParameterizedCommand().getCommand().getName();
			} catch (NotDefinedException e) {
				continue;
			}
			String keys = b.getTriggerSequence().format();
			out.merge(name, keys, (a, c) -> a.contains(c) ? a : a + ", " + c);
		}
		return out;
	}
}
