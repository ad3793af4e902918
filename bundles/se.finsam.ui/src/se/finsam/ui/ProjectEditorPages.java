package se.finsam.ui;

/** Implemented by the project editor: shows a page (and a participant) when it is opened again. */
public interface ProjectEditorPages {

	/** Shows the page ({@link ProjectEditorInput#OVERVIEW} …); selects the participant when a code is given. */
	void show(String page, String participantCode);

	/** The id of the project being edited. */
	String projectId();

	/** The project as the user sees it: content loaded, unsaved edits included. Null until loaded. */
	se.finsam.model.Project project();

	/** The id of the page shown ({@link ProjectEditorInput#PARTICIPANTS} …). */
	String activePage();

	/** Whether a save is still being written (it runs in a Job): exiting waits for it. */
	boolean isSaving();
}
