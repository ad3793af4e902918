package se.finsam.store.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.finsam.model.FinsamFactory;
import se.finsam.model.Gender;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.personal.InvalidPersonnummerException;
import se.finsam.model.personal.Personnummer;

/**
 * Participants of one project. A save writes only what changed: every row keeps a hash of its content, so
 * re-saving a project of 100 000 participants after editing one updates one row.
 */
final class ParticipantDao {

	private static final String DATA_COLUMNS = "POS, CODE, PNR_CIPHER, PNR_PSEUDONYM, GENDER, BIRTH_YEAR, CONSENT, "
			+ "ENROLMENT_DATE, ENROLMENT_YEAR, EXIT_DATE, REFERRING_PARTY, SUPPORT_START, SUPPORT_EXTENT_START, "
			+ "SUPPORT_EXIT, SUPPORT_EXTENT_EXIT, OCCUPATION_START, OCCUPATION_EXIT, EXIT_REASON, START_MEASURED, "
			+ "START_EQ5D, START_VAS, START_ANSWERS, EXIT_MEASURED, EXIT_EQ5D, EXIT_VAS, EXIT_ANSWERS, EXTRA, ROW_HASH";
	private static final int DATA_COUNT = DATA_COLUMNS.split(",").length;
	private static final String INSERT = "INSERT INTO PARTICIPANT (ID, PROJECT_ID, ASSOCIATION_ID, " + DATA_COLUMNS
			+ ") VALUES (?, ?, ?" + ", ?".repeat(DATA_COUNT) + ")";
	private static final String UPDATE = "UPDATE PARTICIPANT SET " + DATA_COLUMNS.replace(",", " = ?,") + " = ? WHERE ID = ?";
	private static final int BATCH = 1000;

	private final PersonalDataCipher cipher;

