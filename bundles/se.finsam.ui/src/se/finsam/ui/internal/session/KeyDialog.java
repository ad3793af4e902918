package se.finsam.ui.internal.session;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import se.finsam.store.StoreException;
import se.finsam.store.StoreKey;
import se.finsam.ui.internal.Messages;

/**
 * Asks for the key of a database this computer does not know (made by the command line, or moved here): the
 * line of a key file or the passphrase. Runs on the UI thread; cancelling ends the opening with a message.
 */
final class KeyDialog {

	private KeyDialog() {
	}

	static StoreKey ask(Path dataLocation, String problem) {
		AtomicReference<String> answer = new AtomicReference<>();
		Display.getDefault().syncExec(() -> {
			String message = NLS.bind(Messages.KeyDialog_message, dataLocation)
					+ (problem == null ? "" : "\n\n" + problem);
			InputDialog dialog = new InputDialog(null, Messages.KeyDialog_title, message, "", text -> {
				try {
					StoreKey.fromText(text);
					return null;
				} catch (StoreException e) {
					return e.getMessage();
				}
			}) {
				@Override
				protected int getInputTextStyle() {
					return super.getInputTextStyle() | org.eclipse.swt.SWT.PASSWORD;
				}
			};
			if (dialog.open() == Window.OK) {
				answer.set(dialog.getValue());
			}
		});
		if (answer.get() == null) {
			throw new StoreException(NLS.bind(Messages.Session_noKey, dataLocation));
		}
		return StoreKey.fromText(answer.get());
	}
}
