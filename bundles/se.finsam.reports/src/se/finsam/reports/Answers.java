package se.finsam.reports;

import java.util.Optional;

import se.finsam.model.Answer;
import se.finsam.model.ReportInstance;

/**
 * Where a report keeps its answers: one {@link Answer} per part id; a checklist keeps one per statement under
 * {@code partId/itemId}; a signature block keeps {@code date} and {@code name} in the answer's values.
 */
public final class Answers {

	public static final String DATE = "date";
	public static final String NAME = "name";

	private Answers() {
	}

	public static String checklistKey(String partId, String itemId) {
		return partId + "/" + itemId;
	}

	public static Optional<Answer> find(ReportInstance report, String partId) {
		return report.getAnswers().stream().filter(a -> partId.equals(a.getPartId())).findFirst();
	}

	/** The answer's text, or "" when there is none. */
	public static String text(ReportInstance report, String partId) {
		return find(report, partId).map(Answer::getText).orElse("");
	}

	/** A value of the answer's map (signature date and name), or "". */
	public static String value(ReportInstance report, String partId, String key) {
		return find(report, partId).map(a -> a.getValues().get(key)).orElse("");
	}

	/** Yes, no, or null when not answered. */
	public static Boolean checked(ReportInstance report, String partId, String itemId) {
		return find(report, checklistKey(partId, itemId)).map(Answer::getChecked).orElse(null);
	}
}
