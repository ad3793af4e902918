package se.finsam.reports;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.finsam.core.Formats;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.TemplateKind;
import se.finsam.reports.internal.Messages;

/**
 * The period a report covers, by the kind of report (DOMAIN.md: "Report periods"), and the words of a template's
 * text that name it.
 *
 * <table>
 * <tr><th>kind</th><th>default period</th></tr>
 * <tr><td>annual</td><td>the last whole calendar year; the current one from December (when it is written)</td></tr>
 * <tr><td>interim</td><td>January–June of the current year; the previous year's before July</td></tr>
 * <tr><td>status</td><td>the last half-year; the current one in its last month (June, December)</td></tr>
 * <tr><td>final, custom</td><td>the project's granted period</td></tr>
 * <tr><td>evaluationPlan</td><td>none: a plan is written before there are figures</td></tr>
 * </table>
 * A periodic report (annual, interim, status) of a project whose granted period ended before that period begins
 * covers the project's last such period instead, the one holding its end: a status report of a project that ended in
 * August 2022 is about July–December 2022, not about a half-year in which it had no participants. Likewise a project
 * that has not begun gets the period holding its start.
 */
public final class ReportPeriods {

	/** The kind's name in the user's language: årsrapport, delårsrapport, … */
	public static String name(TemplateKind kind) {
		return switch (kind) {
		case ANNUAL -> Messages.Kind_annual;
		case INTERIM -> Messages.Kind_interim;
		case STATUS -> Messages.Kind_status;
		case FINAL -> Messages.Kind_final;
		case EVALUATION_PLAN -> Messages.Kind_plan;
		case CUSTOM -> Messages.Kind_custom;
		};
	}

	/** A period; both ends null for a report without one. */
	public record Span(LocalDate from, LocalDate to) {

		public static final Span NONE = new Span(null, null);

		public boolean isNone() {
			return from == null && to == null;
		}
	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(år|year|period|från|from|till|to)\\}");

	private ReportPeriods() {
	}

	public static Span defaultFor(TemplateKind kind, Project project, LocalDate today) {
		TemplateKind k = kind == null ? TemplateKind.CUSTOM : kind;
		return switch (k) {
		case ANNUAL, INTERIM, STATUS -> withinGranted(k, periodic(k, today), granted(project));
		case EVALUATION_PLAN -> Span.NONE;
		case FINAL, CUSTOM -> granted(project);
		};
	}

	/** The period of a periodic kind that the report written on {@code today} covers. */
	private static Span periodic(TemplateKind kind, LocalDate today) {
		int year = today.getYear();
		int month = today.getMonthValue();
		return switch (kind) {
		case ANNUAL -> calendarYear(month == 12 ? year : year - 1);
		case INTERIM -> firstHalf(month >= 7 ? year : year - 1);
		default -> month == 6 ? firstHalf(year)
				: month == 12 ? secondHalf(year) : month < 6 ? secondHalf(year - 1) : firstHalf(year);
		};
	}

	/** The period of that kind holding the project's end (or start) when {@code span} lies wholly after (before) it. */
	private static Span withinGranted(TemplateKind kind, Span span, Span granted) {
		if (granted.to() != null && span.from().isAfter(granted.to())) {
			return holding(kind, granted.to());
		}
		if (granted.from() != null && span.to().isBefore(granted.from())) {
			return holding(kind, granted.from());
		}
		return span;
	}

	private static Span holding(TemplateKind kind, LocalDate day) {
		int year = day.getYear();
		return switch (kind) {
		case ANNUAL -> calendarYear(year);
		case INTERIM -> firstHalf(year);
		default -> day.getMonthValue() <= 6 ? firstHalf(year) : secondHalf(year);
		};
	}

	/** The template's default period with the user's own ends where given (--from, --to, the dialog). */
	public static Span choose(TemplateKind kind, Project project, LocalDate today, LocalDate from, LocalDate to) {
		Span span = defaultFor(kind, project, today);
		return new Span(from != null ? from : span.from(), to != null ? to : span.to());
	}

	/** The report's period as stored with it. */
	public static Span of(Period period) {
		return period == null ? Span.NONE : new Span(period.getStart(), period.getEnd());
	}

	/**
	 * A template's text with the period filled in: {@code {år}} (or {@code {year}}) is the year, or "2024–2025" when
	 * the period spans years; {@code {period}} is "2025-01-01 – 2025-12-31"; {@code {från}}/{@code {from}} and
	 * {@code {till}}/{@code {to}} are its ends. Without a period they become "–". Other braces stay as written.
	 */
	public static String fill(String text, Span span) {
		if (text == null || text.indexOf('{') < 0) {
			return text;
		}
		String none = "–";
		String from = span.from() == null ? none : Formats.date(span.from());
		String to = span.to() == null ? none : Formats.date(span.to());
		String year = span.to() == null && span.from() == null ? none
				: span.from() == null || span.to() == null ? String.valueOf((span.to() != null ? span.to() : span.from()).getYear())
						: span.from().getYear() == span.to().getYear() ? String.valueOf(span.to().getYear())
								: span.from().getYear() + "–" + span.to().getYear();
		String period = span.isNone() ? none : from + " – " + to;
		Map<String, String> values = Map.of("år", year, "year", year, "period", period, "från", from, "from", from,
				"till", to, "to", to);
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static Span granted(Project project) {
		Period p = project == null ? null : project.getGrantedPeriod();
		return p == null ? Span.NONE : new Span(p.getStart(), p.getEnd());
	}

	private static Span calendarYear(int year) {
		return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private static Span firstHalf(int year) {
		return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
	}

	private static Span secondHalf(int year) {
		return new Span(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
	}
}
