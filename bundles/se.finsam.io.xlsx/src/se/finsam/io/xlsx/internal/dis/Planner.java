package se.finsam.io.xlsx.internal.dis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.io.xlsx.internal.Messages;
import se.finsam.model.Association;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.model.validation.ProjectRules;
import se.finsam.store.ParticipantSummary;
import se.finsam.store.ProjectSummary;
import se.finsam.store.Store;

/**
 * Decides for every parsed row which project it belongs to and whether it adds a participant or updates one (key:
 * the participant code, or the personnummer when the row has no code), so that importing the same workbook twice
 * never duplicates anyone.
 */
final class Planner {

	private final Store store;
	private final Association association;
	private final ImportOptions options;
	private final List<CellProblem> problems;

	private final Map<String, Project> byDiarienummer = new HashMap<>();
	private final Map<String, Project> byName = new HashMap<>();
	final Map<String, Project> created = new LinkedHashMap<>();
	private final Map<Project, Map<String, Integer>> codes = new HashMap<>();
	private final Map<Project, Map<String, Integer>> pnrs = new HashMap<>();
	/** Codes enrolled in projects the workbook does not name: code → diarienummer. */
	private final Map<String, String> elsewhere = new HashMap<>();
	/** Where each code was first read (not the row: a streamed import lets go of its rows once stored). */
	private final Map<String, Seen> seen = new HashMap<>();

	private record Seen(Layout layout, int row) {
	}
	private int generated;

	Planner(Store store, Association association, ImportOptions options, List<CellProblem> problems) {
		this.store = store;
		this.association = association;
		this.options = options;
		this.problems = problems;
		for (Project p : association.getProjects()) {
			byDiarienummer.put(p.getDiarienummer().strip(), p);
			byName.put(p.getName() == null ? "" : p.getName().strip().toLowerCase(Locale.ROOT), p);
		}
	}

