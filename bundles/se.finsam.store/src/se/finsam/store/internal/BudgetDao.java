package se.finsam.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import se.finsam.model.Budget;
import se.finsam.model.BudgetAmount;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamFactory;
import se.finsam.model.FlatRate;
import se.finsam.model.Party;
import se.finsam.model.Project;

/** A project's budget: lines with yearly amounts and flat rates. Small, so a save rewrites it. */
final class BudgetDao {

	private BudgetDao() {
	}

	static void save(Connection c, Project project, UnchangedRows rows, UnchangedRows.Pending pending)
			throws SQLException {
		rows.write(c, project, PART, x -> deleteAll(x, project.getId()), x -> insert(x, project), pending);
	}

	private static final String PART = "budget";

	/** Tells {@code rows} what the project's budget is as loaded. */
	static void loaded(Project project, UnchangedRows rows) throws SQLException {
		rows.loaded(project, PART, x -> insert(x, project));
	}

	private static void insert(Connection c, Project project) throws SQLException {
		Budget budget = project.getBudget();
		if (budget == null) {
			return;
		}
		try (PreparedStatement line = c.prepareStatement("INSERT INTO BUDGET_LINE VALUES (?, ?, ?, ?, ?)");
				PreparedStatement amount = c.prepareStatement("INSERT INTO BUDGET_AMOUNT VALUES (?, ?, ?, ?, ?)")) {
			for (int i = 0; i < budget.getLines().size(); i++) {
				BudgetLine l = budget.getLines().get(i);
				if (l.getId() == null) {
					l.setId(UUID.randomUUID().toString());
				}
				new Binder(line).text(l.getId()).text(project.getId()).integer(i).text(l.getCategory()).text(l.getLabel());
				line.addBatch();
				for (BudgetAmount a : l.getAmounts()) {
					new Binder(amount).text(l.getId()).integer(a.getYear()).decimal(a.getBudget())
							.decimal(a.getRequisitioned()).decimal(a.getAccumulatedCost());
					amount.addBatch();
				}
			}
			line.executeBatch();
			amount.executeBatch();
		}
		try (PreparedStatement s = c.prepareStatement("INSERT INTO FLAT_RATE VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < budget.getFlatRates().size(); i++) {
				FlatRate r = budget.getFlatRates().get(i);
				new Binder(s).text(project.getId()).integer(i).text(r.getLabel()).decimal(r.getAnnualAmount())
						.text(r.getEmployer() == null ? null : r.getEmployer().getId()).date(r.getStart()).date(r.getEnd());
				s.addBatch();
			}
			s.executeBatch();
		}
	}

	static void load(Connection c, Project project, Map<String, Party> parties) throws SQLException {
		FinsamFactory f = FinsamFactory.eINSTANCE;
		Budget budget = f.createBudget();
		Map<String, BudgetLine> lines = new HashMap<>();
		Jdbc.query(c, "SELECT ID, CATEGORY, LABEL FROM BUDGET_LINE WHERE PROJECT_ID = ? ORDER BY POS", project.getId(),
				col -> {
					BudgetLine l = f.createBudgetLine();
					l.setId(col.text());
					l.setCategory(col.text());
					l.setLabel(col.text());
					budget.getLines().add(l);
					lines.put(l.getId(), l);
				});
		Jdbc.query(c, "SELECT A.LINE_ID, A.BUDGET_YEAR, A.BUDGET, A.REQUISITIONED, A.ACCUMULATED_COST FROM BUDGET_AMOUNT A "
				+ "JOIN BUDGET_LINE L ON L.ID = A.LINE_ID WHERE L.PROJECT_ID = ? ORDER BY A.LINE_ID, A.BUDGET_YEAR",
				project.getId(), col -> {
					BudgetLine l = lines.get(col.text());
					BudgetAmount a = f.createBudgetAmount();
					a.setYear(col.integer());
					a.setBudget(col.decimal());
					a.setRequisitioned(col.decimal());
					a.setAccumulatedCost(col.decimal());
					l.getAmounts().add(a);
				});
		Jdbc.query(c, "SELECT LABEL, ANNUAL_AMOUNT, EMPLOYER_ID, START_DATE, END_DATE FROM FLAT_RATE WHERE PROJECT_ID = ? "
				+ "ORDER BY POS", project.getId(), col -> {
					FlatRate r = f.createFlatRate();
					r.setLabel(col.text());
					r.setAnnualAmount(col.decimal());
					r.setEmployer(parties.get(col.text()));
					r.setStart(col.date());
					r.setEnd(col.date());
					budget.getFlatRates().add(r);
				});
		if (!budget.getLines().isEmpty() || !budget.getFlatRates().isEmpty()) {
			project.setBudget(budget);
		}
	}

	static void deleteAll(Connection c, String projectId) throws SQLException {
		Jdbc.update(c, "DELETE FROM BUDGET_AMOUNT WHERE LINE_ID IN (SELECT ID FROM BUDGET_LINE WHERE PROJECT_ID = ?)",
				projectId);
		Jdbc.update(c, "DELETE FROM BUDGET_LINE WHERE PROJECT_ID = ?", projectId);
		Jdbc.update(c, "DELETE FROM FLAT_RATE WHERE PROJECT_ID = ?", projectId);
	}
}
