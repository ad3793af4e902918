package se.finsam.store.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;

import se.finsam.core.Formats;
import se.finsam.model.Association;
import se.finsam.model.AttributeDefinition;
import se.finsam.model.FinsamFactory;
import se.finsam.model.Gender;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.personal.InvalidPersonnummerException;
import se.finsam.model.personal.Personnummer;
import se.finsam.store.LoadCancelledException;
import se.finsam.store.LoadProgress;
import se.finsam.store.ParticipantFeed;
import se.finsam.store.StoreException;

/**
 * Participants of one project, keyed by (project, position). A save writes only what changed: rows whose
 * participant is the same as before are updated in place when their content hash differs; from the first position
 * where the list differs (an insertion or removal), the rest is rewritten. Editing some participants of 100 000
 * updates some rows; adding at the end inserts only the new ones.
 */
final class ParticipantDao {

	private static final String DATA_COLUMNS = "ID_UTF8, CODE, PNR_SEALED, PNR_KEY, GENDER, BIRTH_YEAR, "
			+ "CONSENT, ENROLMENT_DATE, ENROLMENT_YEAR, EXIT_DATE, REFERRING_PARTY, SUPPORT_START, SUPPORT_EXTENT_START, "
			+ "SUPPORT_EXIT, SUPPORT_EXTENT_EXIT, OCCUPATION_START, OCCUPATION_EXIT, EXIT_REASON, START_EQ5D, "
			+ "START_VAS, EXIT_EQ5D, EXIT_VAS, DETAILS_UTF8, CONSENT_WITHDRAWN, IDENTITY_ERASED, HAS_IDENTITY, ROW_HASH";
	private static final int DATA_COUNT = DATA_COLUMNS.split(",").length;
	static final String INSERT_COLUMNS = "PROJECT_NO, POS, ASSOCIATION_NO, " + DATA_COLUMNS;
	static final int INSERT_COUNT = 3 + DATA_COUNT;
	private static final String INSERT = "INSERT INTO PARTICIPANT (" + INSERT_COLUMNS + ") VALUES (?, ?, ?"
			+ ", ?".repeat(DATA_COUNT) + ")";
	// PNR_PSEUDONYM is no longer written (issue 16: 64 characters per row for a comparison that PNR_KEY and the
	// cipher make); an update clears what older versions stored there.
	private static final String UPDATE = "UPDATE PARTICIPANT SET PNR_PSEUDONYM = NULL, "
			+ DATA_COLUMNS.replace(",", " = ?,") + " = ? WHERE PROJECT_NO = ? AND POS = ?";
	private static final int BATCH = 1000;
	/** Derby's default lock escalation threshold (derby.locks.escalationThreshold). */
	private static final int TABLE_LOCK_ROWS = 5000;

	/** A feed's first batch of this many stands for more to come, not counted beforehand. */
	private static final int FEED_MANY = 500;

	private final PersonalDataCipher cipher;
	private final boolean bulk;
	private final int detailsWidth;

	/**
	 * {@code bulk}: insert through {@link ParticipantRows} (Derby), else in batches of single-row INSERTs;
	 * {@code detailsWidth}: the most bytes the DETAILS column holds.
	 */
	ParticipantDao(PersonalDataCipher cipher, boolean bulk, int detailsWidth) {
		this.cipher = cipher;
		this.bulk = bulk;
		this.detailsWidth = detailsWidth;
	}

	private record Stored(List<String> ids, List<String> codes, List<Long> hashes) {
	}

	/** Makes the table hold exactly the project's participants, in their order. */
	void save(Connection c, Project project, int projectNo, int associationNo) throws SQLException {
		save(c, project, projectNo, associationNo, -1);
	}

	/**
	 * After {@link #append}: saves what changed among the participants before position {@code appendedFrom}; the
	 * ones from there on were just written as they are.
	 */
	void saveAppended(Connection c, Project project, int projectNo, int associationNo, int appendedFrom)
			throws SQLException {
		save(c, project, projectNo, associationNo, appendedFrom);
	}

