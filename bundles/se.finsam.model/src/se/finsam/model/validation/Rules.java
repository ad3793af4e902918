package se.finsam.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * Helpers shared by the rule classes. A diagnostic's data is {@code [object, feature]}, so that editors can put
 * the message at the field.
 */
final class Rules {

	static final String SOURCE = "se.finsam.model";
	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private Rules() {
	}

	static boolean error(DiagnosticChain diagnostics, EObject object, EStructuralFeature feature, String message,
			Object... bindings) {
		return report(Diagnostic.ERROR, diagnostics, object, feature, message, bindings);
	}

	static boolean warning(DiagnosticChain diagnostics, EObject object, EStructuralFeature feature, String message,
			Object... bindings) {
		report(Diagnostic.WARNING, diagnostics, object, feature, message, bindings);
		return true;
	}

	private static boolean report(int severity, DiagnosticChain diagnostics, EObject object,
			EStructuralFeature feature, String message, Object... bindings) {
		if (diagnostics != null) {
			Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
			diagnostics.add(new BasicDiagnostic(severity, SOURCE, 0, NLS.bind(message, bindings), data));
		}
		return false;
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static boolean isNegative(BigDecimal value) {
		return value != null && value.signum() < 0;
	}

	static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** An amount as users write it in Swedish: 1 234 567,5 (grouping with spaces, decimal comma). */
	static String number(BigDecimal value) {
		return number(value, 2);
	}

	/** As {@link #number(BigDecimal)}, with up to that many decimals. */
	static String number(BigDecimal value, int decimals) {
		java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
		boolean swedish = !"en".equals(java.util.Locale.getDefault().getLanguage());
		symbols.setGroupingSeparator(swedish ? '\u00a0' : ',');
		symbols.setDecimalSeparator(swedish ? ',' : '.');
		return new java.text.DecimalFormat("#,##0." + "#".repeat(decimals), symbols).format(value);
	}
}
