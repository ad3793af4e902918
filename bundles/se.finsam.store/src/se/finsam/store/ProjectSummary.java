package se.finsam.store;

import java.time.LocalDate;

import se.finsam.model.ProjectKind;

/**
 * A project as listed: what {@code ./finsam list projects} prints.
 *
 * @param participants how many, or {@link #SUPPRESSED} where a team server's reader may not see a count this small
 */
public record ProjectSummary(String id, String diarienummer, String name, ProjectKind kind, LocalDate start,
		LocalDate end, int participants) {

	/** A count of fewer than {@link #SMALLEST_SHOWN} persons, not shown to a reader ("<5"). */
	public static final int SUPPRESSED = -1;
	/** The smallest count of persons a reader sees as it is. */
	public static final int SMALLEST_SHOWN = 5;

	/** True when the count is hidden from this user: show "<5". */
	public boolean suppressed() {
		return participants == SUPPRESSED;
	}
}