	private void save(Connection c, Project project, int projectNo, int associationNo, int appendedFrom)
			throws SQLException {
		List<Participant> participants = project.getParticipants();
		for (Participant p : participants) {
			if (p.getId() == null) {
				p.setId(UUID.randomUUID().toString());
			}
		}
		Set<String> personal = personal(project);
		Rows rows = new Rows(participants, personal);
		Stored stored = stored(c, projectNo, appendedFrom);
		int first = firstDifference(participants, stored);
		if (appendedFrom >= 0 && first < appendedFrom) {
			save(c, project, projectNo, associationNo, -1); // the existing ones moved: the general way
			return;
		}
		int end = appendedFrom >= 0 ? appendedFrom : participants.size();
		IntStream.range(0, first).parallel().forEach(rows::hash);
		if (codesMoveBetweenKeptRows(participants, rows.hashes, stored, first)) {
			if (appendedFrom >= 0) {
				save(c, project, projectNo, associationNo, -1);
				return;
			}
			first = 0;
		}
		int[] changed = IntStream.range(0, first).filter(pos -> rows.hashes[pos] != stored.hashes().get(pos)).toArray();
		IntStream.of(changed).parallel().forEach(rows::seal);
		// The rows to insert are hashed and sealed (AES-GCM, HMAC, the details' text) on another core, a batch ahead
		// of Derby's single-threaded insert: the two overlap instead of following each other.
		List<CompletableFuture<Void>> batches = new ArrayList<>();
		for (int from = first; from < end; from += BATCH) {
			int a = from;
			int b = Math.min(end, from + BATCH);
			batches.add(CompletableFuture.runAsync(() -> IntStream.range(a, b).forEach(pos -> {
				rows.hash(pos);
				rows.seal(pos);
			})));
		}
		try {
			if (appendedFrom < 0 && !(first == 0 && truncatedAlone(c, projectNo, stored.ids().size()))) {
				try (PreparedStatement delete = c.prepareStatement(
						"DELETE FROM PARTICIPANT WHERE PROJECT_NO = ? AND POS >= ?")) {
					delete.setInt(1, projectNo);
					delete.setInt(2, first);
					delete.executeUpdate();
				}
			}
			try (PreparedStatement update = c.prepareStatement(UPDATE)) {
				int count = 0;
				for (int pos : changed) {
					rows.bind(new Binder(update), pos).integer(projectNo).integer(pos);
					update.addBatch();
					if (++count % BATCH == 0) {
						update.executeBatch();
					}
				}
				update.executeBatch();
			}
			int start = first;
			int[] next = { first };
			insert(c, end - first >= TABLE_LOCK_ROWS ? end - first : 0, row -> {
				int pos = next[0]++;
				if (pos >= end) {
					return false;
				}
				if ((pos - start) % BATCH == 0) {
					join(batches.get((pos - start) / BATCH));
				}
				rows.bind(row.integer(projectNo).integer(pos).integer(associationNo), pos);
				return true;
			});
		} finally {
			batches.forEach(f -> f.cancel(false)); // after a failure, no work left running for nothing
		}
	}

	/**
	 * Inserts what the feed delivers after the project's last stored position, adding it to the project. Three
	 * things overlap with Derby's single-threaded insert of a batch: the feed's call for the next batch (an import
	 * plans and checks its rows there) on a thread of its own, the sealing of the batch it delivered before (on
	 * the common pool), and the reading of the file (the feed's own thread). The feed is asked for the next batch
	 * only once the one before is in the project, one call at a time. The project's participants must be stored as
	 * they are (a save just before, same transaction). {@code added} is handed each batch once it is in the
	 * project; from then on the save only reads it.
	 */
	void append(Connection c, Project project, int projectNo, int associationNo, ParticipantFeed feed,
			Consumer<List<Participant>> added) throws SQLException {
		Set<String> personal = personal(project);
		List<Participant> list = project.getParticipants();
		// Closed before this returns: a failed insert waits for the feed's call in flight, which touches the project.
		try (ExecutorService feeding = Executors.newSingleThreadExecutor(
				r -> Thread.ofPlatform().daemon().name("finsam-feed").unstarted(r))) {
			Supplier<CompletableFuture<Rows>> fetch = () -> CompletableFuture
					.supplyAsync(() -> ParticipantDao.next(feed), feeding)
					.thenCompose(batch -> batch == null ? CompletableFuture.completedFuture(null) : sealed(batch, personal));
			// The first batch tells how many come: a few (a re-import's new rows) or a batch at least, uncounted.
			Rows head = join(fetch.get());
			int first = head == null ? 0 : head.participants.size();
			insert(c, first >= FEED_MANY ? -1 : first, new ParticipantRows.Source() {
				private CompletableFuture<Rows> pending = CompletableFuture.completedFuture(head);
				private Rows rows;
				private int from;
				private int i;

				@Override
				public boolean next(Binder row) throws SQLException {
					while (rows == null || i == rows.participants.size()) {
						rows = pending == null ? null : join(pending);
						if (rows == null) {
							pending = null;
							return false;
						}
						from = list.size();
						i = 0;
						list.addAll(rows.participants); // before the insert: a refused code is then named from the project
						added.accept(rows.participants);
						pending = fetch.get();
					}
					rows.bind(row.integer(projectNo).integer(from + i).integer(associationNo), i);
					i++;
					return true;
				}
			});
		}
	}

