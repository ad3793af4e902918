package se.finsam.stats.internal;

import org.osgi.service.component.annotations.Component;

import se.finsam.model.Project;
import se.finsam.stats.ReaderFigures;
import se.finsam.stats.Statistics;
import se.finsam.stats.StatsQuery;
import se.finsam.store.FiguresForReaders;

/** The statistics a team server's readers see of a saved project: its granted period to today, suppressed. */
@Component(service = FiguresForReaders.class)
public class FiguresForReadersComponent implements FiguresForReaders {

	@Override
	public String compute(Project project) {
		return ReaderFigures.of(Statistics.compute(project, new StatsQuery(null, null, true))).write();
	}
}
