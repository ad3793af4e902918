package se.finsam.ui.internal.session;

import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import se.finsam.ui.internal.Messages;

/**
 * The password of Eclipse secure storage, where the workbench keeps the key of each data location, asked for in
 * Swedish and in our words: without it a user first meets the platform's English "master password" dialog. An
 * operating-system keyring, when installed, has a higher priority and asks nothing. Runs the dialog on the UI
 * thread whichever thread asks (the session opens in a Job).
 */
public class StoragePasswordProvider extends PasswordProvider {

	private String problem;

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		boolean create = (passwordType & CREATE_NEW_PASSWORD) != 0;
		AtomicReference<char[]> answer = new AtomicReference<>();
		String shown = problem;
		problem = null;
		Display.getDefault().syncExec(() -> answer.set(new StoragePasswordDialog(create, shown).ask()));
		char[] password = answer.get();
		if (password == null) {
			return null;
		}
		try {
			return new PBEKeySpec(password);
		} finally {
			java.util.Arrays.fill(password, '\0');
		}
	}

	@Override
	public boolean retryOnError(Exception e, IPreferencesContainer container) {
		problem = Messages.StoragePassword_wrong;
		return true;
	}
}
