package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.store.FiguresForReaders;
import se.finsam.store.ServerAddress;
import se.finsam.store.Store;
import se.finsam.store.tests.TeamServer;
import se.finsam.testing.Fixtures;

/**
 * A team server's figures for readers (the statistics bundle computes them; here a stand-in that says what it was
 * given): published after the save, not in it; once for a burst of saves, from the project as stored; never from an
 * older revision; and what is pending when the store closes is published before it closes.
 */
class FiguresPublisherTest {

	private final List<String> computed = Collections.synchronizedList(new ArrayList<>());
	private final FiguresForReaders computer = p -> {
		computed.add(p.getDiarienummer());
		return p.getName() + " with " + p.getParticipants().size() + " participants";
	};

	@Test
	void aBurstOfSavesPublishesOnceWhatWasStoredAndClosingPublishesWhatIsPending() {
		ServerAddress server = TeamServer.initializedDatabase();
		Association demo = Fixtures.demo(3, 60);
		Project first = demo.getProjects().get(0);
		int participants = first.getParticipants().size();
		try (JdbcStore store = PostgresEngine.open(server, null, Fixtures.KEY).publishing(() -> computer)) {
			store.createAssociation(demo);
			first.setName("Första namnet");
			store.saveProject(first);
			first.setName("Det sparade namnet");
			store.saveProject(first);
			first.setName("Osparat namn");
			assertTrue(store.publishedFigures(first.getId()).isEmpty(), "the saves did not wait for the figures");
			assertTrue(computed.isEmpty(), "nor did they count");
		}
		assertEquals(demo.getProjects().size(), computed.size(), "once per project, the burst included: " + computed);
		try (Store store = TeamServer.open(server)) {
			assertEquals("Det sparade namnet with " + participants + " participants",
					store.publishedFigures(first.getId()).orElseThrow().content(), "what was stored, not edited after");
		}
	}

	@Test
	void figuresOfAnOlderRevisionAreNotWritten() {
		ServerAddress server = TeamServer.initializedDatabase();
		Association demo = Fixtures.demo(4, 30);
		try (JdbcStore store = PostgresEngine.open(server, null, Fixtures.KEY)) {
			store.createAssociation(demo);
			Project older = store.loadAssociation(demo.getId()).getProjects().get(0);
			Project newer = store.loadAssociation(demo.getId()).getProjects().get(0);
			newer.setName("Sparad sedan");
			store.saveProject(newer);
			store.publish(older, "figures of the older revision");
			assertTrue(store.publishedFigures(older.getId()).isEmpty(), "counted from what is no longer stored");
			store.publish(newer, "figures of the stored revision");
			assertEquals("figures of the stored revision", store.publishedFigures(newer.getId()).orElseThrow().content());
		}
	}
}
