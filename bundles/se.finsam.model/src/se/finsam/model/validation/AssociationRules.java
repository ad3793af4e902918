package se.finsam.model.validation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;

import se.finsam.model.Association;
import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Party;
import se.finsam.model.Project;
import se.finsam.model.personal.OrganisationNumber;

/** Rules of an association and its parties. */
public final class AssociationRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	private AssociationRules() {
	}

	public static boolean nameRequired(Association a, DiagnosticChain d, Map<Object, Object> context) {
		return !Rules.isBlank(a.getName())
				|| Rules.error(d, a, Literals.ASSOCIATION__NAME, Messages.Rule_nameRequired, Labels.of(a));
	}

	/** Gallring after 0 to 100 years: a negative period, or a century and more, is a typing error. */
	public static boolean retentionInRange(Association a, DiagnosticChain d, Map<Object, Object> context) {
		Integer years = a.getRetentionYears();
		return years == null || years >= 0 && years <= MAX_RETENTION_YEARS || Rules.error(d, a,
				Literals.ASSOCIATION__RETENTION_YEARS, Messages.Rule_retentionYears, Labels.of(a), years,
				MAX_RETENTION_YEARS);
	}

	/** The longest retention a förbund may set. */
	public static final int MAX_RETENTION_YEARS = 100;
	/** Identities are erased this many years after exit unless the förbund decides otherwise. */
	public static final int DEFAULT_RETENTION_YEARS = 2;

	public static boolean validOrganisationNumber(Association a, DiagnosticChain d, Map<Object, Object> context) {
		String number = a.getOrganisationNumber();
		return Rules.isBlank(number) || OrganisationNumber.isValid(number) || Rules.error(d, a,
				Literals.ASSOCIATION__ORGANISATION_NUMBER, Messages.Rule_organisationNumber, Labels.of(a), number);
	}

	/** Shares, when any is given, must add up to 100 %. */
	public static boolean financingSharesSumTo100(Association a, DiagnosticChain d, Map<Object, Object> context) {
		if (a.getParties().stream().allMatch(p -> p.getFinancingShare() == null)) {
			return true;
		}
		BigDecimal sum = a.getParties().stream().map(Party::getFinancingShare).filter(s -> s != null)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) <= 0 || Rules.error(d, a,
				Literals.ASSOCIATION__PARTIES, Messages.Rule_sharesSum, Labels.of(a), Rules.number(sum));
	}

	public static boolean uniqueDiarienummer(Association a, DiagnosticChain d, Map<Object, Object> context) {
		Set<String> seen = new HashSet<>();
		boolean ok = true;
		for (Project project : a.getProjects()) {
			String dnr = project.getDiarienummer();
			if (!Rules.isBlank(dnr) && !seen.add(dnr.strip())) {
				ok = Rules.error(d, project, Literals.PROJECT__DIARIENUMMER, Messages.Rule_duplicateDiarienummer,
						Labels.of(project), dnr) && ok;
			}
		}
		return ok;
	}

	public static boolean partyNameRequired(Party p, DiagnosticChain d, Map<Object, Object> context) {
		return !Rules.isBlank(p.getName())
				|| Rules.error(d, p, Literals.PARTY__NAME, Messages.Rule_nameRequired, Labels.of(p));
	}

	public static boolean nonNegativeShare(Party p, DiagnosticChain d, Map<Object, Object> context) {
		return !Rules.isNegative(p.getFinancingShare()) || Rules.error(d, p, Literals.PARTY__FINANCING_SHARE,
				Messages.Rule_negativeShare, Labels.of(p), Rules.number(p.getFinancingShare()));
	}
}
