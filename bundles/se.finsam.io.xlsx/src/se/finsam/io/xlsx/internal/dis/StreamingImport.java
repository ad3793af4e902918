package se.finsam.io.xlsx.internal.dis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import se.finsam.io.xlsx.CellProblem;
import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.DisImport;
import se.finsam.io.xlsx.ImportOptions;
import se.finsam.io.xlsx.ImportPreview;
import se.finsam.io.xlsx.ImportPreview.RowStatus;
import se.finsam.io.xlsx.ImportProgress;
import se.finsam.io.xlsx.ImportResult;
import se.finsam.io.xlsx.SpreadsheetException;
import se.finsam.io.xlsx.internal.read.WorkbookReader;
import se.finsam.model.Association;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.codes.CodeLists;
import se.finsam.store.ParticipantFeed;
import se.finsam.store.Store;

/**
 * {@link DisImport#importNow}: a reader thread parses the workbook and hands its rows over in batches; this thread
 * plans and checks each batch and gives its new participants to the store, which writes them while the next batch
 * is read (issue 16: parsing and storing 100 000 rows overlap on two cores instead of following each other).
 * <p>
 * The plan is the two steps' own (the same {@link Planner}, row by row, and {@link RowValidation}); whatever the
 * preview would not have stored is rolled back. What planning row by row cannot decide alone (a row for another
 * project, a project to create, a later sheet with other columns of the förbund's own) makes it stop, roll back and
 * finish as the two steps do, reading the workbook again: it keeps no more of the rows than the preview shows
 * ({@link StreamedRows}), so that a 100 000-row import fits in 128 MB (issue 16).
 */
final class StreamingImport {

	private static final int BATCH = 1000;

	/** A batch of rows, with what the reader knew when it handed them over. */
	private record Batch(List<DisRow> rows, Map<String, Boolean> kept, int readProblems) {
	}

	private record End(Throwable failure) {
	}

	/** Thrown by the feed to roll the transaction back. */
	private static final class Stop extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final boolean fallBack;

