package se.finsam.model.personal;

import java.util.regex.Pattern;

/** A Swedish organisationsnummer: NNNNNN-NNNN, Luhn check digit, third digit 2 or more. */
public final class OrganisationNumber {

	private static final Pattern FORM = Pattern.compile("(16)?(\\d{6})-?(\\d{4})");

	private OrganisationNumber() {
	}

	public static boolean isValid(String text) {
		if (text == null) {
			return false;
		}
		var m = FORM.matcher(text.strip());
		if (!m.matches()) {
			return false;
		}
		String digits = m.group(2) + m.group(3);
		return digits.charAt(2) >= '2' && Luhn.valid(digits);
	}
}
