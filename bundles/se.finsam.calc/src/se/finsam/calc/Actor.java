package se.finsam.calc;

/**
 * Who gains or pays in the Swedish per-actor model (NyttoSam). The state total is Försäkringskassan,
 * Arbetsförmedlingen and the rest of the state together; the society total is every actor, the individual included
 * (money moved between actors cancels out there, real resources remain).
 */
public enum Actor {
	KOMMUN("kommun"), REGION("region"), FK("fk"), AF("af"), OTHER_STATE("otherState"), INDIVIDUAL("individual");

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

	public static Actor byKey(String key) {
		for (Actor a : values()) {
			if (a.key.equalsIgnoreCase(key)) {
				return a;
			}
		}
		return null;
	}
}
