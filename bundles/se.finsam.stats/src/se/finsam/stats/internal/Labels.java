package se.finsam.stats.internal;

import org.eclipse.osgi.util.NLS;

import se.finsam.model.Gender;

/** Words for the figures, in the user's language. */
final class Labels {

	private Labels() {
	}

	static String gender(Gender gender) {
		return switch (gender) {
		case FEMALE -> Messages.Gender_female;
		case MALE -> Messages.Gender_male;
		default -> Messages.Gender_unspecified;
		};
	}

	/** For keys "-19", "20-24", "60-" and "unknown". */
	static String ageGroup(String key) {
		if (key.equals("unknown")) {
			return Messages.Age_unknown;
		}
		if (key.startsWith("-")) {
			return NLS.bind(Messages.Age_under, Integer.parseInt(key.substring(1)) + 1);
		}
		if (key.endsWith("-")) {
			return NLS.bind(Messages.Age_over, key.substring(0, key.length() - 1));
		}
		String[] ends = key.split("-");
		return NLS.bind(Messages.Age_range, ends[0], ends[1]);
	}

	static String total() {
		return Messages.Total;
	}

	static String totalCosts() {
		return Messages.TotalCosts;
	}
}
