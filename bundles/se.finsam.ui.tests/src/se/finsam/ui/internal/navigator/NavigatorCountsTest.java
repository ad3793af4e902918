package se.finsam.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.finsam.model.FinsamFactory;
import se.finsam.model.Project;
import se.finsam.store.ProjectSummary;

/**
 * The navigator's participant counts as the store gives them: a reader on a team server gets "<5" where a
 * project has one to four participants, never the number.
 */
public class NavigatorCountsTest {

	@Test
	public void aSuppressedCountIsShownAsFewerThanFive() {
		Project small = FinsamFactory.eINSTANCE.createProject();
		small.setId("liten");
		Project large = FinsamFactory.eINSTANCE.createProject();
		large.setId("stor");
		NavigatorLabelProvider labels = new NavigatorLabelProvider(Map.of("liten", ProjectSummary.SUPPRESSED, "stor",
				1234));
		try {
			assertEquals("Deltagare (<5)", labels.getText(new Nodes.ProjectPart(small, Nodes.Part.PARTICIPANTS)));
			assertEquals("Deltagare (" + se.finsam.core.Formats.count(1234) + ")", labels.getText(new Nodes.ProjectPart(large, Nodes.Part.PARTICIPANTS)));
		} finally {
			labels.dispose();
		}
	}
}
