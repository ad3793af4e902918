package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.finsam.model.Association;
import se.finsam.model.AttributeDefinition;
import se.finsam.model.FinsamFactory;
import se.finsam.model.LocalGroup;
import se.finsam.model.Party;
import org.eclipse.osgi.util.NLS;

import se.finsam.store.AssociationSummary;
import se.finsam.store.StoreException;

/** An association's own fields, parties and local groups. */
final class AssociationDao {

	private AssociationDao() {
	}

	static void insert(Connection c, Association a) throws SQLException {
		if (a.getId() == null) {
			a.setId(UUID.randomUUID().toString());
		}
		try (PreparedStatement s = c.prepareStatement(
				"INSERT INTO ASSOCIATION (ID, NAME, ORG_NUMBER, DNR_FORMAT, EXAMPLE, RETENTION_YEARS, REVISION) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			new Binder(s).text(a.getId()).text(a.getName()).text(a.getOrganisationNumber()).text(a.getDiarienummerFormat())
					.bool(a.isExample()).integer(a.getRetentionYears()).number(a.getRevision() + 1);
			s.executeUpdate();
		}
		saveParties(c, a);
		saveGroups(c, a);
		saveDefinitions(c, a);
	}

	/** Updates at the loaded revision; false when someone else saved in between. */
	static boolean update(Connection c, Association a) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"UPDATE ASSOCIATION SET NAME = ?, ORG_NUMBER = ?, DNR_FORMAT = ?, EXAMPLE = ?, RETENTION_YEARS = ?, "
						+ "REVISION = REVISION + 1 WHERE ID = ? AND REVISION = ?")) {
			new Binder(s).text(a.getName()).text(a.getOrganisationNumber()).text(a.getDiarienummerFormat())
					.bool(a.isExample()).integer(a.getRetentionYears()).text(a.getId()).number(a.getRevision());
			if (s.executeUpdate() != 1) {
				return false;
			}
		}
		saveParties(c, a);
		saveGroups(c, a);
		saveDefinitions(c, a);
		return true;
	}

	static Association load(Connection c, String id) throws SQLException {
		FinsamFactory f = FinsamFactory.eINSTANCE;
		Association a = f.createAssociation();
		boolean[] found = { false };
		Jdbc.query(c, "SELECT ID, NAME, ORG_NUMBER, DNR_FORMAT, EXAMPLE, RETENTION_YEARS, REVISION FROM ASSOCIATION "
				+ "WHERE ID = ?", id, col -> {
					a.setId(col.text());
					a.setName(col.text());
					a.setOrganisationNumber(col.text());
					a.setDiarienummerFormat(col.text());
					a.setExample(col.bool());
					a.setRetentionYears(col.integer());
					a.setRevision(col.number());
					found[0] = true;
				});
		if (!found[0]) {
			return null;
		}
		Jdbc.query(c, "SELECT ID, KIND, NAME, FINANCING_SHARE FROM PARTY WHERE ASSOCIATION_ID = ? ORDER BY POS", id, col -> {
			Party p = f.createParty();
			p.setId(col.text());
			p.setKind(col.text());
			p.setName(col.text());
			p.setFinancingShare(col.decimal());
			a.getParties().add(p);
		});
		Jdbc.query(c, "SELECT ID, KIND, NAME, DESCRIPTION FROM LOCAL_GROUP WHERE ASSOCIATION_ID = ? ORDER BY POS", id,
				col -> {
					LocalGroup g = f.createLocalGroup();
					g.setId(col.text());
					g.setKind(col.text());
					g.setName(col.text());
					g.setDescription(col.text());
					a.getLocalGroups().add(g);
				});
		Jdbc.query(c, "SELECT NAME, PERSONAL FROM ATTRIBUTE_DEFINITION WHERE ASSOCIATION_ID = ? ORDER BY POS", id,
				col -> {
					AttributeDefinition d = f.createAttributeDefinition();
					d.setName(col.text());
					d.setPersonal(col.bool());
					a.getAttributeDefinitions().add(d);
				});
		return a;
	}

	static List<AssociationSummary> list(Connection c) throws SQLException {
		List<AssociationSummary> result = new ArrayList<>();
		Jdbc.query(c, "SELECT ID, NAME FROM ASSOCIATION ORDER BY NAME", null,
				col -> result.add(new AssociationSummary(col.text(), col.text())));
		return result;
	}

	/** Parties are updated in place (projects refer to them); removed ones are deleted. */
	private static void saveParties(Connection c, Association a) throws SQLException {
		Set<String> kept = new HashSet<>();
		try (PreparedStatement update = c.prepareStatement(
				"UPDATE PARTY SET POS = ?, KIND = ?, NAME = ?, FINANCING_SHARE = ? WHERE ID = ? AND ASSOCIATION_ID = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO PARTY VALUES (?, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < a.getParties().size(); i++) {
				Party p = a.getParties().get(i);
				if (p.getId() == null) {
					p.setId(UUID.randomUUID().toString());
				}
				kept.add(p.getId());
				new Binder(update).integer(i).text(p.getKind()).text(p.getName()).decimal(p.getFinancingShare())
						.text(p.getId()).text(a.getId());
				if (update.executeUpdate() == 0) {
					new Binder(insert).text(p.getId()).text(a.getId()).integer(i).text(p.getKind()).text(p.getName())
							.decimal(p.getFinancingShare());
					insert.executeUpdate();
				}
			}
		}
		List<String> removed = new ArrayList<>();
		Jdbc.query(c, "SELECT ID FROM PARTY WHERE ASSOCIATION_ID = ?", a.getId(), col -> {
			String id = col.text();
			if (!kept.contains(id)) {
				removed.add(id);
			}
		});
		for (String id : removed) {
			try {
				Jdbc.update(c, "DELETE FROM PARTY WHERE ID = ?", id);
			} catch (SQLException e) {
				if (!"23503".equals(e.getSQLState())) {
					throw e;
				}
				String[] name = { id };
				Jdbc.query(c, "SELECT NAME FROM PARTY WHERE ID = ?", id, col -> name[0] = col.text());
				throw new StoreException(NLS.bind(Messages.Store_partyInUse, name[0]), e);
			}
		}
	}

	private static void saveGroups(Connection c, Association a) throws SQLException {
		Jdbc.update(c, "DELETE FROM LOCAL_GROUP WHERE ASSOCIATION_ID = ?", a.getId());
		try (PreparedStatement s = c.prepareStatement("INSERT INTO LOCAL_GROUP VALUES (?, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < a.getLocalGroups().size(); i++) {
				LocalGroup g = a.getLocalGroups().get(i);
				if (g.getId() == null) {
					g.setId(UUID.randomUUID().toString());
				}
				new Binder(s).text(g.getId()).text(a.getId()).integer(i).text(g.getKind()).text(g.getName())
						.text(g.getDescription());
				s.addBatch();
			}
			s.executeBatch();
		}
	}

	private static void saveDefinitions(Connection c, Association a) throws SQLException {
		Jdbc.update(c, "DELETE FROM ATTRIBUTE_DEFINITION WHERE ASSOCIATION_ID = ?", a.getId());
		try (PreparedStatement s = c.prepareStatement("INSERT INTO ATTRIBUTE_DEFINITION VALUES (?, ?, ?, ?)")) {
			for (int i = 0; i < a.getAttributeDefinitions().size(); i++) {
				AttributeDefinition d = a.getAttributeDefinitions().get(i);
				new Binder(s).text(a.getId()).integer(i).text(d.getName()).bool(d.isPersonal());
				s.addBatch();
			}
			s.executeBatch();
		}
	}
}
