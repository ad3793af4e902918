package se.finsam.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import se.finsam.model.Evaluation;
import se.finsam.model.FinsamPackage;
import se.finsam.model.Project;
import se.finsam.model.ReportInstance;

/**
 * Reports and evaluations, stored whole as XMI documents: their structure follows templates and the calculation
 * format, not a fixed table layout.
 */
final class DocumentDao {

	private static final String REPORT = "report";
	private static final String EVALUATION = "evaluation";

	private DocumentDao() {
	}

	static void save(Connection c, Project project, UnchangedRows rows, UnchangedRows.Pending pending)
			throws SQLException {
		rows.write(c, project, PART, x -> Jdbc.update(x, "DELETE FROM DOCUMENT WHERE PROJECT_ID = ?", project.getId()),
				x -> insert(x, project), pending);
	}

	private static final String PART = "documents";

	/** Tells {@code rows} what the project's documents are as loaded. */
	static void loaded(Project project, UnchangedRows rows) throws SQLException {
		rows.loaded(project, PART, x -> insert(x, project));
	}

	private static void insert(Connection c, Project project) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("INSERT INTO DOCUMENT VALUES (?, ?, ?, ?, ?)")) {
			insert(s, project, REPORT, project.getReports());
			insert(s, project, EVALUATION, project.getEvaluations());
			s.executeBatch();
		}
	}

	static void load(Connection c, Project project) throws SQLException {
		Jdbc.query(c, "SELECT KIND, CONTENT FROM DOCUMENT WHERE PROJECT_ID = ? ORDER BY KIND, POS", project.getId(),
				col -> {
					String kind = col.text();
					EObject document = fromXmi(col.text());
					if (REPORT.equals(kind) && document instanceof ReportInstance r) {
						project.getReports().add(r);
					} else if (EVALUATION.equals(kind) && document instanceof Evaluation e) {
						project.getEvaluations().add(e);
					}
				});
	}

	private static void insert(PreparedStatement s, Project project, String kind, List<? extends EObject> documents)
			throws SQLException {
		for (int i = 0; i < documents.size(); i++) {
			EObject document = documents.get(i);
			String id = document instanceof ReportInstance r ? ensureId(r) : ensureId((Evaluation) document);
			new Binder(s).text(id).text(project.getId()).text(kind).integer(i).text(toXmi(document));
			s.addBatch();
		}
	}

	private static String ensureId(ReportInstance r) {
		if (r.getId() == null) {
			r.setId(UUID.randomUUID().toString());
		}
		return r.getId();
	}

	private static String ensureId(Evaluation e) {
		if (e.getId() == null) {
			e.setId(UUID.randomUUID().toString());
		}
		return e.getId();
	}

	/** Serializes a copy, so the document stays in its project. */
	private static String toXmi(EObject document) {
		Resource resource = new XMIResourceImpl(URI.createURI("document.xmi"));
		resource.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(document));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static EObject fromXmi(String xmi) {
		ResourceSetImpl set = new ResourceSetImpl();
		set.getPackageRegistry().put(FinsamPackage.eNS_URI, FinsamPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(URI.createURI("document.xmi"));
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new IllegalStateException("stored document cannot be read", e);
		}
		EObject document = resource.getContents().get(0);
		resource.getContents().clear();
		return document;
	}
}
