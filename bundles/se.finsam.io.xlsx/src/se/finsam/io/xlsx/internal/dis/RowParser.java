package se.finsam.io.xlsx.internal.dis;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.internal.Messages;
import se.finsam.io.xlsx.internal.read.SheetRow;
import se.finsam.model.Gender;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.personal.InvalidPersonnummerException;
import se.finsam.model.personal.Personnummer;
import se.finsam.model.validation.ParticipantRules;

/**
 * Checks and converts every cell of a row into the value the model holds, or a problem naming the cell. Code-list
 * values match by code or label (memoised: a DIS repeats the same few texts a hundred thousand times).
 */
final class RowParser {

	/** The store's width, which the model's rules hold every participant to (the cell is named here). */
	private static final int MAX_CODE = ParticipantRules.MAX_CODE_LENGTH;
	private static final int MAX_AGE = 110;
	private static final int MIN_AGE = 15;

	private final CodeLists codes;
	private final LocalDate today;
	private final Map<String, Map<String, String>> matched = new HashMap<>();
	/** Dates and years: a DIS of 100 000 rows has a few thousand distinct ones. */
	private final Interner shared = new Interner(50_000);
	private static final int COLUMNS = DisColumn.values().length;
	private static final Map<DisColumn, String> LISTS = new EnumMap<>(DisColumn.class);

	static {
		LISTS.put(DisColumn.REFERRING_PARTY, CodeLists.PARTY_KIND);
		LISTS.put(DisColumn.SUPPORT_AT_START, CodeLists.SUPPORT);
		LISTS.put(DisColumn.SUPPORT_AT_EXIT, CodeLists.SUPPORT);
		LISTS.put(DisColumn.OCCUPATION_AT_START, CodeLists.OCCUPATION);
		LISTS.put(DisColumn.OCCUPATION_AT_EXIT, CodeLists.OCCUPATION);
		LISTS.put(DisColumn.EXIT_REASON, CodeLists.EXIT_REASON);
		LISTS.put(DisColumn.EMPLOYER_SECTOR, CodeLists.EMPLOYER_SECTOR);
	}

	RowParser(CodeLists codes, LocalDate today) {
		this.codes = codes;
		this.today = today;
	}

	/** The code list a column's values come from, or null. */
	static String list(DisColumn column) {
		return LISTS.get(column);
	}

	/** The row's values by {@link DisColumn#ordinal()}; null where the cell is empty or has a problem. */
	Object[] parse(Layout layout, SheetRow row, List<CellProblem> problems) {
		Object[] values = new Object[COLUMNS];
		for (int i = 0; i < layout.columns.length; i++) {
			DisColumn column = layout.columns[i];
			if (column == null || layout.indexOf(column) != i) {
				continue;
			}
			String text = row.text(i);
			if (text.isEmpty()) {
				continue;
			}
			if (row.kind(i) == SheetRow.ERROR) {
				problems.add(problem(layout, i, text, NLS.bind(Messages.Dis_errorCell, text), row));
				continue;
			}
			Object value = value(column, text, row.kind(i), layout.date1904);
			if (value instanceof Problem p) {
				String shown = column == DisColumn.PERSONNUMMER ? Personnummer.mask(text) : row.shown(i);
				problems.add(problem(layout, i, shown, p.message, row));
			} else {
				values[column.ordinal()] = value;
			}
		}
		return values;
	}

	/** The cell's name (F17) is made only for a problem: 2 000 000 cells of an import have none. */
	private static CellProblem problem(Layout layout, int column, String value, String message, SheetRow row) {
		return new CellProblem(layout.sheet, CellProblem.columnName(column) + row.number(), value, message, row.number());
	}

	private record Problem(String message) {
	}

	private Object value(DisColumn column, String text, byte kind, boolean date1904) {
		boolean numeric = kind == SheetRow.NUMBER || kind == SheetRow.PERCENT;
		return switch (column) {
		case CODE -> text.length() <= MAX_CODE ? text : new Problem(NLS.bind(Messages.Dis_codeTooLong, MAX_CODE));
		case PROJECT -> text;
		case CONSENT -> yesNo(text);
		case PERSONNUMMER -> personnummer(text);
		case GENDER -> gender(text);
		case BIRTH_YEAR, ENROLMENT_YEAR -> year(text);
		case AGE -> age(text);
		case ENROLMENT_DATE, EXIT_DATE -> date(text, numeric, date1904);
		case EXTENT, EXTENT_AT_EXIT -> percent(text, kind);
		case REFERRING_PARTY, SUPPORT_AT_START, SUPPORT_AT_EXIT, OCCUPATION_AT_START, OCCUPATION_AT_EXIT,
				EXIT_REASON, EMPLOYER_SECTOR -> code(LISTS.get(column), text);
		};
	}

	private Object personnummer(String text) {
		try {
			return Personnummer.parse(text, today).normalized();
		} catch (InvalidPersonnummerException e) {
			return new Problem(switch (e.problem()) {
			case FORMAT -> Messages.Dis_personnummerFormat;
			case DATE -> Messages.Dis_personnummerDate;
			case CHECK_DIGIT -> Messages.Dis_personnummerCheckDigit;
			});
		}
	}

	private static Object gender(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
		case "k", "kvinna", "kvinnor", "f", "female", "woman", "kv" -> Gender.FEMALE;
		case "m", "man", "män", "male", "men" -> Gender.MALE;
		case "annat", "okänt", "ej angivet", "vill ej uppge", "-", "?", "unspecified", "other" -> Gender.UNSPECIFIED;
		default -> new Problem(Messages.Dis_gender);
		};
	}

	private Object year(String text) {
		Integer year = CellValues.whole(text);
		return year != null && year >= 1900 && year <= today.getYear() ? shared.of(year)
				: new Problem(NLS.bind(Messages.Dis_year, today.getYear()));
	}

	private static Object age(String text) {
		Integer age = CellValues.whole(text);
		return age != null && age >= MIN_AGE && age <= MAX_AGE ? age
				: new Problem(NLS.bind(Messages.Dis_age, MIN_AGE, MAX_AGE));
	}

	private Object date(String text, boolean numeric, boolean date1904) {
		LocalDate date = CellValues.date(text, numeric, date1904);
		if (date == null) {
			return new Problem(Messages.Dis_date);
		}
		return date.isAfter(today) ? new Problem(NLS.bind(Messages.Dis_dateInFuture, today)) : shared.of(date);
	}

	private static Object percent(String text, byte kind) {
		Integer value = CellValues.percent(text, kind);
		return value != null && value >= 0 && value <= 100 ? value : new Problem(Messages.Dis_percent);
	}

	private static Object yesNo(String text) {
		Boolean value = CellValues.yesNo(text);
		return value != null ? value : new Problem(Messages.Dis_yesNo);
	}

	private Object code(String list, String text) {
		Map<String, String> known = matched.computeIfAbsent(list, l -> new HashMap<>());
		String code = known.get(text);
		if (code == null) {
			code = codes.match(list, text).map(e -> e.getCode()).orElse("");
			known.put(text, code);
		}
		if (!code.isEmpty()) {
			return code;
		}
		String allowed = codes.entries(list).stream().map(CodeLists::label).collect(Collectors.joining("; "));
		return new Problem(NLS.bind(Messages.Dis_unknownCode, allowed));
	}
}
