package se.finsam.ui.help.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import se.finsam.ui.HelpTopics;

/** Hjälp → Användarhandbok: the user guide beside the work, in the workbench window. */
public class GuideView extends ViewPart {

	public static final String ID = "se.finsam.ui.help.guide";

	private TopicBrowser browser;

	@Override
	public void createPartControl(Composite parent) {
		browser = new TopicBrowser(parent);
		browser.show(HelpTopics.GETTING_STARTED);
	}

	void show(String topic) {
		browser.show(topic);
	}

	/** Tests: the topic shown and its text. */
	public String shownTopic() {
		return browser.shownId();
	}

	public String shownText() {
		return browser.shownText();
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}

	@Override
	public void dispose() {
		browser.dispose();
		super.dispose();
	}
}
