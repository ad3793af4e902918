package se.finsam.store;

import se.finsam.model.Project;

/**
 * What a team server's readers (the chef, the board) may see of a project's participants: its statistics with
 * small counts suppressed, computed by a client that holds the key some seconds after it saved the project, from
 * the project as then stored, and kept beside it ({@link Store#publishedFigures}). Suppression happens before the figures leave the
 * client, so the server never holds a small count for the reader. A Declarative Services component; the
 * statistics bundle contributes it, and the store publishes nothing without one.
 */
public interface FiguresForReaders {

	/** The figures of a project whose content is loaded, as a text the contributing bundle can read back. */
	String compute(Project project);
}
