package se.finsam.model.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import se.finsam.model.FinsamFactory;
import se.finsam.model.Participant;

/** Issue 16: the model's string maps without a hash index must still be the maps EMF's are. */
public class SmallEMapTest {

	@Test
	public void behavesAsAMapThroughRandomEditsSmallAndLarge() {
		Random random = new Random(16);
		for (int round = 0; round < 200; round++) {
			Participant p = FinsamFactory.eINSTANCE.createParticipant();
			EMap<String, String> map = p.getExtraAttributes();
			Map<String, String> expected = new LinkedHashMap<>();
			int keys = round % 2 == 0 ? 5 : 30; // within the scan limit and past it
			for (int step = 0; step < 60; step++) {
				String key = "k" + random.nextInt(keys);
				switch (random.nextInt(4)) {
				case 0, 1 -> assertEquals(expected.put(key, "v" + step), map.put(key, "v" + step), key);
				case 2 -> assertEquals(expected.remove(key), map.removeKey(key), key);
				default -> {
					assertEquals(expected.get(key), map.get(key), key);
					assertEquals(expected.containsKey(key), map.containsKey(key), key);
				}
				}
				assertEquals(expected.size(), map.size());
			}
			assertEquals(new ArrayList<>(expected.keySet()), map.stream().map(Map.Entry::getKey).toList(),
					"the entries keep their order");
			assertEquals(expected, Map.copyOf(map.map()));
			assertEquals(expected, Map.copyOf(EcoreUtil.copy(p).getExtraAttributes().map()), "a copy has the same");
		}
	}

	@Test
	public void buildsNoIndexForAFewEntriesAndOneForMany() {
		Participant p = FinsamFactory.eINSTANCE.createParticipant();
		SmallEMap map = (SmallEMap) p.getExtraAttributes();
		map.put("Handläggare", "A");
		map.put("Anteckning", "B");
		map.put("Handläggare", "C");
		assertEquals("C", map.get("Handläggare"));
		assertTrue(map.containsKey("Anteckning"));
		assertNull(map.get("Kommun"));
		assertFalse(map.indexed(), "two entries are found by scanning");
		for (int i = 0; i <= SmallEMap.SCAN_LIMIT; i++) {
			map.put("k" + i, "v" + i);
		}
		assertEquals("v3", map.get("k3"));
		assertTrue(map.indexed(), "past the limit the map is EMF's own");
		assertEquals("C", map.get("Handläggare"));
		assertEquals("B", map.removeKey("Anteckning"));
		assertFalse(map.containsKey("Anteckning"));
	}

	@Test
	public void notifiesAsEmfsMapDoes() {
		Participant p = FinsamFactory.eINSTANCE.createParticipant();
		List<Integer> events = new ArrayList<>();
		p.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification n) {
				super.notifyChanged(n);
				if (n.getEventType() != Notification.REMOVING_ADAPTER) { // the content adapter's own
					events.add(n.getEventType());
				}
			}
		});
		p.getExtraAttributes().put("Kommun", "Fagersta");
		p.getExtraAttributes().put("Kommun", "Norberg");
		p.getExtraAttributes().removeKey("Kommun");
		assertEquals(List.of(Notification.ADD, Notification.SET, Notification.REMOVE), events,
				"added, its value set, removed: what an editor listens for");
	}
}
