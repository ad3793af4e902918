package se.finsam.ui.editors.internal.participants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import se.finsam.model.Participant;

/**
 * The participants the table shows: the project's list, filtered per column and by free text, and sorted. The
 * visible list is updated in place, so the table's data provider always reads the current rows.
 */
public final class ParticipantRows implements IFilterStrategy<Participant>, ISortModel {

	private final List<Participant> source;
	private final List<Participant> visible = new ArrayList<>();
	private final Map<Integer, String> columnFilters = new HashMap<>();
	private final Runnable changed;
	private String freeText = "";
	private int sortColumn = -1;
	private SortDirectionEnum direction = SortDirectionEnum.NONE;

	ParticipantRows(List<Participant> source, Runnable changed) {
		this.source = source;
		this.changed = changed;
		recompute();
	}

	public List<Participant> visible() {
		return visible;
	}

	public int total() {
		return source.size();
	}

	/** Re-applies filters and order, e.g. after the model changed. */
	void recompute() {
		List<Participant> rows = new ArrayList<>(source.size());
		for (Participant p : source) {
			if (matches(p)) {
				rows.add(p);
			}
		}
		if (sortColumn >= 0 && direction != SortDirectionEnum.NONE) {
			Comparator<Participant> order = ParticipantColumns.ALL.get(sortColumn).order();
			rows.sort(direction == SortDirectionEnum.DESC ? order.reversed() : order);
		}
		visible.clear();
		visible.addAll(rows);
		changed.run();
	}

	public void setFreeText(String text) {
		freeText = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		recompute();
	}

	private boolean matches(Participant p) {
		for (Map.Entry<Integer, String> filter : columnFilters.entrySet()) {
			String value = ParticipantColumns.ALL.get(filter.getKey()).text().apply(p).toLowerCase(Locale.ROOT);
			if (!value.contains(filter.getValue())) {
				return false;
			}
		}
		if (freeText.isEmpty()) {
			return true;
		}
		for (ParticipantColumns.Column column : ParticipantColumns.ALL) {
			if (column.text().apply(p).toLowerCase(Locale.ROOT).contains(freeText)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void applyFilter(Map<Integer, Object> filters) {
		columnFilters.clear();
		filters.forEach((column, value) -> {
			if (value != null && !value.toString().isBlank()) {
				columnFilters.put(column, value.toString().strip().toLowerCase(Locale.ROOT));
			}
		});
		recompute();
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return sortColumn >= 0 && direction != SortDirectionEnum.NONE ? List.of(sortColumn) : List.of();
	}

	@Override
	public boolean isColumnIndexSorted(int column) {
		return column == sortColumn && direction != SortDirectionEnum.NONE;
	}

	@Override
	public SortDirectionEnum getSortDirection(int column) {
		return column == sortColumn ? direction : SortDirectionEnum.NONE;
	}

	@Override
	public int getSortOrder(int column) {
		return isColumnIndexSorted(column) ? 0 : -1;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public List<Comparator> getComparatorsForColumnIndex(int column) {
		return List.of(ParticipantColumns.ALL.get(column).order());
	}

	@Override
	public Comparator<?> getColumnComparator(int column) {
		return ParticipantColumns.ALL.get(column).order();
	}

	@Override
	public void sort(int column, SortDirectionEnum sortDirection, boolean accumulate) {
		sortColumn = column;
		direction = sortDirection;
		recompute();
	}

	@Override
	public void clear() {
		sortColumn = -1;
		direction = SortDirectionEnum.NONE;
		recompute();
	}
}
