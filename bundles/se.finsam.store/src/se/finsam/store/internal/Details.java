package se.finsam.store.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import se.finsam.core.Formats;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;

/**
 * The DETAILS column of a participant: measurement dates, survey answers (SUS M1/M2) and extra attributes, as
 * key=value lines. Keys: "@start" and "@exit" (a measurement's date, or empty), "s." + answer at start, "e." +
 * answer at exit, "x." + extra attribute, "p." + personal extra attribute, its value sealed like a personnummer.
 */
final class Details {

	private static final String START = "@start";
	private static final String EXIT = "@exit";

	private Details() {
	}

	/**
	 * @param personal the names of the personal extra attributes
	 * @param seal what a personal value becomes (the cipher's encryption; unchanged for a fingerprint)
	 */
	static String write(Participant p, Set<String> personal, UnaryOperator<String> seal) {
		Map<String, String> all = new LinkedHashMap<>();
		measurement(all, START, "s.", p.getStartMeasurement());
		measurement(all, EXIT, "e.", p.getExitMeasurement());
		for (Map.Entry<String, String> e : p.getExtraAttributes()) {
			if (personal.contains(e.getKey())) {
				all.put("p." + e.getKey(), e.getValue() == null || e.getValue().isEmpty() ? "" : seal.apply(e.getValue()));
			} else {
				all.put("x." + e.getKey(), e.getValue());
			}
		}
		return KeyValues.encode(all);
	}

	/** @param unseal what a sealed personal value was (the cipher's decryption) */
	static void read(String text, Participant p, BigDecimal startIndex, Integer startVas, BigDecimal exitIndex,
			Integer exitVas, UnaryOperator<String> unseal) {
		Map<String, String> all = new LinkedHashMap<>();
		KeyValues.decode(text, all);
		p.setStartMeasurement(measurement(all, START, "s.", startIndex, startVas));
		p.setExitMeasurement(measurement(all, EXIT, "e.", exitIndex, exitVas));
		for (Map.Entry<String, String> e : all.entrySet()) {
			if (e.getKey().startsWith("x.")) {
				p.getExtraAttributes().put(e.getKey().substring(2), e.getValue());
			} else if (e.getKey().startsWith("p.")) {
				p.getExtraAttributes().put(e.getKey().substring(2),
						e.getValue() == null || e.getValue().isEmpty() ? "" : unseal.apply(e.getValue()));
			}
		}
	}

	private static void measurement(Map<String, String> all, String marker, String prefix, Measurement m) {
		if (m == null) {
			return;
		}
		all.put(marker, m.getDate() == null ? "" : m.getDate().toString());
		for (Map.Entry<String, String> e : m.getAnswers()) {
			all.put(prefix + e.getKey(), e.getValue());
		}
	}

	private static Measurement measurement(Map<String, String> all, String marker, String prefix, BigDecimal index,
			Integer vas) {
		if (!all.containsKey(marker) && index == null && vas == null) {
			return null;
		}
		Measurement m = FinsamFactory.eINSTANCE.createMeasurement();
		String date = all.get(marker);
		m.setDate(date == null || date.isEmpty() ? null : Formats.isoDate(date));
		m.setEq5dIndex(index);
		m.setEq5dVas(vas);
		for (Map.Entry<String, String> e : all.entrySet()) {
			if (e.getKey().startsWith(prefix)) {
				m.getAnswers().put(e.getKey().substring(prefix.length()), e.getValue());
			}
		}
		return m;
	}
}
