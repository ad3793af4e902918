package se.finsam.model.validation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;

import se.finsam.model.Dropout;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Participant;
import se.finsam.model.Period;
import se.finsam.model.Project;

/** Rules of a project (insats), its periods and its dropout. */
public final class ProjectRules {

	private ProjectRules() {
	}

	/** Whether the text is a diarienummer in the association's format (by default 2014:35, 2014:35a). */
	public static boolean isDiarienummer(String text, se.finsam.model.Association association) {
		return Diarienummer.matches(Diarienummer.formatOf(association), text);
	}

	public static boolean diarienummerFormat(Project p, DiagnosticChain d, Map<Object, Object> context) {
		String dnr = p.getDiarienummer();
		if (Rules.isBlank(dnr)) {
			return Rules.error(d, p, Literals.PROJECT__DIARIENUMMER, Messages.Rule_diarienummerRequired,
					Labels.of(p));
		}
		String format = Diarienummer.formatOf(p.eContainer() instanceof se.finsam.model.Association a ? a : null);
		return Diarienummer.matches(format, dnr) || Rules.error(d, p, Literals.PROJECT__DIARIENUMMER,
				Messages.Rule_diarienummerFormat, Labels.of(p), dnr, format, Diarienummer.example(format));
	}

	public static boolean nameRequired(Project p, DiagnosticChain d, Map<Object, Object> context) {
		return !Rules.isBlank(p.getName())
				|| Rules.error(d, p, Literals.PROJECT__NAME, Messages.Rule_nameRequired, Labels.of(p));
	}

	public static boolean uniqueParticipantCodes(Project p, DiagnosticChain d, Map<Object, Object> context) {
		Set<String> seen = new HashSet<>();
		boolean ok = true;
		for (Participant participant : p.getParticipants()) {
			String code = participant.getCode();
			if (!Rules.isBlank(code) && !seen.add(code.strip())) {
				ok = Rules.error(d, participant, Literals.PARTICIPANT__CODE, Messages.Rule_duplicateParticipantCode,
						Labels.of(participant), code) && ok;
			}
		}
		return ok;
	}

	/** A warning: the owner usually takes part, but a report can still be written without it. */
	public static boolean ownerIsParticipating(Project p, DiagnosticChain d, Map<Object, Object> context) {
		if (p.getOwner() == null || p.getParticipatingParties().isEmpty()
				|| p.getParticipatingParties().contains(p.getOwner())) {
			return true;
		}
		return Rules.warning(d, p, Literals.PROJECT__OWNER, Messages.Rule_ownerNotParticipating, Labels.of(p),
				p.getOwner().getName());
	}

	public static boolean endNotBeforeStart(Period p, DiagnosticChain d, Map<Object, Object> context) {
		if (p.getStart() == null || p.getEnd() == null || !p.getEnd().isBefore(p.getStart())) {
			return true;
		}
		return Rules.error(d, p, Literals.PERIOD__END, Messages.Rule_endBeforeStart, Labels.of(p),
				Rules.date(p.getStart()), Rules.date(p.getEnd()));
	}

	public static boolean countAndShareInRange(Dropout dropout, DiagnosticChain d, Map<Object, Object> context) {
		boolean ok = true;
		if (dropout.getCount() != null && dropout.getCount() < 0) {
			ok = Rules.error(d, dropout, Literals.DROPOUT__COUNT, Messages.Rule_dropoutCount, Labels.of(dropout),
					dropout.getCount());
		}
		BigDecimal share = dropout.getShare();
		if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
			ok = Rules.error(d, dropout, Literals.DROPOUT__SHARE, Messages.Rule_dropoutShare, Labels.of(dropout),
					Rules.number(share)) && ok;
		}
		return ok;
	}
}
