package se.finsam.io.xlsx.internal.dis;

import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.model.Participant;
import se.finsam.model.Project;

/**
 * What one row would do: the participant as it would be stored (a copy when it updates one), where, and whether.
 *
 * @param index the updated participant's position in the project, -1 for a new one
 */
final class Planned {

	final DisRow row;
	final Project project;
	final int index;
	final Participant candidate;
	RowStatus status;

	Planned(DisRow row, Project project, int index, Participant candidate, RowStatus status) {
		this.row = row;
		this.project = project;
		this.index = index;
		this.candidate = candidate;
		this.status = status;
	}
}
