package se.finsam.reports;

import java.util.stream.Collectors;

import se.finsam.core.Formats;
import se.finsam.model.Party;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.reports.internal.Messages;

/** The project's own fields by the names templates use ({@code source} of a question, facts of a facts table). */
public final class ProjectFields {

	private ProjectFields() {
	}

	/** The field as text; "" for an unknown name or an empty field. */
	public static String text(Project p, String name) {
		String value = switch (name) {
		case "name" -> p.getName();
		case "diarienummer" -> p.getDiarienummer();
		case "kind" -> p.getKind() == ProjectKind.LONG_TERM_COOPERATION ? Messages.Kind_longTerm : Messages.Kind_project;
		case "owner" -> p.getOwner() == null ? null : p.getOwner().getName();
		case "parties" -> p.getParticipatingParties().stream().map(Party::getName).collect(Collectors.joining(", "));
		case "grantedPeriod" -> period(p.getGrantedPeriod());
		case "earlierPeriods" -> p.getEarlierPeriods().stream().map(ProjectFields::period)
				.collect(Collectors.joining(", "));
		case "targetGroup" -> p.getTargetGroup();
		case "resources" -> p.getResources();
		case "methods" -> p.getMethods();
		case "activities" -> p.getActivities();
		case "content" -> join(p.getResources(), p.getMethods(), p.getActivities());
		case "successFactors" -> p.getSuccessFactors();
		case "systemFaults" -> p.getSystemFaults();
		case "steeringGroupAnalysis" -> p.getSteeringGroupAnalysis();
		default -> null;
		};
		return value == null ? "" : value;
	}

	/** The label of a fact in a facts table. */
	public static String label(String name) {
		return switch (name) {
		case "name" -> Messages.Fact_name;
		case "diarienummer" -> Messages.Fact_diarienummer;
		case "kind" -> Messages.Fact_kind;
		case "owner" -> Messages.Fact_owner;
		case "parties" -> Messages.Fact_parties;
		case "grantedPeriod" -> Messages.Fact_grantedPeriod;
		case "earlierPeriods" -> Messages.Fact_earlierPeriods;
		case "reportPeriod" -> Messages.Fact_reportPeriod;
		default -> name;
		};
	}

	public static String period(Period period) {
		if (period == null || period.getStart() == null && period.getEnd() == null) {
			return "";
		}
		return Formats.date(period.getStart()) + " " + Messages.Period_to + " " + Formats.date(period.getEnd());
	}

	private static String join(String... parts) {
		StringBuilder out = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				out.append(out.length() > 0 ? "\n\n" : "").append(part.strip());
			}
		}
		return out.toString();
	}
}
