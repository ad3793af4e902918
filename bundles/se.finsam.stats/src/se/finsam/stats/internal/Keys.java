package se.finsam.stats.internal;

/** The keys of the figures a {@link se.finsam.stats.Disclosure} decides on, shared by every output. */
public final class Keys {

	public static final String TOTAL = "p.total";
	public static final String ACTIVE = "p.active";
	public static final String FINISHED = "p.finished";
	public static final String MISSING = "o.missing";
	public static final String POSITIVE = "o.positive";
	public static final String REPORTED_DROPOUT = "d.reported";
	public static final String SECTORS_RECORDED = "s.recorded";
	public static final String TO_WORK = "s.toWork";

	private Keys() {
	}

	/** The participants of one gender (its code-list literal). */
	public static String gender(String gender) {
		return "p.g." + gender;
	}

	public static String age(String group) {
		return "p.age." + group;
	}

	/** Those who left with this exit reason; {@code gender} null for everyone. */
	public static String reason(String gender, String code) {
		return gender == null ? "o.reason." + code : "o." + gender + ".reason." + code;
	}

	public static String missing(String gender) {
		return gender == null ? MISSING : "o." + gender + ".missing";
	}

	/** Still enrolled at the end of the period; for everyone the participants' {@link #ACTIVE}. */
	public static String active(String gender) {
		return gender == null ? ACTIVE : "o." + gender + ".active";
	}

	public static String positive(String gender) {
		return gender == null ? POSITIVE : "o." + gender + ".positive";
	}

	public static String move(String list, String from, String to) {
		return "t." + list + ".m." + from + ">" + to;
	}

	public static String from(String list, String code) {
		return "t." + list + ".from." + code;
	}

	public static String to(String list, String code) {
		return "t." + list + ".to." + code;
	}

	public static String base(String list) {
		return "t." + list + ".base";
	}

	public static String sector(String code) {
		return "s." + code;
	}

	/** Enrolled at some time in the year: the cost per participant of that year tells it. */
	public static String enrolled(int year) {
		return "c.enrolled." + year;
	}
}