	List<Planned> plan(List<DisRow> rows) {
		Project[] targets = new Project[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			targets[i] = project(rows.get(i));
		}
		readElsewhere();
		List<Planned> planned = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			planned.add(plan(rows.get(i), targets[i]));
		}
		return planned;
	}

	/**
	 * For planning row by row as the workbook is read: the one existing project every row should go to (by
	 * diarienummer or name), its content loaded and the other projects' codes read; null when there is none such.
	 */
	Project streamInto(String wanted) {
		Project project = existing(wanted.strip());
		if (project == null) {
			return null;
		}
		load(project);
		readElsewhere();
		return project;
	}

	/**
	 * The row planned; null when it belongs to another project than the streamed one (or one to create). Never
	 * reads the store: it is called inside the streaming save's transaction.
	 */
	Planned next(DisRow row, Project streamed) {
		Project target = target(row);
		return target != null && target != streamed ? null : plan(row, target);
	}

	/** Codes of the projects no row named (their content is not loaded). */
	private void readElsewhere() {
		for (Project p : association.getProjects()) {
			if (codes.containsKey(p) || created.containsValue(p)) {
				continue;
			}
			for (ParticipantSummary s : store.participants(p.getId())) {
				elsewhere.put(s.code(), p.getDiarienummer());
			}
		}
	}

	private Project existing(String key) {
		Project project = byDiarienummer.get(key);
		return project != null ? project : byName.get(key.toLowerCase(Locale.ROOT));
	}

	/** The row's project, its content loaded; null (with a problem) when there is none. */
	private Project project(DisRow row) {
		Project project = target(row);
		if (project != null) {
			load(project);
		}
		return project;
	}

	/** The row's project, found or created; null (with a problem) when there is none. */
	private Project target(DisRow row) {
		String named = (String) row.get(DisColumn.PROJECT);
		String wanted = named != null ? named : options.project();
		if (wanted == null) {
			problem(row, DisColumn.PROJECT, "", Messages.Dis_noProject);
			return null;
		}
		String key = wanted.strip();
		Project project = existing(key);
		if (project == null) {
			project = created.get(key);
		}
		if (project == null && options.createProjects() && ProjectRules.isDiarienummer(key, association)) {
			project = FinsamFactory.eINSTANCE.createProject();
			project.setDiarienummer(key);
			project.setName(NLS.bind(Messages.Dis_createdProjectName, key));
			project.setKind(ProjectKind.PROJECT);
			project.setContentLoaded(true);
			created.put(key, project);
			association.getProjects().add(project);
		}
		if (project == null) {
			problem(row, DisColumn.PROJECT, wanted, options.createProjects() ? Messages.Dis_unknownProjectName
					: NLS.bind(Messages.Dis_unknownProject, association.getName()));
			return null;
		}
		return project;
	}

	private void load(Project project) {
		if (!codes.containsKey(project)) {
			store.loadContent(project);
			Map<String, Integer> byCode = new HashMap<>();
			Map<String, Integer> byPnr = new HashMap<>();
			List<Participant> list = project.getParticipants();
			for (int i = 0; i < list.size(); i++) {
				byCode.put(list.get(i).getCode(), i);
				if (list.get(i).getPersonalIdentityNumber() != null) {
					byPnr.put(list.get(i).getPersonalIdentityNumber(), i);
				}
			}
			codes.put(project, byCode);
			pnrs.put(project, byPnr);
		}
	}

	private Planned plan(DisRow row, Project project) {
		if (project == null || !row.valid()) {
			return new Planned(row, project, -1, null, RowStatus.INVALID);
		}
		String code = (String) row.get(DisColumn.CODE);
		String pnr = (String) row.get(DisColumn.PERSONNUMMER);
		Integer index = code != null ? codes.get(project).get(code) : pnr != null ? pnrs.get(project).get(pnr) : null;
		if (code == null && pnr == null) {
			problem(row, DisColumn.CODE, "", Messages.Dis_codeMissing);
			return new Planned(row, project, -1, null, RowStatus.INVALID);
		}
		Participant existing = index == null ? null : project.getParticipants().get(index);
		if (code == null) {
			code = existing != null ? existing.getCode() : newCode();
		}
		Seen earlier = seen.putIfAbsent(code, new Seen(row.layout(), row.row()));
		if (earlier != null) {
			problem(row, DisColumn.CODE, code, NLS.bind(Messages.Dis_duplicateCode, earlier.layout().sheet + "!"
					+ earlier.layout().cell(DisColumn.CODE, earlier.row())));
			return new Planned(row, project, -1, null, RowStatus.INVALID);
		}
		String other = otherProject(code, project);
		if (other != null) {
			problem(row, DisColumn.CODE, code, NLS.bind(Messages.Dis_codeInOtherProject, other));
			return new Planned(row, project, -1, null, RowStatus.INVALID);
		}
		Participant candidate = existing != null ? EcoreUtil.copy(existing) : newParticipant(code);
		Fields.apply(row, candidate, options.today());
		RowStatus status = existing == null ? RowStatus.NEW
				: EcoreUtil.equals(existing, candidate) ? RowStatus.UNCHANGED : RowStatus.UPDATE;
		return new Planned(row, project, index == null ? -1 : index, candidate, status);
	}

	private String otherProject(String code, Project project) {
		String dnr = elsewhere.get(code);
		if (dnr != null) {
			return dnr;
		}
		for (Map.Entry<Project, Map<String, Integer>> e : codes.entrySet()) {
			if (e.getKey() != project && e.getValue().containsKey(code)) {
				return e.getKey().getDiarienummer();
			}
		}
		return null;
	}

	private static Participant newParticipant(String code) {
		Participant p = FinsamFactory.eINSTANCE.createParticipant();
		p.setCode(code);
		// A DIS lists people who consented to being followed up; a "Samtycke" column says otherwise.
		p.setConsent(true);
		return p;
	}

	private String newCode() {
		String code;
		do {
			code = String.format("IMP-%05d", ++generated);
		} while (seen.containsKey(code) || elsewhere.containsKey(code) || inLoaded(code));
		return code;
	}

	private boolean inLoaded(String code) {
		return codes.values().stream().anyMatch(m -> m.containsKey(code));
	}

	private void problem(DisRow row, DisColumn column, String value, String message) {
		problems.add(new CellProblem(row.layout().sheet, row.layout().cell(column, row.row()), value, message,
				row.row()));
	}
}
