package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.finsam.model.Association;
import se.finsam.model.Dropout;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Goal;
import se.finsam.model.Party;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.model.Signature;

/** A project's own fields, its periods, parties and goals (its "header"); content has DAOs of its own. */
final class ProjectDao {

	private static final String COLUMNS = "DIARIENUMMER, NAME, KIND, OWNER_ID, GRANTED_START, GRANTED_END, "
			+ "TARGET_GROUP, RESOURCES, METHODS, ACTIVITIES, DROPOUT_COUNT, DROPOUT_SHARE, DROPOUT_COMMENT, "
			+ "SUCCESS_FACTORS, SYSTEM_FAULTS, STEERING_GROUP_ANALYSIS, SIGNATURE_DATE, SIGNATURE_NAME, SIGNATURE_ROLE";
	private static final int COUNT = COLUMNS.split(",").length;

	private ProjectDao() {
	}

	/**
	 * Updates the project if it is stored at the revision it was loaded with, inserts it if it is not stored at
	 * all; returns false when someone else saved it in between.
	 */
	static boolean saveHeader(Connection c, Project p, String associationId, UnchangedRows rows,
			UnchangedRows.Pending pending) throws SQLException {
		boolean isNew = p.getId() == null || !exists(c, p.getId());
		if (p.getId() == null) {
			p.setId(UUID.randomUUID().toString());
		}
		if (isNew) {
			try (PreparedStatement s = c.prepareStatement("INSERT INTO PROJECT (ID, ASSOCIATION_ID, REVISION, " + COLUMNS
					+ ") VALUES (?, ?, ?" + ", ?".repeat(COUNT) + ")")) {
				bind(new Binder(s).text(p.getId()).text(associationId).number(p.getRevision() + 1), p);
				s.executeUpdate();
			}
		} else {
			try (PreparedStatement s = c.prepareStatement("UPDATE PROJECT SET REVISION = REVISION + 1, "
					+ COLUMNS.replace(",", " = ?,") + " = ? WHERE ID = ? AND REVISION = ?")) {
				bind(new Binder(s), p).text(p.getId()).number(p.getRevision());
				if (s.executeUpdate() != 1) {
					return false;
				}
			}
		}
		rows.write(c, p, CHILDREN, x -> {
			if (!isNew) {
				deleteChildren(x, p.getId());
			}
		}, x -> insertChildren(x, p), pending);
		return true;
	}

	/** The project's parties, earlier periods and goals: rewritten together, when they changed. */
	private static final String CHILDREN = "children";

	/** Tells {@code rows} what the project's children are as loaded. */
	static void loaded(Project p, UnchangedRows rows) throws SQLException {
		rows.loaded(p, CHILDREN, x -> insertChildren(x, p));
	}

