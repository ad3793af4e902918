package se.finsam.calc;

/**
 * One participant's support and occupation at a moment (start or exit), as the store holds them: codes of the
 * support and occupation code lists, and the support's extent in percent (null: full).
 */
public record Situation(String support, Integer supportExtent, String occupation) {

	/** Both moments of one participant who has left. */
	public record Change(Situation before, Situation after) {
	}
}
