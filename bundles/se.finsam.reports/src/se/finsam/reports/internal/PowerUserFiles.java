package se.finsam.reports.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.birt.report.model.api.CellHandle;
import org.eclipse.birt.report.model.api.DataItemHandle;
import org.eclipse.birt.report.model.api.DataSetHandle;
import org.eclipse.birt.report.model.api.ElementFactory;
import org.eclipse.birt.report.model.api.IDesignEngine;
import org.eclipse.birt.report.model.api.LabelHandle;
import org.eclipse.birt.report.model.api.LibraryHandle;
import org.eclipse.birt.report.model.api.OdaDataSetHandle;
import org.eclipse.birt.report.model.api.OdaDataSourceHandle;
import org.eclipse.birt.report.model.api.PropertyHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.RowHandle;
import org.eclipse.birt.report.model.api.SessionHandle;
import org.eclipse.birt.report.model.api.StructureFactory;
import org.eclipse.birt.report.model.api.TableGroupHandle;
import org.eclipse.birt.report.model.api.TableHandle;
import org.eclipse.birt.report.model.api.elements.structures.ComputedColumn;
import org.eclipse.birt.report.model.api.elements.structures.OdaResultSetColumn;

import com.ibm.icu.util.ULocale;

/**
 * What power users design against: {@code finsam.rptlibrary} (the JDBC data source, one data set per documented
 * SQL view, the styles of our reports) and {@code deltagarlista.rptdesign}, an example that uses it. Written with
 * BIRT's own design API, so the standalone BIRT designer opens them as its own.
 */
public final class PowerUserFiles {

	public static final String LIBRARY = "finsam.rptlibrary";
	public static final String EXAMPLE = "deltagarlista.rptdesign";
	static final String SOURCE = "Finsam";

	/** A data set per view: name, query and its columns as name:type. */
	private record View(String name, String query, List<String> columns) {
	}

	private static final List<View> VIEWS = List.of(
			new View("Insatser", "SELECT * FROM V_PROJECT ORDER BY ASSOCIATION_NAME, DIARIENUMMER",
					List.of("ASSOCIATION_ID:string", "ASSOCIATION_NAME:string", "PROJECT_ID:string", "DIARIENUMMER:string",
							"NAME:string", "KIND:string", "OWNER_NAME:string", "GRANTED_START:date", "GRANTED_END:date",
							"DROPOUT_COUNT:integer", "DROPOUT_SHARE:decimal", "SIGNATURE_DATE:date", "SIGNATURE_NAME:string",
							"PARTICIPANT_COUNT:integer")),
			new View("Deltagare", "SELECT * FROM V_PARTICIPANT ORDER BY DIARIENUMMER, CODE",
					List.of("ASSOCIATION_ID:string", "PROJECT_ID:string", "DIARIENUMMER:string", "CODE:string",
							"GENDER:string", "BIRTH_YEAR:integer", "CONSENT:boolean", "ENROLMENT_DATE:date",
							"ENROLMENT_YEAR:integer", "EXIT_DATE:date", "REFERRING_PARTY:string", "SUPPORT_START:string",
							"SUPPORT_EXTENT_START:integer", "SUPPORT_EXIT:string", "SUPPORT_EXTENT_EXIT:integer",
							"OCCUPATION_START:string", "OCCUPATION_EXIT:string", "EXIT_REASON:string",
							"EXIT_REASON_LABEL:string", "POSITIVE_EXIT:boolean", "START_EQ5D:decimal", "START_VAS:integer",
							"EXIT_EQ5D:decimal", "EXIT_VAS:integer")),
			new View("Budget per år", "SELECT * FROM V_BUDGET_YEAR ORDER BY DIARIENUMMER, LINE_POS, BUDGET_YEAR",
					List.of("ASSOCIATION_ID:string", "PROJECT_ID:string", "DIARIENUMMER:string", "LINE_ID:string",
							"LINE_POS:integer", "CATEGORY:string", "CATEGORY_LABEL:string", "LABEL:string",
							"BUDGET_YEAR:integer", "BUDGET:decimal", "REQUISITIONED:decimal", "ACCUMULATED_COST:decimal",
							"REMAINING:decimal")),
			new View("Utfall", "SELECT * FROM V_OUTCOME ORDER BY DIARIENUMMER, EXIT_REASON",
					List.of("ASSOCIATION_ID:string", "PROJECT_ID:string", "DIARIENUMMER:string", "EXIT_REASON:string",
							"EXIT_REASON_LABEL:string", "POSITIVE_EXIT:boolean", "GENDER:string", "PARTICIPANTS:integer")));

	private PowerUserFiles() {
	}