		Stop(boolean fallBack) {
			super(null, null, false, false);
			this.fallBack = fallBack;
		}
	}

	private final Path file;
	private final Store store;
	private final String associationId;
	private final ImportOptions options;
	private final ImportProgress progress;
	private final CodeLists codes = CodeLists.defaults();
	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
	private volatile boolean abandoned;

	private Association association;
	private DisSink sink;
	private Thread reader;
	/** The reader's last word, once this thread has taken it. */
	private End end;

	StreamingImport(Path file, Store store, String associationId, ImportOptions options, ImportProgress progress) {
		this.file = file;
		this.store = store;
		this.associationId = associationId;
		this.options = options;
		this.progress = progress;
	}

	DisImport.Outcome run() throws SpreadsheetException {
		association = store.loadAssociation(associationId);
		sink = DisImporter.sink(association, options, codes, progress);
		reader = Thread.ofPlatform().daemon().name("finsam-dis-reader").start(this::read);
		try {
			Object first = take();
			if (first instanceof Batch batch) {
				DisImport.Outcome streamed = stream(batch);
				if (streamed != null) {
					return streamed;
				}
			} else {
				end = (End) first;
			}
			return fallBack();
		} finally {
			abandon();
		}
	}

	/** Null when the rows must be planned as a whole after all (nothing is stored then). */
	private DisImport.Outcome stream(Batch first) throws SpreadsheetException {
		Object wanted = options.project() != null ? options.project() : first.rows().get(0).get(DisColumn.PROJECT);
		List<CellProblem> planProblems = new ArrayList<>();
		Planner planner = new Planner(store, association, options, planProblems);
		Project project = wanted instanceof String name ? planner.streamInto(name) : null;
		if (project == null) {
			return null;
		}
		boolean defined = DisPlan.define(association, first.kept());
		Feed feed = new Feed(first, planner, project, planProblems);
		try {
			store.saveProject(project, feed);
		} catch (Stop stop) {
			if (stop.fallBack) {
				return null;
			}
			return new DisImport.Outcome(feed.plan, feed.plan.store(store), true); // stores nothing: not storable
		} catch (FailedRead e) {
			throw failure(e.getCause());
		}
		if (defined) {
			// After the participants: a failed import must leave the förbund's attributes as they were.
			store.saveAssociation(association);
		}
		return new DisImport.Outcome(feed.plan, feed.plan.streamed(), true);
	}

	/** Plans and checks each batch as it comes; hands the store its new participants. */
	private final class Feed implements ParticipantFeed {
		private final Planner planner;
		private final Project project;
		private final List<CellProblem> planProblems;
		private final Map<String, Boolean> kept;
		private final StreamedRows planned = new StreamedRows();
		private Batch pending;
		private int readProblems;
		DisPlan plan;

		Feed(Batch first, Planner planner, Project project, List<CellProblem> planProblems) {
			this.pending = first;
			this.planner = planner;
			this.project = project;
			this.planProblems = planProblems;
			this.kept = first.kept();
		}

		@Override
		public List<Participant> next() {
			while (true) {
				Object item = pending != null ? pending : take();
				pending = null;
				if (item instanceof End last) {
					end = last;
					finish(last);
					return null;
				}
				Batch batch = (Batch) item;
				readProblems = batch.readProblems();
				if (!batch.kept().equals(kept)) {
					throw new Stop(true); // a later sheet keeps other columns: their values were sealed otherwise
				}
				List<Planned> these = new ArrayList<>(batch.rows().size());
				for (DisRow row : batch.rows()) {
					Planned p = planner.next(row, project);
					if (p == null) {
						throw new Stop(true);
					}
					these.add(p);
				}
				RowValidation.validate(these, codes, options.today(), planProblems);
				planned.add(these);
				if ((readProblems > 0 || !planProblems.isEmpty()) && !options.validRowsOnly()) {
					continue; // it will not be stored: read on for the preview, give the store nothing more
				}
				List<Participant> added = these.stream().filter(p -> p.status == RowStatus.NEW).map(p -> p.candidate)
						.toList();
				if (!added.isEmpty()) {
					return added;
				}
			}
		}

		private void finish(End end) {
			if (end.failure() != null) {
				throw new FailedRead(end.failure());
			}
			if (!sink.keptColumns.equals(kept)) {
				throw new Stop(true);
			}
			sink.problems.addAll(planProblems);
			progress.rowsRead(sink.rowsRead());
			plan = new DisPlan(sink, planned, planner.created, options, codes);
			if (!plan.storable()) {
				throw new Stop(false);
			}
			for (Planned p : planned.kept) {
				if (p.status == RowStatus.UPDATE) {
					project.getParticipants().set(p.index, p.candidate);
				}
			}
		}
	}

	/**
	 * The two steps' way, reading the workbook again: the streamed attempt let go of the rows it handed on. The
	 * reader stops where it is unless it is done; what it failed with, it fails with again.
	 */
	private DisImport.Outcome fallBack() throws SpreadsheetException {
		if (end == null) {
			abandon();
		} else if (end.failure() != null) {
			throw failure(end.failure());
		}
		ImportPreview plan = DisImporter.analyse(file, store, associationId, options, progress);
		ImportResult result = DisImporter.store(plan, store);
		return new DisImport.Outcome(plan, result, false);
	}

	private void read() {
		List<DisRow> rows = new ArrayList<>(BATCH);
		sink.listener = row -> {
			rows.add(row);
			if (rows.size() == BATCH) {
				hand(new Batch(List.copyOf(rows), Map.copyOf(sink.keptColumns), sink.problems.size()));
				rows.clear();
			}
		};
		Throwable failure = null;
		try {
			WorkbookReader.read(file, sink);
			sink.finishSheet();
			if (!rows.isEmpty()) {
				hand(new Batch(List.copyOf(rows), Map.copyOf(sink.keptColumns), sink.problems.size()));
			}
		} catch (Throwable t) {
			failure = t;
		}
		try {
			hand(new End(failure));
		} catch (CancellationException e) {
			// given up: nobody waits for the end
		}
	}

	/** On the reader: waits for room; stops reading when the import was given up. */
	private void hand(Object item) {
		try {
			while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
				if (abandoned) {
					throw new CancellationException();
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException();
		}
	}

	private Object take() {
		try {
			return queue.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException();
		}
	}

	/** Lets the reader finish (it stops handing over) and waits for it. */
	private void abandon() {
		abandoned = true;
		queue.clear();
		try {
			reader.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Throws what the reader failed with, or returns it when it is a spreadsheet's problem. */
	private static SpreadsheetException failure(Throwable t) {
		if (t instanceof SpreadsheetException e) {
			return e;
		}
		if (t instanceof RuntimeException e) {
			throw e;
		}
		if (t instanceof Error e) {
			throw e;
		}
		throw new IllegalStateException(t);
	}

	/** A failure of the reader, carried out of the store's save. */
	private static final class FailedRead extends RuntimeException {
		private static final long serialVersionUID = 1L;

		FailedRead(Throwable failure) {
			super(failure);
		}
	}
}
