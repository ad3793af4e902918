package se.finsam.calc;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import se.finsam.calc.internal.Fields;
import se.finsam.calc.internal.Messages;
import se.finsam.core.JsonReader;

/**
 * Benefit levels, tax rates, wages and unit costs as versioned data: each value has the year it applies to and its
 * source. Shipped in {@code data/standard-values.json}; a förbund's own file overrides per key and year. Amounts
 * marked {@code indexed} are moved to the evaluation's price year with the KPI series (also data).
 */
public final class StandardValues {

	/** One value as the data file gives it. */
	public record Value(String key, int year, BigDecimal value, String unit, boolean indexed, String source) {
	}

	/** Who pays a support, and whether it is taxed as income. */
	public record SupportRule(Actor payer, boolean taxable) {
	}

	private final Map<String, List<Value>> values = new LinkedHashMap<>();
	private final TreeMap<Integer, BigDecimal> kpi = new TreeMap<>();
	private final Map<String, SupportRule> supports = new LinkedHashMap<>();
	private String kpiSource = "";

	private StandardValues() {
	}

	private static volatile StandardValues shipped;

	/** The shipped values (read once: nothing changes them, {@link #with} makes a new set). */
	public static StandardValues defaults() throws CalcException {
		StandardValues result = shipped;
		if (result == null) {
			result = load(List.of(StandardValues.class.getResource("/data/standard-values.json")));
			shipped = result;
		}
		return result;
	}

	/** The förbund's own values in a data location, laid over the shipped ones when present. */
	public static final String OWN_FILE = "standard-values.json";

	/**
	 * The shipped values with the förbund's own file {@value #OWN_FILE} in the data location on top, when there is
	 * one: the workbench and {@code ./finsam calc} then compute with the same figures.
	 */
	public static StandardValues forDataLocation(java.nio.file.Path dataLocation) throws CalcException {
		StandardValues values = defaults();
		java.nio.file.Path own = dataLocation == null ? null : dataLocation.resolve(OWN_FILE);
		if (own != null && java.nio.file.Files.isRegularFile(own)) {
			try {
				values = values.with(own.toUri().toURL());
			} catch (java.net.MalformedURLException e) {
				throw new CalcException(NLS.bind(Messages.Values_unreadable, own, e.getMessage()));
			}
		}
		return values;
	}

	/** The files in order, later ones overriding earlier ones per key and year. */
	public static StandardValues load(List<URL> files) throws CalcException {
		StandardValues result = new StandardValues();
		for (URL file : files) {
			result.merge(file);
		}
		return result;
	}

	/** These values with a förbund's own file on top. */
	public StandardValues with(URL file) throws CalcException {
		StandardValues result = new StandardValues();
		values.forEach((k, v) -> result.values.put(k, new ArrayList<>(v)));
		result.kpi.putAll(kpi);
		result.supports.putAll(supports);
		result.kpiSource = kpiSource;
		result.merge(file);
		return result;
	}

	/**
	 * The value of a key for a year: the entry of that year, else the latest earlier one (else the earliest), moved
	 * to the year's price level with the KPI when it is an amount.
	 */
	public BigDecimal get(String key, int year) throws CalcException {
		Value v = entry(key, year);
		if (!v.indexed() || v.year() == year) {
			return v.value();
		}
		return v.value().multiply(kpi(year)).divide(kpi(v.year()), MathContext.DECIMAL64);
	}

	/** The entry {@link #get} starts from (its year and source). */
	public Value entry(String key, int year) throws CalcException {
		List<Value> all = values.get(key);
		if (all == null || all.isEmpty()) {
			throw new CalcException(NLS.bind(Messages.Values_missing, key));
		}
		Value chosen = all.get(0);
		for (Value v : all) {
			if (v.year() <= year) {
				chosen = v;
			}
		}
		return chosen;
	}

	public SupportRule support(String code) throws CalcException {
		SupportRule rule = supports.get(code);
		if (rule == null) {
			throw new CalcException(NLS.bind(Messages.Values_unknownSupport, code, String.join(", ", supports.keySet())));
		}
		return rule;
	}

	/** The support codes with a payer rule: the ones a type case can use. */
	public java.util.Set<String> supportCodes() {
		return java.util.Collections.unmodifiableSet(supports.keySet());
	}

	public String kpiSource() {
		return kpiSource;
	}

	private BigDecimal kpi(int year) throws CalcException {
		BigDecimal index = kpi.get(year);
		if (index == null) {
			throw new CalcException(NLS.bind(Messages.Values_noKpi, year, kpi.isEmpty() ? "-" : kpi.firstKey() + "–" + kpi.lastKey()));
		}
		return index;
	}

	@SuppressWarnings("unchecked")
	private void merge(URL file) throws CalcException {
		Map<String, Object> root;
		try (InputStream in = file.openStream()) {
			Object parsed = JsonReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			if (!(parsed instanceof Map<?, ?>)) {
				throw new CalcException(NLS.bind(Messages.Values_notObject, file));
			}
			root = (Map<String, Object>) parsed;
		} catch (IOException | JsonReader.SyntaxException e) {
			throw new CalcException(NLS.bind(Messages.Values_unreadable, file, e.getMessage()));
		}
		Fields f = new Fields(root, "");
		for (Map.Entry<String, Object> e : f.object("kpi").entrySet()) {
			if (e.getKey().equals("about")) {
				kpiSource = String.valueOf(e.getValue());
			} else {
				kpi.put(Fields.integer(e.getKey(), "kpi." + e.getKey()), Fields.number(e.getValue(), "kpi." + e.getKey()));
			}
		}
		int i = 0;
		for (Object item : f.list("values")) {
			Fields v = Fields.of(item, "values[" + i++ + "]");
			Value value = new Value(v.text("key"), v.integer("year"), v.number("value"), v.optionalText("unit"),
					v.bool("indexed"), v.text("source"));
			List<Value> list = values.computeIfAbsent(value.key(), k -> new ArrayList<>());
			list.removeIf(old -> old.year() == value.year());
			list.add(value);
			list.sort(Comparator.comparingInt(Value::year));
		}
		for (Map.Entry<String, Object> e : f.object("supports").entrySet()) {
			if (!e.getKey().equals("about")) {
				Fields s = Fields.of(e.getValue(), "supports." + e.getKey());
				supports.put(e.getKey(), new SupportRule(s.actor("payer"), s.bool("taxable")));
			}
		}
	}
}
