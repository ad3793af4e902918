package se.finsam.ui.internal.navigator;

import java.time.LocalDate;

import org.eclipse.core.runtime.IAdaptable;

import se.finsam.model.Association;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;

/** The navigator's grouping nodes between an association and its projects, and below a project. */
final class Nodes {

	private Nodes() {
	}

	/** Where a project is in its life, from its granted period and today. */
	enum Status {
		ACTIVE, PLANNED, FINISHED;

		static Status of(Project project, LocalDate today) {
			Period period = project.getGrantedPeriod();
			if (period != null && period.getStart() != null && period.getStart().isAfter(today)) {
				return PLANNED;
			}
			if (period != null && period.getEnd() != null && period.getEnd().isBefore(today)) {
				return FINISHED;
			}
			return ACTIVE;
		}
	}

	/** The groups answer to the association they belong to (Ny insats, Redigera förbund). */
	record KindGroup(Association association, ProjectKind kind) implements IAdaptable {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return adapter == Association.class ? adapter.cast(association) : null;
		}
	}

	record StatusGroup(Association association, ProjectKind kind, Status status) implements IAdaptable {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return adapter == Association.class ? adapter.cast(association) : null;
		}
	}

	enum Part {
		PARTICIPANTS, BUDGET, REPORTS, EVALUATIONS
	}

	record ProjectPart(Project project, Part part) implements IAdaptable {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return adapter == Association.class && project.eContainer() instanceof Association a ? adapter.cast(a) : null;
		}
	}
}
