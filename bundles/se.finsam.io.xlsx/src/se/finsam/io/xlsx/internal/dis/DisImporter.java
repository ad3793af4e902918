package se.finsam.io.xlsx.internal.dis;

import java.nio.file.Path;
import java.util.List;

import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.ImportResult;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.internal.Messages;
import se.finsam.io.xlsx.internal.read.WorkbookReader;
import se.finsam.model.Association;
import se.finsam.model.codes.CodeLists;
import se.finsam.store.Store;

/** Read → plan → validate; then, on request, store. See {@link se.finsam.io.xlsx.DisImport}. */
public final class DisImporter {

	private DisImporter() {
	}

	public static ImportPreview analyse(Path file, Store store, String associationId, ImportOptions options,
			ImportProgress progress) throws SpreadsheetException {
		CodeLists codes = CodeLists.defaults();
		Association association = store.loadAssociation(associationId);
		DisSink sink = sink(association, options, codes, progress);
		WorkbookReader.read(file, sink);
		sink.finishSheet();
		return plan(file, sink, store, association, options, codes, progress);
	}

	/** The sink that reads a workbook's rows for the association. */
	static DisSink sink(Association association, ImportOptions options, CodeLists codes, ImportProgress progress) {
		java.util.Map<String, Boolean> definitions = new java.util.LinkedHashMap<>();
		association.getAttributeDefinitions().forEach(d -> definitions.put(d.getName(), d.isPersonal()));
		progress.phase(Messages.Progress_reading);
		return new DisSink(new HeaderMatcher(options.mapping(), definitions), new RowParser(codes, options.today()),
				progress);
	}

	/** Plans and checks every row the sink read (all of the workbook). */
	static DisPlan plan(Path file, DisSink sink, Store store, Association association, ImportOptions options,
			CodeLists codes, ImportProgress progress) throws SpreadsheetException {
		progress.rowsRead(sink.rowsRead());
		if (sink.sheets.stream().allMatch(s -> s.headerRow() == 0)) {
			throw new SpreadsheetException(org.eclipse.osgi.util.NLS.bind(Messages.Dis_noHeader, file.getFileName()));
		}
		progress.phase(Messages.Progress_checking);
		Planner planner = new Planner(store, association, options, sink.problems);
		List<Planned> planned = planner.plan(sink.rows);
		RowValidation.validate(planned, codes, options.today(), sink.problems);
		return new DisPlan(sink, planned, planner.created, options, codes);
	}

	public static ImportResult store(ImportPreview preview, Store store) {
		if (!(preview instanceof DisPlan plan)) {
			throw new IllegalArgumentException("not a preview of DisImport");
		}
		return plan.store(store);
	}

	public static DisImport.Outcome importNow(Path file, Store store, String associationId, ImportOptions options,
			ImportProgress progress) throws SpreadsheetException {
		return new StreamingImport(file, store, associationId, options, progress).run();
	}
}
