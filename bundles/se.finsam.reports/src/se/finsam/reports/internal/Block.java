package se.finsam.reports.internal;

import java.util.List;

import se.finsam.model.ChartType;
import se.finsam.stats.StatTable;

/**
 * What a rendered report is made of, in order: the neutral form between a filled template and BIRT (or a test).
 */
public sealed interface Block {

	/** Level 0 is the report's title, 1 a section, 2 a part. */
	record Heading(int level, String text) implements Block {
	}

	/** Free text; paragraphs separated by blank lines. {@code empty} marks an unanswered question. */
	record Paragraph(String text, boolean empty) implements Block {
	}

	/** An internal report's mark, on every page: it shows small counts and must not leave the förbund. */
	record Internal(String text) implements Block {
	}

	/** A draft's warning at the top of the report: which questions are still unanswered. */
	record Draft(String text) implements Block {
	}

	/** Small print: the base of the shares, suppression, an instruction of the förbund. */
	record Note(String text) implements Block {
	}

	record Table(StatTable table) implements Block {
	}

	/**
	 * Labels against values, already filtered (no totals, no suppressed cells, no empty slices). {@code colours} holds
	 * each label's place in the full list of groups, so a group keeps its colour when another is left out;
	 * {@code note} (or null) is printed under the chart and never parted from it by a page break.
	 */
	record Chart(String title, ChartType type, List<String> labels, List<Double> values, String valueLabel,
			List<Integer> colours, String note) implements Block {
	}

	/** Label/value rows without a header (project facts, signature). */
	record Facts(List<String[]> rows) implements Block {
	}

	/** Statements with a yes or no mark (Bilaga LS). */
	record Checks(String title, List<String> statements, List<Boolean> answers, String yes, String no) implements Block {
	}
}
