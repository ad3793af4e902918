package se.finsam.model.personal;

/** The Luhn (mod 10) check used by Swedish personnummer and organisationsnummer. */
final class Luhn {

	private Luhn() {
	}

	/** Whether the last digit of the ten digits is their Luhn check digit. */
	static boolean valid(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < tenDigits.length(); i++) {
			int digit = tenDigits.charAt(i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}
}
