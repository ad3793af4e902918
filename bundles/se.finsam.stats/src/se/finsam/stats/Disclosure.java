package se.finsam.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.finsam.stats.internal.LinearAudit;

/**
 * What of a project's statistics may be shown to others. Counts of one to four persons are hidden ("<5", primary
 * suppression); then, because the figures are bound together by sums (women and men make the total, the exit
 * reasons make those who left, a matrix's cells make its margins), as few other counts as needed are hidden too
 * ("..", secondary suppression) that no hidden count can be worked out from what is shown: not by solving the
 * sums (exactly, over every table of the project at once), and not by the bounds a "<5" gives (1 to 4). A share
 * is hidden with its count, and with its base. Every output of the statistics uses this one decision.
 * <p>
 * Each figure has a key (e.g. {@code p.total}, {@code o.reason.AVHOPP}); they are made by the statistics' own
 * tables and JSON and are not a public format.
 */
public final class Disclosure {

	/** How a count is shown. */
	public enum Mark {
		/** As it is. */
		SHOWN,
		/** One to four persons: "<5". */
		SMALL,
		/** Hidden so that a small count cannot be worked out from it: "..". */
		DERIVED
	}

	/** The text of a count hidden so that a small one cannot be computed. */
	public static final String DERIVED_TEXT = "..";

	private final boolean on;
	private final Map<String, Integer> values;
	private final Map<String, Mark> marks = new HashMap<>();

	private Disclosure(Builder b) {
		this.on = b.on;
		this.values = b.values;
		if (on) {
			new Plan(b).run(marks);
		}
	}

	/** Nothing hidden: the förbund's own (internal) figures. */
	public static Disclosure none() {
		return new Builder(false).build();
	}

	/** Whether small counts are hidden at all (false for an internal report). */
	public boolean isOn() {
		return on;
	}

	public Mark mark(String key) {
		return marks.getOrDefault(key, Mark.SHOWN);
	}

	public boolean hides(String key) {
		return mark(key) != Mark.SHOWN;
	}

	/** Whether a share may be shown: its count and its base both are. */
	public boolean showsShare(String count, String base) {
		return !hides(count) && (base == null || !hides(base));
	}

	/** The count as a decision was taken on it (tests). */
	public Integer value(String key) {
		return values.get(key);
	}

	/** Every figure hidden, with its mark. */
	public Map<String, Mark> hidden() {
		return Map.copyOf(marks);
	}

	/** Collects the figures and the sums that bind them. */
	public static final class Builder {

		private final boolean on;
		private final Map<String, Integer> values = new LinkedHashMap<>();
		private final Set<String> published = new LinkedHashSet<>();
		private final Set<String> totals = new HashSet<>();
		private final List<Map<String, Integer>> relations = new ArrayList<>();

		public Builder(boolean on) {
			this.on = on;
		}

		/** A count that some output shows. */
		public Builder shown(String key, int value) {
			values.put(key, value);
			published.add(key);
			return this;
		}

		/** A count no output shows, but which takes part in sums (must still not be computable when small). */
		public Builder unshown(String key, int value) {
			values.putIfAbsent(key, value);
			return this;
		}

		/** {@code total} is the sum of {@code parts}. */
		public Builder sum(String total, List<String> parts) {
			Map<String, Integer> relation = new LinkedHashMap<>();
			for (String part : parts) {
				relation.merge(part, 1, Integer::sum);
			}
			relation.merge(total, -1, Integer::sum);
			relations.add(relation);
			totals.add(total);
			return this;
		}

		public Disclosure build() {
			return new Disclosure(this);
		}
	}

	/** Primary, then secondary suppression until nothing hidden follows from what is shown. */
	private static final class Plan {

		private final Map<String, Integer> values;
		private final Set<String> published;
		private final Set<String> totals;
		private final List<Map<String, Integer>> relations;
		private final Set<String> small = new LinkedHashSet<>();
		private final Set<String> derived = new LinkedHashSet<>();
		private List<List<Map<String, Integer>>> components;

		Plan(Builder b) {
			this.values = b.values;
			this.published = b.published;
			this.totals = b.totals;
			this.relations = b.relations;
		}

		void run(Map<String, Mark> marks) {
			values.forEach((key, value) -> {
				if (value > 0 && value < StatsQuery.SMALLEST_SHOWN) {
					small.add(key);
				}
			});
			boolean progress = true;
			while (progress) {
				progress = false;
				for (String exposed : exposed()) {
					String cover = cover(exposed);
					if (cover != null) {
						derived.add(cover);
						progress = true;
						break;
					}
				}
			}
			for (String key : small) {
				if (published.contains(key)) {
					marks.put(key, Mark.SMALL);
				}
			}
			derived.forEach(key -> marks.put(key, Mark.DERIVED));
		}

