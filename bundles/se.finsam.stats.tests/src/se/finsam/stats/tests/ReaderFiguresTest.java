package se.finsam.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.model.codes.CodeLists;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.ReaderFigures;
import se.finsam.stats.StatTable;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;
import se.finsam.testing.Fixtures;

/**
 * The figures a team server's reader gets: exactly the suppressed tables of the statistics, through the text the
 * server keeps, whatever the names and notes hold; never unsuppressed figures.
 */
public class ReaderFiguresTest {

	@Test
	public void theTablesComeBackAsTheyWereWritten() {
		Association a = Fixtures.demo(11, 300);
		for (Project p : a.getProjects()) {
			ProjectStatistics s = Statistics.compute(p, new StatsQuery(null, null, true), CodeLists.defaults(),
					Fixtures.TODAY);
			ReaderFigures read = ReaderFigures.read(ReaderFigures.of(s).write());
			assertEquals(ReaderFigures.of(s), read, p.getDiarienummer());
			assertTrue(read.tables().stream().anyMatch(t -> t.id().equals("outcomes")), p.getDiarienummer());
		}
	}

	@Test
	public void whatATextHoldsSurvivesTheFormat() {
		String odd = "Tab\there, new\nline, back\\slash: colon\r";
		StatTable t = new StatTable("odd", odd, List.of("", odd), List.of(List.of(StatTable.Cell.text(odd),
				new StatTable.Cell("1 234,5", new BigDecimal("1234.5"), StatTable.Kind.DECIMAL, false)), List.of(
						StatTable.Cell.text(""), new StatTable.Cell("<5", null, StatTable.Kind.COUNT, true))), true,
				null);
		ReaderFigures f = new ReaderFigures("2014:35", odd, LocalDate.of(2016, 1, 1), null, List.of(t));
		String written = f.write();
		assertEquals(f, ReaderFigures.read(written));
		assertFalse(written.contains("\r"), "one line per part");
	}

	@Test
	public void unsuppressedFiguresAreNeverForReaders() {
		Project p = Fixtures.demo(11, 300).getProjects().get(0);
		ProjectStatistics internal = Statistics.compute(p, new StatsQuery(null, null, false), CodeLists.defaults(),
				Fixtures.TODAY);
		assertThrows(IllegalArgumentException.class, () -> ReaderFigures.of(internal));
		assertThrows(IllegalArgumentException.class, () -> ReaderFigures.read("{\"schema\": \"finsam-stats/1\"}"));
	}
}