	/** Writes the library and the example into the folder, leaving files the user already has. */
	public static void write(IDesignEngine engine, Path folder) throws Exception {
		Files.createDirectories(folder);
		SessionHandle session = engine.newSessionHandle(ULocale.forLocale(Locale.getDefault()));
		Path library = folder.resolve(LIBRARY);
		if (!Files.exists(library)) {
			LibraryHandle lib = session.createLibrary();
			fill(lib, lib.getElementFactory());
			lib.saveAs(library.toString());
			lib.close();
		}
		Path example = folder.resolve(EXAMPLE);
		if (!Files.exists(example)) {
			// Named after its file from the start: the library include resolves beside it.
			ReportDesignHandle design = session.createDesign(example.toString());
			example(design, design.getElementFactory());
			design.saveAs(example.toString());
			design.close();
		}
	}

	private static void fill(LibraryHandle lib, ElementFactory f) throws Exception {
		OdaDataSourceHandle source = f.newOdaDataSource(SOURCE, "org.eclipse.birt.report.data.oda.jdbc");
		// In Finsam Workbench the open store's connection replaces these; in the BIRT designer, point the URL at a
		// copy of the database (docs/report-design.md), never at the live one.
		source.setProperty("odaDriverClass", "org.apache.derby.iapi.jdbc.AutoloadedDriver");
		source.setProperty("odaURL", "jdbc:derby:/sökväg/till/kopian/db;bootPassword=nyckeln");
		lib.getDataSources().add(source);
		for (View view : VIEWS) {
			OdaDataSetHandle set = f.newOdaDataSet(view.name(), "org.eclipse.birt.report.data.oda.jdbc.JdbcSelectDataSet");
			set.setDataSource(SOURCE);
			set.setQueryText(view.query());
			PropertyHandle columns = set.getPropertyHandle(OdaDataSetHandle.RESULT_SET_PROP);
			int position = 1;
			for (String column : view.columns()) {
				String[] c = column.split(":");
				OdaResultSetColumn rs = StructureFactory.createOdaResultSetColumn();
				rs.setColumnName(c[0]);
				rs.setNativeName(c[0]);
				rs.setDataType(c[1]);
				rs.setPosition(position++);
				columns.addItem(rs);
			}
			lib.getDataSets().add(set);
		}
		ReportStyles.ensure(lib, f);
	}

	private static void example(ReportDesignHandle design, ElementFactory f) throws Exception {
		design.includeLibrary(LIBRARY, "finsam");
		LibraryHandle lib = design.getLibrary("finsam");
		design.setThemeName("finsam.finsam"); // the library's styles, by the names our reports use
		DataSetHandle participants = (DataSetHandle) f.newElementFrom(lib.findDataSet("Deltagare"), "Deltagare");
		design.getDataSets().add(participants);
		LabelHandle title = f.newLabel(null);
		title.setText("Deltagare per insats");
		title.setStyleName("title");
		design.getBody().add(title);

		String[][] columns = { { "CODE", "Kod" }, { "GENDER", "Kön" }, { "BIRTH_YEAR", "Född" },
				{ "ENROLMENT_DATE", "Inskriven" }, { "EXIT_DATE", "Avslutad" }, { "EXIT_REASON_LABEL", "Avslutsorsak" } };
		TableHandle table = f.newTableItem("deltagare", columns.length, 1, 1, 1);
		table.setWidth("100%");
		table.setDataSet(participants);
		PropertyHandle bindings = table.getColumnBindings();
		for (String[] c : columns) {
			ComputedColumn b = binding(c[0]);
			if (c[0].equals("GENDER")) {
				b.setExpression("dataSetRow[\"GENDER\"] == \"female\" ? \"Kvinna\" : dataSetRow[\"GENDER\"] == \"male\""
						+ " ? \"Man\" : \"\"");
			}
			bindings.addItem(b);
		}
		bindings.addItem(binding("DIARIENUMMER"));
		TableGroupHandle group = f.newTableGroup();
		group.setKeyExpr("row[\"DIARIENUMMER\"]");
		table.getGroups().add(group);
		RowHandle groupHeader = f.newTableRow(columns.length);
		DataItemHandle dnr = f.newDataItem(null);
		dnr.setResultSetColumn("DIARIENUMMER");
		dnr.setStyleName("subheading");
		((CellHandle) groupHeader.getCells().get(0)).getContent().add(dnr);
		group.getHeader().add(groupHeader);
		RowHandle header = (RowHandle) table.getHeader().get(0);
		RowHandle detail = (RowHandle) table.getDetail().get(0);
		for (int i = 0; i < columns.length; i++) {
			LabelHandle label = f.newLabel(null);
			label.setText(columns[i][1]);
			CellHandle h = (CellHandle) header.getCells().get(i);
			h.setStyleName("table-header");
			h.getContent().add(label);
			DataItemHandle data = f.newDataItem(null);
			data.setResultSetColumn(columns[i][0]);
			CellHandle d = (CellHandle) detail.getCells().get(i);
			d.setStyleName("table-cell");
			d.getContent().add(data);
		}
		design.getBody().add(table);
	}

	private static ComputedColumn binding(String column) {
		ComputedColumn c = StructureFactory.createComputedColumn();
		c.setName(column);
		c.setExpression("dataSetRow[\"" + column + "\"]");
		return c;
	}
}
