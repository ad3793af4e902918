package se.finsam.store.tests;

import org.junit.jupiter.api.BeforeEach;

import se.finsam.store.ServerAddress;
import se.finsam.store.Store;

/** {@link StoreTest} on a PostgreSQL team server: a real throw-away cluster, a database per test. */
public class PostgresStoreTest extends StoreTest {

	private ServerAddress server;

	@BeforeEach
	public void setUpServer() {
		server = TeamServer.initializedDatabase();
	}

	@Override
	protected Store open() {
		return TeamServer.open(server);
	}

	/** On the server an unchanged budget is not even touched: its rows keep their transaction ids (xmin). */
	@org.junit.jupiter.api.Test
	public void aSaveOfTheNameLeavesTheBudgetRowsAlone() throws Exception {
		se.finsam.model.Association original = Fixture.demo(40);
		try (Store store = open()) {
			store.createAssociation(original);
			se.finsam.model.Project p = store.loadAssociation(original.getId()).getProjects().get(0);
			store.loadContent(p);
			String before = xmins(p.getId());
			p.setName("Bara namnet");
			store.saveProject(p);
			org.junit.jupiter.api.Assertions.assertEquals(before, xmins(p.getId()));
			p.getBudget().getLines().get(0).getAmounts().get(0).setBudget(new java.math.BigDecimal("4711"));
			store.saveProject(p);
			org.junit.jupiter.api.Assertions.assertNotEquals(before, xmins(p.getId()));
		}
	}

	private String xmins(String projectId) throws java.sql.SQLException {
		try (java.sql.Connection c = TeamServer.superuser(server.database());
				java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
						"SELECT STRING_AGG(A.XMIN::TEXT, ',' ORDER BY A.LINE_ID, A.BUDGET_YEAR) FROM BUDGET_AMOUNT A "
								+ "JOIN BUDGET_LINE L ON L.ID = A.LINE_ID WHERE L.PROJECT_ID = '" + projectId + "'")) {
			rs.next();
			return rs.getString(1);
		}
	}
}