	/**
	 * Inserts the rows {@code source} binds: through {@link ParticipantRows} where the engine can and there are
	 * many (an import, or at least {@link #TABLE_LOCK_ROWS}), else in batches. Derby locks the whole table for an
	 * insert from a table function; it does so for more than 5 000 rows anyway (lock escalation), so a save of a few
	 * rows keeps its row locks.
	 *
	 * @param many how many rows the source delivers (a feed: its first batch's, when under {@link #FEED_MANY}), -1
	 *            when they are many but not counted beforehand (a feed's), 0 when they are few (a save's)
	 */
	private void insert(Connection c, int many, ParticipantRows.Source source) throws SQLException {
		if (bulk && many != 0) {
			ParticipantRows.insert(c, INSERT_COLUMNS, INSERT_COUNT, many, source);
			return;
		}
		try (PreparedStatement insert = c.prepareStatement(INSERT)) {
			int pending = 0;
			while (source.next(new Binder(insert))) {
				insert.addBatch();
				if (++pending == BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				insert.executeBatch();
			}
		}
	}

	private static List<Participant> next(ParticipantFeed feed) {
		try {
			return feed.next();
		} catch (RuntimeException e) {
			throw new FeedException(e);
		}
	}

	private CompletableFuture<Rows> sealed(List<Participant> batch, Set<String> personal) {
		for (Participant p : batch) {
			if (p.getId() == null) {
				p.setId(UUID.randomUUID().toString());
			}
		}
		Rows rows = new Rows(List.copyOf(batch), personal);
		return CompletableFuture.supplyAsync(() -> {
			for (int i = 0; i < rows.participants.size(); i++) {
				rows.hash(i);
				rows.seal(i);
			}
			return rows;
		});
	}

	private static <T> T join(CompletableFuture<T> batch) {
		try {
			return batch.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}

	/** The rows being written: each participant's normalized personnummer, content hash and sealed values. */
	private final class Rows {
		final List<Participant> participants;
		final Set<String> personal;
		final String[] pnrs;
		final long[] hashes;
		final Sealed[] sealed;

		Rows(List<Participant> participants, Set<String> personal) {
			this.participants = participants;
			this.personal = personal;
			this.pnrs = new String[participants.size()];
			this.hashes = new long[participants.size()];
			this.sealed = new Sealed[participants.size()];
		}

		void hash(int pos) {
			pnrs[pos] = normalizedPnr(participants.get(pos));
			hashes[pos] = RowHash.of(participants.get(pos), pnrs[pos], personal);
		}

		void seal(int pos) {
			sealed[pos] = ParticipantDao.this.seal(participants.get(pos), pnrs[pos], personal);
		}

		Binder bind(Binder b, int pos) throws SQLException {
			return bindData(b, participants.get(pos), sealed[pos], hashes[pos]);
		}
	}

	/** What a row holds of a participant's protected values, sealed. */
	private record Sealed(byte[] pnr, Long pnrKey, byte[] details, boolean hasIdentity) {
	}

	private Sealed seal(Participant p, String normalizedPnr, Set<String> personal) {
		String text = Details.write(p, personal, cipher::encrypt);
		byte[] details = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
		if (details != null && details.length > detailsWidth) {
			// refused here, where the participant is known: the database would only say that a value is too long
			throw new StoreException(NLS.bind(Messages.Store_detailsTooLong, new Object[] { p.getCode(),
					Formats.count(details.length), Formats.count(detailsWidth) }));
		}
		boolean identity = normalizedPnr != null || holdsPersonal(p, personal);
		return normalizedPnr == null ? new Sealed(null, null, details, identity)
				: new Sealed(cipher.seal(normalizedPnr), cipher.pseudonymKey(normalizedPnr), details, identity);
	}

	/** Schema version 6's key of a pseudonym in hex: its first 64 bits. */
	private static Long pnrKey(String pseudonym) {
		return pseudonym == null ? null : Long.parseUnsignedLong(pseudonym.substring(0, 16), 16);
	}

	/** Schema version 6: the key of every stored pseudonym (by primary key: an updatable cursor is Derby's alone). */
	static void fillPnrKeys(Connection c) throws SQLException {
		updateEach(c, "SELECT PROJECT_NO, POS, PNR_PSEUDONYM FROM PARTICIPANT WHERE PNR_PSEUDONYM IS NOT NULL",
				"UPDATE PARTICIPANT SET PNR_KEY = ? WHERE PROJECT_NO = ? AND POS = ?",
				(rs, write) -> write.setLong(1, pnrKey(rs.getString(3))));
	}

	/**
	 * Schema version 8: each row's DETAILS text into DETAILS_UTF8 as its UTF-8 bytes, DETAILS emptied. (Derby drops
	 * no column of a table that a view counts rows of, so DETAILS stays, empty.)
	 */
	static void detailsAsUtf8(Connection c, SqlDialect dialect) throws SQLException {
		updateEach(c, "SELECT PROJECT_NO, POS, DETAILS, CODE FROM PARTICIPANT WHERE DETAILS IS NOT NULL",
				"UPDATE PARTICIPANT SET DETAILS_UTF8 = ?, DETAILS = NULL WHERE PROJECT_NO = ? AND POS = ?",
				(rs, write) -> {
					byte[] details = rs.getString(3).getBytes(StandardCharsets.UTF_8);
					if (details.length > dialect.binaryWidth()) {
						// the migration rolls back: the version before this one still opens the store as it was
						throw new StoreException(NLS.bind(Messages.Store_detailsTooLongForUpgrade, new Object[] {
								rs.getString(4), Formats.count(details.length), Formats.count(dialect.binaryWidth()) }));
					}
					write.setBytes(1, details);
				});
	}

	/**
	 * Schema version 9: each row's id as its UTF-8 bytes into ID_UTF8 and its sealed personnummer from Base64 text
	 * into PNR_SEALED, PNR_CIPHER emptied (ID is emptied by the engine's part of the script, once nothing requires it).
	 */
	static void identityAsBytes(Connection c) throws SQLException {
		updateEach(c, "SELECT PROJECT_NO, POS, ID, PNR_CIPHER FROM PARTICIPANT",
				"UPDATE PARTICIPANT SET ID_UTF8 = ?, PNR_SEALED = ?, PNR_CIPHER = NULL WHERE PROJECT_NO = ? AND POS = ?",
				(rs, write) -> {
					write.setBytes(1, rs.getString(3).getBytes(StandardCharsets.UTF_8));
					String sealed = rs.getString(4);
					write.setBytes(2, sealed == null ? null : Base64.getDecoder().decode(sealed));
				});
	}

	@FunctionalInterface
	private interface RowUpdate {
		/** Sets the update's parameters before the last two from the row; its PROJECT_NO and POS are bound there. */
		void bind(ResultSet row, PreparedStatement update) throws SQLException;
	}

	/** Runs {@code update} for each row {@code select} finds (by primary key), in batches. */
	private static void updateEach(Connection c, String select, String update, RowUpdate bind) throws SQLException {
		try (PreparedStatement read = c.prepareStatement(select);
				PreparedStatement write = c.prepareStatement(update);
				ResultSet rs = read.executeQuery()) {
			int key = (int) update.chars().filter(ch -> ch == '?').count() - 1;
			int pending = 0;
			while (rs.next()) {
				bind.bind(rs, write);
				write.setInt(key, rs.getInt(1));
				write.setInt(key + 1, rs.getInt(2));
				write.addBatch();
				if (++pending % BATCH == 0) {
					write.executeBatch();
				}
			}
			if (pending % BATCH != 0) {
				write.executeBatch();
			}
		}
	}

	/** The project's participants in their order, personnummer decrypted (they stay masked in the UI). */
	void load(Connection c, Project project, int projectNo, LoadProgress progress) throws SQLException {
		// The total is for the reports alone: a load nobody follows (a command) is spared the COUNT, a statement
		// compiled cold in every new process (~25 ms of a cold ./finsam report, issue 16).
		boolean followed = progress != LoadProgress.NONE;
		int total = followed ? count(c, projectNo) : -1;
		int page = Math.max(1, progress.pageRows());
		List<Participant> list = followed ? new ArrayList<>(total) : new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(
				"SELECT " + DATA_COLUMNS + " FROM PARTICIPANT WHERE PROJECT_NO = ? ORDER BY POS")) {
			s.setInt(1, projectNo);
			s.setFetchSize(page);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					list.add(read(new Columns(rs)));
					if (list.size() % page == 0 && !progress.loaded(list.size(), total)) {
						throw new LoadCancelledException(NLS.bind(Messages.Store_loadCancelled, project.getDiarienummer()));
					}
				}
			}
		}
		// Added only when complete: a cancelled load leaves the project as it was.
		project.getParticipants().addAll(list);
		progress.loaded(list.size(), total);
	}

	private static int count(Connection c, int projectNo) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM PARTICIPANT WHERE PROJECT_NO = ?")) {
			s.setInt(1, projectNo);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	void deleteAll(Connection c, int projectNo) throws SQLException {
		if (truncatedAlone(c, projectNo, bulk ? manyOrNone(c, projectNo) : 0)) {
			return;
		}
		try (PreparedStatement s = c.prepareStatement("DELETE FROM PARTICIPANT WHERE PROJECT_NO = ?")) {
			s.setInt(1, projectNo);
			s.executeUpdate();
		}
	}

	/** {@value #TABLE_LOCK_ROWS} when the project has at least that many rows, else 0: reads that far, not all. */
	private static int manyOrNone(Connection c, int projectNo) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM PARTICIPANT WHERE PROJECT_NO = ? OFFSET "
				+ (TABLE_LOCK_ROWS - 1) + " ROWS FETCH NEXT 1 ROW ONLY")) {
			s.setInt(1, projectNo);
			try (ResultSet rs = s.executeQuery()) {
				return rs.next() ? TABLE_LOCK_ROWS : 0;
			}
		}
	}

	/**
	 * Empties the table with TRUNCATE TABLE where the project's {@code rows} are many and all it holds (Derby), and
	 * answers whether it did. A DELETE writes a log record for each row and leaves the rows to Derby's background
	 * thread, which reclaims them during whatever comes next: 100 000 rows took 3.5–11 s to delete, and the next bulk
	 * load paid more. TRUNCATE gives the table and its indexes new, empty conglomerates in the transaction
	 * (0.04–0.14 s), which a rollback undoes; for a few rows it costs more than it saves. Whether other projects have
	 * rows is read from the primary key's first and last entries, one index row each.
	 */
	private boolean truncatedAlone(Connection c, int projectNo, int rows) throws SQLException {
		if (!bulk || rows < TABLE_LOCK_ROWS || !isProjectNo(c, "MIN", projectNo) || !isProjectNo(c, "MAX", projectNo)) {
			return false;
		}
		try (Statement s = c.createStatement()) {
			s.execute("TRUNCATE TABLE PARTICIPANT");
		}
		return true;
	}

	/** Whether the table's MIN or MAX project number (Derby reads either from one end of the key) is this one. */
	private static boolean isProjectNo(Connection c, String extreme, int projectNo) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT " + extreme + "(PROJECT_NO) FROM PARTICIPANT");
				ResultSet rs = s.executeQuery()) {
			if (!rs.next()) {
				return false;
			}
			int found = rs.getInt(1);
			return !rs.wasNull() && found == projectNo;
		}
	}

	/** The first position whose participant is not the one stored there. */
	private static int firstDifference(List<Participant> participants, Stored stored) {
		int limit = Math.min(participants.size(), stored.ids().size());
		int first = 0;
		while (first < limit && participants.get(first).getId().equals(stored.ids().get(first))) {
			first++;
		}
		return first;
	}

	/**
	 * Whether an in-place update would give a row a code another kept row still holds (codes swapped): the
	 * unique constraint checks each statement, so such a save rewrites every row instead.
	 */
	private static boolean codesMoveBetweenKeptRows(List<Participant> participants, long[] hashes, Stored stored,
			int first) {
		Set<String> keptCodes = new HashSet<>(stored.codes().subList(0, first));
		for (int pos = 0; pos < first; pos++) {
			String code = participants.get(pos).getCode();
			if (hashes[pos] != stored.hashes().get(pos) && !code.equals(stored.codes().get(pos))
					&& keptCodes.contains(code)) {
				return true;
			}
		}
		return false;
	}

	/** The stored rows before position {@code limit} (all when it is negative). */
	private static Stored stored(Connection c, int projectNo, int limit) throws SQLException {
		List<String> ids = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		List<Long> hashes = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(
				"SELECT ID_UTF8, CODE, ROW_HASH FROM PARTICIPANT WHERE PROJECT_NO = ? AND POS < ? ORDER BY POS")) {
			s.setInt(1, projectNo);
			s.setInt(2, limit < 0 ? Integer.MAX_VALUE : limit);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					ids.add(new String(rs.getBytes(1), StandardCharsets.UTF_8));
					codes.add(rs.getString(2));
					hashes.add(rs.getLong(3));
				}
			}
		}
		return new Stored(ids, codes, hashes);
	}

	private Participant read(Columns col) throws SQLException {
		Participant p = FinsamFactory.eINSTANCE.createParticipant();
		p.setId(col.utf8());
		p.setCode(col.text());
		byte[] pnr = col.bytes();
		if (pnr != null) {
			p.setPersonalIdentityNumber(cipher.open(pnr));
		}
		col.number(); // PNR_KEY: for finding a person in SQL only
		p.setGender(Gender.get(col.text()));
		p.setBirthYear(col.integer());
		p.setConsent(col.bool());
		p.setEnrolmentDate(col.date());
		p.setEnrolmentYear(col.integer());
		p.setExitDate(col.date());
		p.setReferringParty(col.text());
		p.setSupportAtStart(col.text());
		p.setSupportExtentAtStart(col.integer());
		p.setSupportAtExit(col.text());
		p.setSupportExtentAtExit(col.integer());
		p.setOccupationAtStart(col.text());
		p.setOccupationAtExit(col.text());
		p.setExitReason(col.text());
		BigDecimal startIndex = col.decimal();
		Integer startVas = col.integer();
		BigDecimal exitIndex = col.decimal();
		Integer exitVas = col.integer();
		Details.read(col.utf8(), p, startIndex, startVas, exitIndex, exitVas, cipher::decrypt);
		p.setConsentWithdrawn(col.date());
		p.setIdentityErased(col.date());
		col.bool(); // HAS_IDENTITY: for gallring in SQL only
		return p;
	}

	private static Binder bindData(Binder b, Participant p, Sealed sealed, long hash) throws SQLException {
		b.utf8(p.getId().getBytes(StandardCharsets.UTF_8)).text(p.getCode()).utf8(sealed.pnr()).number(sealed.pnrKey());
		Measurement start = p.getStartMeasurement();
		Measurement exit = p.getExitMeasurement();
		return b.text(p.getGender().getLiteral()).integer(p.getBirthYear()).bool(p.isConsent())
				.date(p.getEnrolmentDate()).integer(p.getEnrolmentYear()).date(p.getExitDate())
				.text(p.getReferringParty()).text(p.getSupportAtStart()).integer(p.getSupportExtentAtStart())
				.text(p.getSupportAtExit()).integer(p.getSupportExtentAtExit()).text(p.getOccupationAtStart())
				.text(p.getOccupationAtExit()).text(p.getExitReason())
				.decimal(start == null ? null : start.getEq5dIndex()).integer(start == null ? null : start.getEq5dVas())
				.decimal(exit == null ? null : exit.getEq5dIndex()).integer(exit == null ? null : exit.getEq5dVas())
				.utf8(sealed.details()).date(p.getConsentWithdrawn()).date(p.getIdentityErased())
				.bool(sealed.hasIdentity()).number(hash);
	}

	/** The personal extra attributes of the project's association (their values are sealed). */
	static Set<String> personal(Project project) {
		Set<String> personal = new HashSet<>();
		if (project.eContainer() instanceof Association a) {
			a.getAttributeDefinitions().stream().filter(AttributeDefinition::isPersonal).forEach(d -> personal.add(d.getName()));
		}
		return personal;
	}

	private static boolean holdsPersonal(Participant p, Set<String> personal) {
		return p.getExtraAttributes().stream().anyMatch(e -> personal.contains(e.getKey()) && e.getValue() != null
				&& !e.getValue().isEmpty());
	}

	private static String normalizedPnr(Participant p) {
		String text = p.getPersonalIdentityNumber();
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Personnummer.parse(text).normalized();
		} catch (InvalidPersonnummerException e) {
			// Validation refuses this before any save; never store an unchecked number.
			throw new IllegalStateException("unvalidated personnummer reached the store", e);
		}
	}
}
