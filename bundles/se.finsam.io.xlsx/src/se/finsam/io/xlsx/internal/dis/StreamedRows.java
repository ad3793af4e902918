package se.finsam.io.xlsx.internal.dis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.finsam.io.xlsx.ImportPreview.RowStatus;

/**
 * What a {@link StreamingImport} keeps of its planned rows once the store has them: how many of each kind, every
 * update (applied when the last row is read), the rows the preview's sample can show and the first row of each sheet
 * layout (the sample's columns). Keeping all 100 000 rows of a large import held ~20 MB of its peak heap (issue 16).
 */
final class StreamedRows {

	final List<Planned> kept = new ArrayList<>();
	final Map<RowStatus, Integer> counts = RowValidation.counts(List.of());
	private final Set<Layout> layouts = new HashSet<>();
	private int read;

	/** A batch whose statuses are final (planned and validated). */
	void add(List<Planned> batch) {
		for (Planned p : batch) {
			read++;
			int ofItsKind = counts.merge(p.status, 1, Integer::sum);
			boolean newLayout = layouts.add(p.row.layout());
			if (p.status == RowStatus.UPDATE || ofItsKind <= SampleRows.LIMIT || newLayout) {
				kept.add(p);
			}
		}
	}

	int read() {
		return read;
	}
}
