package se.finsam.ui;

/** Implemented by the project editor: shows a page (and a participant) when it is opened again. */
public interface ProjectEditorPages {

	/** Shows the page ({@link ProjectEditorInput#OVERVIEW} …); selects the participant when a code is given. */
	void show(String page, String participantCode);

	/** The id of the project being edited. */
	String projectId();
}