		/** What the reader does not see: hidden figures and those never shown. */
		private Set<String> unknown(Set<String> extra) {
			Set<String> unknown = new HashSet<>(values.keySet());
			unknown.removeIf(k -> published.contains(k) && !small.contains(k) && !derived.contains(k)
					&& !extra.contains(k));
			return unknown;
		}

		/** The small counts the reader could work out. */
		private List<String> exposed() {
			Set<String> unknown = unknown(Set.of());
			List<String> exposed = new ArrayList<>();
			for (List<Map<String, Integer>> component : components()) {
				for (String key : LinearAudit.determined(component, unknown)) {
					if (small.contains(key)) {
						exposed.add(key);
					}
				}
			}
			String bounded = boundedExposure(unknown);
			if (bounded != null) {
				exposed.add(bounded);
			}
			exposed.sort(Comparator.naturalOrder()); // the same decision every time
			return exposed;
		}

		/** The sums in groups that share no figure: each solved on its own, which keeps the systems small. */
		private List<List<Map<String, Integer>>> components() {
			if (components == null) {
				int[] parent = new int[relations.size()];
				for (int i = 0; i < parent.length; i++) {
					parent[i] = i;
				}
				Map<String, Integer> first = new HashMap<>();
				for (int i = 0; i < relations.size(); i++) {
					for (String key : relations.get(i).keySet()) {
						Integer j = first.putIfAbsent(key, i);
						if (j != null) {
							parent[root(parent, i)] = root(parent, j);
						}
					}
				}
				Map<Integer, List<Map<String, Integer>>> groups = new LinkedHashMap<>();
				for (int i = 0; i < relations.size(); i++) {
					groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(relations.get(i));
				}
				components = List.copyOf(groups.values());
			}
			return components;
		}

		private static int root(int[] parent, int i) {
			while (parent[i] != i) {
				parent[i] = parent[parent[i]];
				i = parent[i];
			}
			return i;
		}

		/** The sums {@code key} takes part in, with every sum tied to them. */
		private List<Map<String, Integer>> componentOf(String key) {
			return components().stream().filter(c -> c.stream().anyMatch(r -> r.containsKey(key))).findFirst()
					.orElse(List.of());
		}

		/**
		 * A small count pinned by bounds: in a sum whose hidden parts the reader can total, a "<5" is 1 to 4 and any
		 * other hidden part at least 0; hidden parts totalling their least (every "<5" 1, the rest 0) or, when all are
		 * "<5", their most (all 4) are known.
		 */
		private String boundedExposure(Set<String> unknown) {
			for (Map<String, Integer> relation : relations) {
				List<String> hidden = relation.keySet().stream().filter(unknown::contains).toList();
				if (hidden.isEmpty() || hidden.stream().anyMatch(k -> relation.get(k) < 0)) {
					continue; // the total is hidden too: its parts' sum is not known
				}
				int sum = hidden.stream().mapToInt(values::get).sum();
				List<String> marked = hidden.stream().filter(k -> small.contains(k) && published.contains(k)).toList();
				if (!marked.isEmpty() && (sum == marked.size() || marked.size() == hidden.size() && sum == 4 * marked.size())) {
					return marked.get(0);
				}
			}
			return null;
		}

		/**
		 * The shown count to hide so that {@code exposed} no longer follows: the first of the figures it shares a sum
		 * with that is enough on its own, else the first such of all figures tied to it, else the first it shares a
		 * sum with (more follow in the next round).
		 */
		private String cover(String exposed) {
			List<Map<String, Integer>> component = componentOf(exposed);
			List<String> near = candidates(relations.stream().filter(r -> r.containsKey(exposed)).toList());
			for (List<String> candidates : List.of(near, candidates(component))) {
				for (String candidate : candidates) {
					Set<String> unknown = unknown(Set.of(candidate));
					if (!LinearAudit.determined(component, unknown).contains(exposed)
							&& !boundedAfter(unknown, exposed)) {
						return candidate;
					}
				}
			}
			return near.isEmpty() ? null : near.get(0);
		}

		/**
		 * What may still be hidden in these sums: shown, not zero (an empty cell or a row left out tells the reader
		 * it is zero), parts before totals, the smallest first.
		 */
		private List<String> candidates(List<Map<String, Integer>> sums) {
			List<String> candidates = new ArrayList<>();
			for (Map<String, Integer> relation : sums) {
				for (String key : relation.keySet()) {
					if (published.contains(key) && !small.contains(key) && !derived.contains(key)
							&& values.get(key) > 0 && !candidates.contains(key)) {
						candidates.add(key);
					}
				}
			}
			candidates.sort(Comparator.comparing((String k) -> totals.contains(k)).thenComparing(values::get)
					.thenComparing(k -> k));
			return candidates;
		}

		private boolean boundedAfter(Set<String> unknown, String exposed) {
			String still = boundedExposure(unknown);
			return exposed.equals(still);
		}
	}
}
