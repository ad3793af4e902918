package se.finsam.io.xlsx.internal.dis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportResult;
import se.finsam.model.Association;
import se.finsam.model.AttributeDefinition;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Participant;
import se.finsam.model.codes.CodeLists;
import se.finsam.model.Project;
import se.finsam.store.Store;

/** The preview of one import and, when asked, carrying it out in one transaction. */
final class DisPlan implements ImportPreview {

	private final List<Sheet> sheets;
	private final List<SampleRow> sample;
	private final List<DisColumn> sampleColumns;
	private final List<CellProblem> problems;
	/** Every row planned; for a streamed import only those {@link StreamedRows} kept. */
	private final List<Planned> planned;
	private final int rowsRead;
	private final boolean whole;
	private final Map<String, Project> created;
	private final ImportOptions options;
	private final Map<RowStatus, Integer> counts;
	private final List<String> unknownColumns;
	private final Map<String, Boolean> keptColumns;
	private boolean done;

	DisPlan(DisSink sink, List<Planned> planned, Map<String, Project> created, ImportOptions options,
			CodeLists codes) {
		this(sink, planned, RowValidation.counts(planned), planned.size(), true, created, options, codes);
	}

	/** The plan of a streamed import, from what it kept of its rows: it shows the import, it stores nothing. */
	DisPlan(DisSink sink, StreamedRows rows, Map<String, Project> created, ImportOptions options, CodeLists codes) {
		this(sink, rows.kept, rows.counts, rows.read(), false, created, options, codes);
	}

	private DisPlan(DisSink sink, List<Planned> planned, Map<RowStatus, Integer> counts, int rowsRead, boolean whole,
			Map<String, Project> created, ImportOptions options, CodeLists codes) {
		this.sheets = List.copyOf(sink.sheets);
		this.planned = planned;
		this.rowsRead = rowsRead;
		this.whole = whole;
		this.created = created;
		this.options = options;
		this.counts = counts;
		this.unknownColumns = List.copyOf(sink.unknownColumns);
		this.keptColumns = Map.copyOf(sink.keptColumns);
		List<String> order = sheets.stream().map(Sheet::name).toList();
		List<CellProblem> sorted = new ArrayList<>(sink.problems);
		sorted.sort(Comparator.comparingInt((CellProblem p) -> order.indexOf(p.sheet())).thenComparingInt(CellProblem::row)
				.thenComparingInt(p -> column(p.cell())));
		this.problems = List.copyOf(sorted);
		this.sampleColumns = SampleRows.columns(planned);
		this.sample = SampleRows.of(planned, sampleColumns, codes);
	}

	@Override
	public List<Sheet> sheets() {
		return sheets;
	}

	@Override
	public List<SampleRow> sample() {
		return sample;
	}

	@Override
	public List<DisColumn> sampleColumns() {
		return sampleColumns;
	}

	@Override
	public List<CellProblem> problems() {
		return problems;
	}

	@Override
	public int rowsRead() {
		return rowsRead;
	}

	@Override
	public Map<RowStatus, Integer> counts() {
		return counts;
	}

	@Override
	public List<String> projectsToCreate() {
		return List.copyOf(created.keySet());
	}

	@Override
	public ImportOptions options() {
		return options;
	}

	@Override
	public List<String> unknownColumns() {
		return unknownColumns;
	}

	ImportResult store(Store store) {
		int skipped = counts.get(RowStatus.INVALID);
		if (!storable() || done) {
			return new ImportResult(rowsRead(), 0, 0, counts.get(RowStatus.UNCHANGED), rowsRead(), List.of(), problems,
					false);
		}
		if (!whole) {
			throw new IllegalStateException("a streamed import's rows are stored as they are read");
		}
		done = true; // the plan's model is changed below: never twice, even when the store refuses
		Set<Project> changed = new LinkedHashSet<>(created.values());
		Map<Project, List<Participant>> added = new LinkedHashMap<>();
		for (Planned p : planned) {
			switch (p.status) {
			case NEW -> added.computeIfAbsent(p.project, k -> new ArrayList<>()).add(p.candidate);
			case UPDATE -> p.project.getParticipants().set(p.index, p.candidate);
			default -> {
				continue;
			}
			}
			changed.add(p.project);
		}
		added.forEach((project, participants) -> project.getParticipants().addAll(participants));
		defineKeptColumns(store, changed);
		store.saveProjects(List.copyOf(changed));
		return new ImportResult(rowsRead(), counts.get(RowStatus.NEW), counts.get(RowStatus.UPDATE),
				counts.get(RowStatus.UNCHANGED), skipped, projectsToCreate(), problems, true);
	}

	/**
	 * The columns kept as extra attributes become the förbund's own, marked personal or not, before the
	 * participants are saved (personal values are sealed as they are written).
	 */
	private void defineKeptColumns(Store store, Set<Project> projects) {
		Association association = projects.stream().map(p -> p.eContainer()).filter(Association.class::isInstance)
				.map(Association.class::cast).findFirst().orElse(null);
		if (association != null && define(association, keptColumns)) {
			store.saveAssociation(association);
		}
	}

	/** Makes the kept columns the association's attributes (in the model only); whether that changed anything. */
	static boolean define(Association association, Map<String, Boolean> keptColumns) {
		boolean changed = false;
		for (Map.Entry<String, Boolean> kept : keptColumns.entrySet()) {
			AttributeDefinition d = association.getAttributeDefinitions().stream()
					.filter(x -> ImportOptions.normalize(x.getName()).equals(ImportOptions.normalize(kept.getKey())))
					.findFirst().orElse(null);
			if (d == null) {
				d = FinsamFactory.eINSTANCE.createAttributeDefinition();
				d.setName(kept.getKey());
				association.getAttributeDefinitions().add(d);
				changed = true;
			}
			changed |= d.isPersonal() != kept.getValue();
			d.setPersonal(kept.getValue());
		}
		return changed;
	}

	/** The result of an import whose rows the store took as they were read ({@link StreamingImport}). */
	ImportResult streamed() {
		done = true;
		return new ImportResult(rowsRead(), counts.get(RowStatus.NEW), counts.get(RowStatus.UPDATE),
				counts.get(RowStatus.UNCHANGED), counts.get(RowStatus.INVALID), projectsToCreate(), problems, true);
	}

	private static int column(String cell) {
		int column = 0;
		for (int i = 0; i < cell.length() && Character.isLetter(cell.charAt(i)); i++) {
			column = column * 26 + (cell.charAt(i) - 'A' + 1);
		}
		return column;
	}
}
