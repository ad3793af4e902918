package se.finsam.store.internal;

import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;

import se.finsam.store.StoreException;

/**
 * A database failure as the user and the log may see it. Derby quotes the values it failed on ("A truncation error
 * … 'p.Namn=…'"), and those may be personal data: every quoted value is replaced before a message or a cause
 * leaves the store, and the cause chain is rebuilt from such copies (stack traces kept).
 */
final class DatabaseErrors {

	private DatabaseErrors() {
	}

	static StoreException of(SQLException e) {
		SQLException safe = sanitized(e);
		if ("42501".equals(safe.getSQLState())) {
			return new se.finsam.store.RoleRefusedException(NLS.bind(Messages.Store_databaseError, safe.getSQLState(),
					describe(safe)), safe);
		}
		return new StoreException(NLS.bind(Messages.Store_databaseError, safe.getSQLState(), describe(safe)), safe);
	}

	/** What went wrong in words, by SQL state where we know it. */
	private static String describe(SQLException e) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		return switch (state) {
		case "22001" -> Messages.Store_errorTooLong;
		case "40XL1", "40XL2" -> Messages.Store_errorLocked;
		case "40001", "40P01" -> Messages.Store_errorDeadlock;
		case "08000", "08001", "08003", "08006", "57P01", "57P02", "57P03" -> Messages.Store_errorConnection;
		case "42501" -> Messages.Store_errorNoRight;
		case "XSDB3", "XSDB4", "XSDB5", "XSDB6", "XSDBB", "XSDG1", "XSLAI", "XSLAK" -> Messages.Store_errorDamaged;
		default -> String.valueOf(e.getMessage());
		};
	}

	/** A copy of the exception (and its causes) with every quoted value replaced. */
	static SQLException sanitized(SQLException e) {
		SQLException copy = new SQLException(withoutValues(e.getMessage()), e.getSQLState(), e.getErrorCode());
		copy.setStackTrace(e.getStackTrace());
		Throwable cause = e.getCause();
		if (cause instanceof SQLException sql) {
			copy.initCause(sanitized(sql));
		} else if (cause != null) {
			RuntimeException other = new RuntimeException(cause.getClass().getName() + ": "
					+ withoutValues(cause.getMessage()));
			other.setStackTrace(cause.getStackTrace());
			copy.initCause(other);
		}
		return copy;
	}

	/** Derby's messages put values in single quotes; identifiers it names are upper case and kept. */
	static String withoutValues(String message) {
		if (message == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(message.length());
		int i = 0;
		while (i < message.length()) {
			int open = message.indexOf('\'', i);
			int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
			if (close < 0) {
				out.append(message, i, message.length());
				break;
			}
			String quoted = message.substring(open + 1, close);
			out.append(message, i, open + 1).append(isIdentifier(quoted) ? quoted : "\u2026").append('\'');
			i = close + 1;
		}
		return out.toString();
	}

	private static boolean isIdentifier(String s) {
		return !s.isEmpty() && s.length() <= 64 && s.chars().allMatch(c -> c == '_' || c == '.' || Character.isDigit(c)
				|| (c >= 'A' && c <= 'Z'));
	}
}
