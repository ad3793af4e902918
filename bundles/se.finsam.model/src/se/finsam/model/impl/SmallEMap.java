package se.finsam.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreEMap;

/**
 * A string map of a few entries (a participant's extra attributes, a measurement's answers) that finds keys by
 * scanning its list instead of building {@link org.eclipse.emf.common.util.BasicEMap}'s hash index on the first
 * {@code put} or {@code get}. The index costs ~180 bytes a map (an array of buckets, a list and an array per
 * bucket): 18 MB of a 100 000-participant import's peak heap (issue 16). Past {@link #SCAN_LIMIT} entries, or
 * once something else has built the index (a key-set iterator), the map behaves exactly as EMF's own.
 */
final class SmallEMap extends EcoreEMap<String, String> {

	private static final long serialVersionUID = 1L;

	/** Up to this many entries a scan compares fewer keys than a hash lookup costs. */
	static final int SCAN_LIMIT = 8;

	SmallEMap(EClass entryEClass, Class<?> entryClass, InternalEObject owner, int featureID) {
		super(entryEClass, entryClass, owner, featureID);
	}

	/** Whether the hash index exists (for the tests). */
	boolean indexed() {
		return entryData != null;
	}

	private boolean scans() {
		if (entryData != null) {
			return false;
		}
		if (size > SCAN_LIMIT) {
			ensureEntryDataExists();
			return false;
		}
		return true;
	}

	@Override
	public String get(Object key) {
		if (!scans()) {
			return super.get(key);
		}
		int index = indexOfKey(key);
		return index < 0 ? null : resolve((String) key, delegateEList.get(index).getValue());
	}

	@Override
	public boolean containsKey(Object key) {
		return scans() ? indexOfKey(key) >= 0 : super.containsKey(key);
	}

	@Override
	public String put(String key, String value) {
		if (!scans()) {
			return super.put(key, value);
		}
		int index = indexOfKey(key);
		if (index >= 0) {
			Entry<String, String> entry = delegateEList.get(index);
			String old = putEntry(entry, value);
			didModify(entry, old);
			return old;
		}
		delegateEList.add(newEntry(hashOf(key), key, value));
		return null;
	}

	@Override
	public String removeKey(Object key) {
		if (!scans()) {
			return super.removeKey(key);
		}
		int index = indexOfKey(key);
		if (index < 0) {
			return null;
		}
		Entry<String, String> entry = delegateEList.get(index);
		delegateEList.remove(index);
		return entry.getValue();
	}
}
