package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import se.finsam.model.Association;
import se.finsam.model.Project;
import se.finsam.store.AssociationSummary;
import se.finsam.store.StoreException;
import se.finsam.store.TableCheck;

/**
 * {@code admin migrate} and {@code admin export}: everything of one store copied into another, empty one — from a
 * data directory to a team server or back — all or nothing. Identities are opened with the source's key and sealed
 * anew with the target's; before the commit every table's rows are counted and checksummed on both sides.
 */
final class StoreCopy {

	private StoreCopy() {
	}

	static List<TableCheck> copy(JdbcStore from, JdbcStore to) {
		List<Association> all = new ArrayList<>();
		for (AssociationSummary summary : from.associations()) {
			Association association = from.loadAssociation(summary.id());
			for (Project project : association.getProjects()) {
				from.loadContent(project);
			}
			all.add(association);
		}
		Map<String, TableCheck> source;
		try (Connection c = from.reportingConnection()) {
			source = TableChecksums.of(c);
		} catch (SQLException e) {
			throw DatabaseErrors.of(e);
		}
		to.copyIn(all, from.auditLog(), c -> {
			Map<String, TableCheck> target = TableChecksums.of(c);
			for (TableCheck expected : source.values()) {
				TableCheck found = target.get(expected.table());
				if (!expected.equals(found)) {
					throw new StoreException(NLS.bind(Messages.Copy_mismatch, new Object[] { expected.table(),
							expected.rows(), found.rows() }));
				}
			}
		});
		return List.copyOf(source.values());
	}
}
