package se.finsam.calc.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.finsam.calc.Actor;
import se.finsam.calc.CalcException;

/** Typed access to a parsed JSON object; every failure names the field's path (such as {@code after[1].share}). */
public final class Fields {

	private final Map<String, Object> map;
	private final String path;

	public Fields(Map<String, Object> map, String path) {
		this.map = map;
		this.path = path;
	}

	@SuppressWarnings("unchecked")
	public static Fields of(Object value, String path) throws CalcException {
		if (!(value instanceof Map<?, ?>)) {
			throw new CalcException(NLS.bind(Messages.Field_notObject, path));
		}
		return new Fields((Map<String, Object>) value, path);
	}

	public java.util.Set<String> keys() {
		return map.keySet();
	}

	public boolean has(String key) {
		return map.get(key) != null;
	}

	public String path(String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	public String text(String key) throws CalcException {
		Object v = map.get(key);
		if (!(v instanceof String s) || s.isBlank()) {
			throw new CalcException(NLS.bind(Messages.Field_text, path(key)));
		}
		return s;
	}

	public String optionalText(String key) {
		Object v = map.get(key);
		return v == null ? "" : String.valueOf(v);
	}

	public boolean bool(String key) throws CalcException {
		Object v = map.get(key);
		if (v == null) {
			return false;
		}
		if (!(v instanceof Boolean b)) {
			throw new CalcException(NLS.bind(Messages.Field_bool, path(key)));
		}
		return b;
	}

	public BigDecimal number(String key) throws CalcException {
		if (!has(key)) {
			throw new CalcException(NLS.bind(Messages.Field_missing, path(key)));
		}
		return number(map.get(key), path(key));
	}

	/** The number, or the default when the field is absent. */
	public BigDecimal number(String key, BigDecimal fallback) throws CalcException {
		return has(key) ? number(map.get(key), path(key)) : fallback;
	}

	/** A share 0–1 (default when absent). */
	public BigDecimal share(String key, BigDecimal fallback) throws CalcException {
		BigDecimal v = number(key, fallback);
		if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0)) {
			throw new CalcException(NLS.bind(Messages.Field_share, path(key), v.toPlainString()));
		}
		return v;
	}

	/** A number ≥ 0. */
	public BigDecimal amount(String key, BigDecimal fallback) throws CalcException {
		BigDecimal v = number(key, fallback);
		if (v != null && v.signum() < 0) {
			throw new CalcException(NLS.bind(Messages.Field_negative, path(key), v.toPlainString()));
		}
		return v;
	}

	public int integer(String key) throws CalcException {
		return integer(number(key), path(key));
	}

	public int integer(String key, int fallback) throws CalcException {
		return has(key) ? integer(number(key), path(key)) : fallback;
	}

	/** A whole number from min to max (default when absent): a horizon of 500 000 000 years is a typing error. */
	public int integer(String key, int fallback, int min, int max) throws CalcException {
		int v = integer(key, fallback);
		if (v < min || v > max) {
			throw new CalcException(NLS.bind(Messages.Field_range, new Object[] { path(key), v, min, max }));
		}
		return v;
	}

	public Actor actor(String key) throws CalcException {
		Actor a = Actor.byKey(text(key));
		if (a == null) {
			throw new CalcException(NLS.bind(Messages.Field_actor, path(key), actors()));
		}
		return a;
	}

	@SuppressWarnings("unchecked")
	public Map<String, Object> object(String key) throws CalcException {
		Object v = map.get(key);
		if (v == null) {
			return Map.of();
		}
		if (!(v instanceof Map<?, ?>)) {
			throw new CalcException(NLS.bind(Messages.Field_notObject, path(key)));
		}
		return (Map<String, Object>) v;
	}

	public List<?> list(String key) throws CalcException {
		Object v = map.get(key);
		if (v == null) {
			return List.of();
		}
		if (!(v instanceof List<?> l)) {
			throw new CalcException(NLS.bind(Messages.Field_notList, path(key)));
		}
		return l;
	}

	public static BigDecimal number(Object v, String path) throws CalcException {
		if (!(v instanceof BigDecimal d)) {
			throw new CalcException(NLS.bind(Messages.Field_number, path));
		}
		return d;
	}

	public static int integer(Object v, String path) throws CalcException {
		BigDecimal d = v instanceof String s ? parse(s, path) : number(v, path);
		try {
			return d.intValueExact();
		} catch (ArithmeticException e) {
			throw new CalcException(NLS.bind(Messages.Field_integer, path));
		}
	}

	private static BigDecimal parse(String s, String path) throws CalcException {
		try {
			return new BigDecimal(s);
		} catch (NumberFormatException e) {
			throw new CalcException(NLS.bind(Messages.Field_integer, path));
		}
	}

	public static String actors() {
		StringBuilder out = new StringBuilder();
		for (Actor a : Actor.values()) {
			out.append(out.length() == 0 ? "" : ", ").append(a.key());
		}
		return out.toString();
	}
}
