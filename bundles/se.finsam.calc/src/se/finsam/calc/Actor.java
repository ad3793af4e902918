package se.finsam.calc;

import se.finsam.calc.internal.Messages;

/**
 * Who gains or pays in the Swedish per-actor model (NyttoSam). The state total is Försäkringskassan,
 * Arbetsförmedlingen and the rest of the state together; the society total is every actor, the individual included
 * (money moved between actors cancels out there, real resources remain).
 */
public enum Actor {
	KOMMUN("kommun"), REGION("region"), FK("fk"), AF("af"), OTHER_STATE("otherState"), INDIVIDUAL("individual");

	/** The key of the state total (Försäkringskassan, Arbetsförmedlingen and the rest of the state). */
	public static final String STATE = "state";
	/** The key of the society total (every actor, the individual included). */
	public static final String SOCIETY = "society";

	private final String key;

	Actor(String key) {
		this.key = key;
	}

	/** The name in evaluation files and JSON output. */
	public String key() {
		return key;
	}

	public boolean isState() {
		return this == FK || this == AF || this == OTHER_STATE;
	}

	/** The name readers see, in the user's language ("Kommun", "Försäkringskassan"). */
	public String label() {
		return label(key);
	}

	/**
	 * The name of an actor or of a total by its key: an actor's {@link #key()}, {@link #STATE} or {@link #SOCIETY}
	 * (the keys of {@link ActorResult}). An unknown key is shown as it is.
	 */
	public static String label(String key) {
		return switch (key) {
		case "kommun" -> Messages.Actor_kommun;
		case "region" -> Messages.Actor_region;
		case "fk" -> Messages.Actor_fk;
		case "af" -> Messages.Actor_af;
		case "otherState" -> Messages.Actor_otherState;
		case "individual" -> Messages.Actor_individual;
		case STATE -> Messages.Actor_state;
		case SOCIETY -> Messages.Actor_society;
		default -> key;
		};
	}

	public static Actor byKey(String key) {
		for (Actor a : values()) {
			if (a.key.equalsIgnoreCase(key)) {
				return a;
			}
		}
		return null;
	}
}