	/** Project headers of an association, parties resolved from the association's. */
	static void loadAll(Connection c, Association a) throws SQLException {
		Map<String, Party> parties = new HashMap<>();
		a.getParties().forEach(p -> parties.put(p.getId(), p));
		Map<String, Project> byId = new HashMap<>();
		try (PreparedStatement s = c.prepareStatement("SELECT ID, REVISION, " + COLUMNS
				+ " FROM PROJECT WHERE ASSOCIATION_ID = ? ORDER BY DIARIENUMMER")) {
			s.setString(1, a.getId());
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					Project p = read(new Columns(rs), parties);
					a.getProjects().add(p);
					byId.put(p.getId(), p);
				}
			}
		}
		loadChildren(c, a.getId(), byId, parties);
	}

	static void delete(Connection c, String projectId) throws SQLException {
		deleteChildren(c, projectId);
		Jdbc.update(c, "DELETE FROM PROJECT WHERE ID = ?", projectId);
	}

	private static Binder bind(Binder b, Project p) throws SQLException {
		Period granted = p.getGrantedPeriod();
		Dropout dropout = p.getDropout();
		Signature sig = p.getSignature();
		return b.text(p.getDiarienummer() == null ? null : p.getDiarienummer().strip()).text(p.getName())
				.text(p.getKind().getLiteral()).text(p.getOwner() == null ? null : p.getOwner().getId())
				.date(granted == null ? null : granted.getStart()).date(granted == null ? null : granted.getEnd())
				.text(p.getTargetGroup()).text(p.getResources()).text(p.getMethods()).text(p.getActivities())
				.integer(dropout == null ? null : dropout.getCount()).decimal(dropout == null ? null : dropout.getShare())
				.text(dropout == null ? null : dropout.getComment()).text(p.getSuccessFactors()).text(p.getSystemFaults())
				.text(p.getSteeringGroupAnalysis()).date(sig == null ? null : sig.getDate())
				.text(sig == null ? null : sig.getName()).text(sig == null ? null : sig.getRole());
	}

	private static Project read(Columns col, Map<String, Party> parties) throws SQLException {
		FinsamFactory f = FinsamFactory.eINSTANCE;
		Project p = f.createProject();
		p.setId(col.text());
		p.setRevision(col.number());
		p.setDiarienummer(col.text());
		p.setName(col.text());
		p.setKind(ProjectKind.get(col.text()));
		p.setOwner(parties.get(col.text()));
		var start = col.date();
		var end = col.date();
		if (start != null || end != null) {
			Period granted = f.createPeriod();
			granted.setStart(start);
			granted.setEnd(end);
			p.setGrantedPeriod(granted);
		}
		p.setTargetGroup(col.text());
		p.setResources(col.text());
		p.setMethods(col.text());
		p.setActivities(col.text());
		Integer count = col.integer();
		var share = col.decimal();
		String comment = col.text();
		if (count != null || share != null || comment != null) {
			Dropout d = f.createDropout();
			d.setCount(count);
			d.setShare(share);
			d.setComment(comment);
			p.setDropout(d);
		}
		p.setSuccessFactors(col.text());
		p.setSystemFaults(col.text());
		p.setSteeringGroupAnalysis(col.text());
		var date = col.date();
		String name = col.text();
		String role = col.text();
		if (date != null || name != null || role != null) {
			Signature sig = f.createSignature();
			sig.setDate(date);
			sig.setName(name);
			sig.setRole(role);
			p.setSignature(sig);
		}
		return p;
	}

	private static void insertChildren(Connection c, Project p) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("INSERT INTO PROJECT_PARTY VALUES (?, ?, ?)")) {
			List<Party> parties = p.getParticipatingParties();
			for (int i = 0; i < parties.size(); i++) {
				new Binder(s).text(p.getId()).text(parties.get(i).getId()).integer(i);
				s.addBatch();
			}
			s.executeBatch();
		}
		try (PreparedStatement s = c.prepareStatement("INSERT INTO PROJECT_PERIOD VALUES (?, ?, ?, ?)")) {
			for (int i = 0; i < p.getEarlierPeriods().size(); i++) {
				Period period = p.getEarlierPeriods().get(i);
				new Binder(s).text(p.getId()).integer(i).date(period.getStart()).date(period.getEnd());
				s.addBatch();
			}
			s.executeBatch();
		}
		try (PreparedStatement s = c.prepareStatement("INSERT INTO GOAL VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < p.getGoals().size(); i++) {
				Goal g = p.getGoals().get(i);
				new Binder(s).text(p.getId()).integer(i).text(g.getDescription()).text(g.getOutcome())
						.decimal(g.getTarget()).decimal(g.getResult()).text(g.getUnit());
				s.addBatch();
			}
			s.executeBatch();
		}
	}

	private static void loadChildren(Connection c, String associationId, Map<String, Project> projects,
			Map<String, Party> parties) throws SQLException {
		String mine = " WHERE PROJECT_ID IN (SELECT ID FROM PROJECT WHERE ASSOCIATION_ID = ?) ORDER BY PROJECT_ID, POS";
		Jdbc.query(c, "SELECT PROJECT_ID, PARTY_ID FROM PROJECT_PARTY" + mine, associationId, col -> {
			Project p = projects.get(col.text());
			Party party = parties.get(col.text());
			if (p != null && party != null) {
				p.getParticipatingParties().add(party);
			}
		});
		Jdbc.query(c, "SELECT PROJECT_ID, START_DATE, END_DATE FROM PROJECT_PERIOD" + mine, associationId, col -> {
			Project p = projects.get(col.text());
			Period period = FinsamFactory.eINSTANCE.createPeriod();
			period.setStart(col.date());
			period.setEnd(col.date());
			p.getEarlierPeriods().add(period);
		});
		Jdbc.query(c, "SELECT PROJECT_ID, DESCRIPTION, OUTCOME, TARGET, RESULT, UNIT FROM GOAL" + mine, associationId,
				col -> {
					Project p = projects.get(col.text());
					Goal g = FinsamFactory.eINSTANCE.createGoal();
					g.setDescription(col.text());
					g.setOutcome(col.text());
					g.setTarget(col.decimal());
					g.setResult(col.decimal());
					g.setUnit(col.text());
					p.getGoals().add(g);
				});
	}

	private static void deleteChildren(Connection c, String projectId) throws SQLException {
		for (String table : List.of("PROJECT_PARTY", "PROJECT_PERIOD", "GOAL")) {
			Jdbc.update(c, "DELETE FROM " + table + " WHERE PROJECT_ID = ?", projectId);
		}
	}

	private static boolean exists(Connection c, String id) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM PROJECT WHERE ID = ?")) {
			s.setString(1, id);
			try (ResultSet rs = s.executeQuery()) {
				return rs.next();
			}
		}
	}
}
