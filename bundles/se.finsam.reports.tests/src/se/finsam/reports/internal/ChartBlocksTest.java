package se.finsam.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.finsam.model.Association;
import se.finsam.model.ChartType;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;
import se.finsam.model.demo.DemoData;
import se.finsam.reports.ReportInstances;
import se.finsam.reports.Templates;
import se.finsam.stats.ProjectStatistics;
import se.finsam.stats.StatTable;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;
import se.finsam.testing.Fixtures;

/**
 * The charts a report is composed with: a group keeps its colour (its place among all the table's groups) when
 * another group is hidden as under five or has no one, hidden groups and empty slices are not drawn, and the chart
 * says that something was left out.
 */
public class ChartBlocksTest {

	@Test
	public void aGroupKeepsItsColourWhenAnotherIsHidden() {
		Locale.setDefault(Locale.of("sv", "SE"));
		Association demo = DemoData.create(3, 600, Fixtures.TODAY);
		Templates.Installed generic = Templates.find("generic.final").orElseThrow();
		int checked = 0;
		int shifted = 0; // charts where a group left out comes before one drawn
		for (Project project : demo.getProjects()) {
			ReportInstance report = ReportInstances.create(project, generic.template(),
					project.getGrantedPeriod().getStart(), Fixtures.TODAY);
			ProjectStatistics stats = Statistics.compute(project, new StatsQuery(report.getPeriod().getStart(),
					report.getPeriod().getEnd(), true));
			StatTable ages = stats.table("participants.age").orElseThrow();
			List<String> groups = ages.rows().stream().map(r -> r.get(0).text()).toList();
			for (Block b : new ReportComposer(generic.template(), report, project, stats).compose()) {
				if (b instanceof Block.Chart c && c.type() == ChartType.PIE && c.title().equals(ages.title())) {
					checked++;
					for (int i = 0; i < c.labels().size(); i++) {
						int place = groups.indexOf(c.labels().get(i));
						shifted += place != i ? 1 : 0;
						assertEquals(place, c.colours().get(i), c.labels().get(i) + " keeps the colour of its place");
						StatTable.Cell count = ages.rows().get(place).get(1);
						assertFalse(count.suppressed(), "a hidden group is not drawn: " + c.labels().get(i));
						assertTrue(c.values().get(i) > 0, "no empty slice");
					}
					boolean hidden = ages.rows().stream().anyMatch(r -> r.get(1).suppressed());
					assertEquals(hidden, c.note() != null, "the chart says when a group is left out");
				}
			}
		}
		assertTrue(checked >= 3, "the age chart of several projects: " + checked);
		assertTrue(shifted > 0, "some chart leaves out a group before others");
	}
}