	ParticipantDao(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	/** Inserts, updates and deletes so that the table holds exactly the project's participants. */
	void save(Connection c, Project project, String associationId) throws SQLException {
		Map<String, Long> stored = storedHashes(c, project.getId());
		java.util.Set<String> kept = new java.util.HashSet<>();
		for (Participant p : project.getParticipants()) {
			if (p.getId() == null) {
				p.setId(UUID.randomUUID().toString());
			}
			kept.add(p.getId());
		}
		// Deletes first, so that a new participant may take a removed one's code.
		delete(c, stored.keySet().stream().filter(id -> !kept.contains(id)).toList());
		try (PreparedStatement insert = c.prepareStatement(INSERT); PreparedStatement update = c.prepareStatement(UPDATE)) {
			int inserts = 0;
			int updates = 0;
			List<Participant> participants = project.getParticipants();
			for (int pos = 0; pos < participants.size(); pos++) {
				Participant p = participants.get(pos);
				String normalized = normalizedPnr(p);
				long hash = hash(p, pos, normalized);
				Long old = stored.remove(p.getId());
				if (old == null) {
					bindData(new Binder(insert).text(p.getId()).text(project.getId()).text(associationId), p, pos,
							normalized, hash);
					insert.addBatch();
					if (++inserts % BATCH == 0) {
						insert.executeBatch();
					}
				} else if (old != hash) {
					bindData(new Binder(update), p, pos, normalized, hash).text(p.getId());
					update.addBatch();
					if (++updates % BATCH == 0) {
						update.executeBatch();
					}
				}
			}
			update.executeBatch();
			insert.executeBatch();
		}
	}

	/** The project's participants in their order, personnummer decrypted (they stay masked in the UI). */
	void load(Connection c, Project project) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT ID, " + DATA_COLUMNS
				+ " FROM PARTICIPANT WHERE PROJECT_ID = ? ORDER BY POS")) {
			s.setString(1, project.getId());
			try (ResultSet rs = s.executeQuery()) {
				List<Participant> list = new java.util.ArrayList<>();
				while (rs.next()) {
					list.add(read(new Columns(rs)));
				}
				project.getParticipants().addAll(list);
			}
		}
	}

	static void deleteAll(Connection c, String projectId) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("DELETE FROM PARTICIPANT WHERE PROJECT_ID = ?")) {
			s.setString(1, projectId);
			s.executeUpdate();
		}
	}

	private Participant read(Columns col) throws SQLException {
		Participant p = FinsamFactory.eINSTANCE.createParticipant();
		p.setId(col.text());
		col.integer(); // POS: the order of the list
		p.setCode(col.text());
		String pnr = col.text();
		if (pnr != null) {
			p.setPersonalIdentityNumber(cipher.decrypt(pnr));
		}
		col.text(); // PNR_PSEUDONYM: for matching in SQL only
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
		p.setStartMeasurement(readMeasurement(col));
		p.setExitMeasurement(readMeasurement(col));
		KeyValues.decode(col.text(), p.getExtraAttributes());
		return p;
	}

	private static Measurement readMeasurement(Columns col) throws SQLException {
		var date = col.date();
		BigDecimal index = col.decimal();
		Integer vas = col.integer();
		String answers = col.text();
		if (date == null && index == null && vas == null && answers == null) {
			return null;
		}
		Measurement m = FinsamFactory.eINSTANCE.createMeasurement();
		m.setDate(date);
		m.setEq5dIndex(index);
		m.setEq5dVas(vas);
		KeyValues.decode(answers, m.getAnswers());
		return m;
	}

	private Binder bindData(Binder b, Participant p, int pos, String normalizedPnr, long hash) throws SQLException {
		b.integer(pos).text(p.getCode());
		if (normalizedPnr == null) {
			b.text(null).text(null);
		} else {
			b.text(cipher.encrypt(normalizedPnr)).text(cipher.pseudonym(normalizedPnr));
		}
		b.text(p.getGender().getLiteral()).integer(p.getBirthYear()).bool(p.isConsent()).date(p.getEnrolmentDate())
				.integer(p.getEnrolmentYear()).date(p.getExitDate()).text(p.getReferringParty())
				.text(p.getSupportAtStart()).integer(p.getSupportExtentAtStart()).text(p.getSupportAtExit())
				.integer(p.getSupportExtentAtExit()).text(p.getOccupationAtStart()).text(p.getOccupationAtExit())
				.text(p.getExitReason());
		bindMeasurement(b, p.getStartMeasurement());
		bindMeasurement(b, p.getExitMeasurement());
		return b.text(KeyValues.encode(p.getExtraAttributes())).number(hash);
	}

	private static void bindMeasurement(Binder b, Measurement m) throws SQLException {
		if (m == null) {
			b.date(null).decimal(null).integer(null).text(null);
		} else {
			b.date(m.getDate()).decimal(m.getEq5dIndex()).integer(m.getEq5dVas()).text(KeyValues.encode(m.getAnswers()));
		}
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

	/** 64 bits of SHA-256 over everything stored (the plain personnummer, since its ciphertext is randomized). */
	private static long hash(Participant p, int pos, String normalizedPnr) {
		StringBuilder s = new StringBuilder(256);
		s.append(pos).append('|').append(p.getCode()).append('|').append(normalizedPnr).append('|')
				.append(p.getGender()).append('|').append(p.getBirthYear()).append('|').append(p.isConsent()).append('|')
				.append(p.getEnrolmentDate()).append('|').append(p.getEnrolmentYear()).append('|')
				.append(p.getExitDate()).append('|').append(p.getReferringParty()).append('|')
				.append(p.getSupportAtStart()).append('|').append(p.getSupportExtentAtStart()).append('|')
				.append(p.getSupportAtExit()).append('|').append(p.getSupportExtentAtExit()).append('|')
				.append(p.getOccupationAtStart()).append('|').append(p.getOccupationAtExit()).append('|')
				.append(p.getExitReason()).append('|');
		appendMeasurement(s, p.getStartMeasurement());
		appendMeasurement(s, p.getExitMeasurement());
		s.append(KeyValues.encode(p.getExtraAttributes()));
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
			long h = 0;
			for (int i = 0; i < 8; i++) {
				h = (h << 8) | (d[i] & 0xff);
			}
			return h;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void appendMeasurement(StringBuilder s, Measurement m) {
		if (m != null) {
			s.append(m.getDate()).append('|').append(m.getEq5dIndex()).append('|').append(m.getEq5dVas()).append('|')
					.append(KeyValues.encode(m.getAnswers()));
		}
		s.append('#');
	}

	private static Map<String, Long> storedHashes(Connection c, String projectId) throws SQLException {
		Map<String, Long> result = new HashMap<>();
		try (PreparedStatement s = c.prepareStatement("SELECT ID, ROW_HASH FROM PARTICIPANT WHERE PROJECT_ID = ?")) {
			s.setString(1, projectId);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					result.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return result;
	}

	private static void delete(Connection c, Iterable<String> ids) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("DELETE FROM PARTICIPANT WHERE ID = ?")) {
			int n = 0;
			for (String id : ids) {
				s.setString(1, id);
				s.addBatch();
				if (++n % BATCH == 0) {
					s.executeBatch();
				}
			}
			s.executeBatch();
		}
	}
}
