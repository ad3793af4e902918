package se.finsam.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import se.finsam.model.Association;
import se.finsam.model.AttributeDefinition;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.Dropout;
import se.finsam.model.FlatRate;
import se.finsam.model.Goal;
import se.finsam.model.LocalGroup;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;
import se.finsam.model.Party;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.model.Signature;

/**
 * How a message names the object it is about, so the user knows where to look: "Insatsen 2014:35",
 * "Deltagare K-0042", "Budgetposten "Läkare 20 %", år 2016". Participants are named by code only, never by
 * personnummer.
 */
public final class Labels {

	private Labels() {
	}

	public static String of(EObject object) {
		if (object instanceof Association a) {
			return NLS.bind(Messages.Label_association, text(a.getName()));
		} else if (object instanceof Party p) {
			return NLS.bind(Messages.Label_party, text(p.getName()));
		} else if (object instanceof Project p) {
			return NLS.bind(Messages.Label_project, text(p.getDiarienummer()) + (p.getName() == null ? ""
					: " " + text(p.getName())));
		} else if (object instanceof Participant p) {
			return NLS.bind(Messages.Label_participant, text(p.getCode()));
		} else if (object instanceof Period period) {
			return periodLabel(period);
		} else if (object instanceof Dropout d) {
			return NLS.bind(Messages.Label_dropout, of(d.eContainer()));
		} else if (object instanceof BudgetLine line) {
			return NLS.bind(Messages.Label_budgetLine, text(line.getLabel()));
		} else if (object instanceof BudgetAmount amount) {
			BudgetLine line = (BudgetLine) amount.eContainer();
			return NLS.bind(Messages.Label_budgetAmount, line == null ? "" : text(line.getLabel()), amount.getYear());
		} else if (object instanceof FlatRate rate) {
			return NLS.bind(Messages.Label_flatRate, text(rate.getLabel()));
		} else if (object instanceof Goal goal && goal.eContainer() instanceof Project p) {
			return NLS.bind(Messages.Label_goal, of(p), p.getGoals().indexOf(goal) + 1);
		} else if (object instanceof Signature signature) {
			return NLS.bind(Messages.Label_signature, of(signature.eContainer()));
		} else if (object instanceof LocalGroup g) {
			return NLS.bind(Messages.Label_localGroup, text(g.getName()));
		} else if (object instanceof AttributeDefinition d) {
			return NLS.bind(Messages.Label_attribute, text(d.getName()));
		} else if (object instanceof Measurement m && m.eContainer() instanceof Participant p) {
			boolean start = p.getStartMeasurement() == m;
			return NLS.bind(start ? Messages.Label_measurementStart : Messages.Label_measurementExit, text(p.getCode()));
		}
		return object == null ? "" : object.eClass().getName();
	}

	private static String periodLabel(Period period) {
		EObject owner = period.eContainer();
		if (owner instanceof Project project) {
			String which = project.getGrantedPeriod() == period ? Messages.Label_grantedPeriod
					: Messages.Label_earlierPeriod;
			return NLS.bind(which, of(project));
		} else if (owner instanceof ReportInstance report) {
			return NLS.bind(Messages.Label_reportPeriod, of(report.eContainer()));
		}
		return NLS.bind(Messages.Label_period, owner == null ? "" : of(owner));
	}

	/** The name, its beginning where it is long (one too long for the store is named by it, and must stay readable). */
	private static String text(String value) {
		if (value == null || value.isBlank()) {
			return Messages.Label_unnamed;
		}
		if (value.length() <= LONGEST) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(LONGEST - 2)) ? LONGEST - 2 : LONGEST - 1; // not half a character
		return value.substring(0, end).stripTrailing() + "\u2026";
	}

	private static final int LONGEST = 80;
}
