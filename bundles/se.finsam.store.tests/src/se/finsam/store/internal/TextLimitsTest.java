package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.finsam.model.FinsamPackage.Literals.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;

import se.finsam.model.FinsamPackage;
import se.finsam.model.validation.TextLimits;
import se.finsam.store.AuditEntry;

/**
 * The model's text limits are the widths of the columns the store keeps them in, as the migration scripts declare
 * them on Derby: a column made narrower or wider without the model following fails here.
 */
public class TextLimitsTest {

	private static final Map<EAttribute, String> COLUMNS = Map.ofEntries(
			Map.entry(ASSOCIATION__NAME, "ASSOCIATION.NAME"),
			Map.entry(ASSOCIATION__ORGANISATION_NUMBER, "ASSOCIATION.ORG_NUMBER"),
			Map.entry(ASSOCIATION__DIARIENUMMER_FORMAT, "ASSOCIATION.DNR_FORMAT"),
			Map.entry(ATTRIBUTE_DEFINITION__NAME, "ATTRIBUTE_DEFINITION.NAME"), Map.entry(PARTY__KIND, "PARTY.KIND"),
			Map.entry(PARTY__NAME, "PARTY.NAME"), Map.entry(LOCAL_GROUP__KIND, "LOCAL_GROUP.KIND"),
			Map.entry(LOCAL_GROUP__NAME, "LOCAL_GROUP.NAME"), Map.entry(LOCAL_GROUP__DESCRIPTION, "LOCAL_GROUP.DESCRIPTION"),
			Map.entry(PROJECT__DIARIENUMMER, "PROJECT.DIARIENUMMER"), Map.entry(PROJECT__NAME, "PROJECT.NAME"),
			Map.entry(PROJECT__TARGET_GROUP, "PROJECT.TARGET_GROUP"), Map.entry(PROJECT__RESOURCES, "PROJECT.RESOURCES"),
			Map.entry(PROJECT__METHODS, "PROJECT.METHODS"), Map.entry(PROJECT__ACTIVITIES, "PROJECT.ACTIVITIES"),
			Map.entry(PROJECT__SUCCESS_FACTORS, "PROJECT.SUCCESS_FACTORS"),
			Map.entry(PROJECT__SYSTEM_FAULTS, "PROJECT.SYSTEM_FAULTS"),
			Map.entry(PROJECT__STEERING_GROUP_ANALYSIS, "PROJECT.STEERING_GROUP_ANALYSIS"),
			Map.entry(GOAL__DESCRIPTION, "GOAL.DESCRIPTION"), Map.entry(GOAL__OUTCOME, "GOAL.OUTCOME"),
			Map.entry(GOAL__UNIT, "GOAL.UNIT"), Map.entry(DROPOUT__COMMENT, "PROJECT.DROPOUT_COMMENT"),
			Map.entry(SIGNATURE__NAME, "PROJECT.SIGNATURE_NAME"), Map.entry(SIGNATURE__ROLE, "PROJECT.SIGNATURE_ROLE"),
			Map.entry(BUDGET_LINE__CATEGORY, "BUDGET_LINE.CATEGORY"), Map.entry(BUDGET_LINE__LABEL, "BUDGET_LINE.LABEL"),
			Map.entry(FLAT_RATE__LABEL, "FLAT_RATE.LABEL"), Map.entry(PARTICIPANT__CODE, "PARTICIPANT.CODE"),
			Map.entry(PARTICIPANT__REFERRING_PARTY, "PARTICIPANT.REFERRING_PARTY"),
			Map.entry(PARTICIPANT__SUPPORT_AT_START, "PARTICIPANT.SUPPORT_START"),
			Map.entry(PARTICIPANT__SUPPORT_AT_EXIT, "PARTICIPANT.SUPPORT_EXIT"),
			Map.entry(PARTICIPANT__OCCUPATION_AT_START, "PARTICIPANT.OCCUPATION_START"),
			Map.entry(PARTICIPANT__OCCUPATION_AT_EXIT, "PARTICIPANT.OCCUPATION_EXIT"),
			Map.entry(PARTICIPANT__EXIT_REASON, "PARTICIPANT.EXIT_REASON"));

	private static final Pattern TABLE = Pattern.compile("(?:CREATE|ALTER) TABLE (\\w+)");
	private static final Pattern COLUMN = Pattern.compile("^\\s*(?:ADD COLUMN )?(\\w+) VARCHAR\\((\\d+)\\)");

	@Test
	public void eachLimitIsItsColumnsWidth() throws IOException {
		Map<String, Integer> widths = widths();
		Map<String, String> wrong = new TreeMap<>();
		for (Map.Entry<EAttribute, String> e : COLUMNS.entrySet()) {
			Integer width = widths.get(e.getValue());
			if (width == null || width != TextLimits.of(e.getKey())) {
				wrong.put(e.getValue(), width + " in the scripts, " + TextLimits.of(e.getKey()) + " in the model");
			}
		}
		assertEquals(Map.of(), wrong);
	}

	/** The reason a user types for seeing a personnummer: the dialog takes no more than the log keeps. */
	@Test
	public void theAuditReasonsLimitIsItsColumnsWidth() throws IOException {
		assertEquals(Integer.valueOf(AuditEntry.REASON_LENGTH), widths().get("AUDIT.REASON"));
		assertEquals(Integer.valueOf(AuditEntry.NAME_LENGTH), widths().get("AUDIT.SUBJECT"));
		assertEquals(Integer.valueOf(AuditEntry.NAME_LENGTH), widths().get("AUDIT.USER_NAME"));
		assertEquals(Integer.valueOf(Schema.BACKUP_LOCATION_LENGTH), widths().get("BACKUP_LOG.LOCATION"));
	}

	/** No limit without its column here: a new one is checked against the scripts too. */
	@Test
	public void everyLimitedAttributeHasItsColumnHere() {
		Map<String, Integer> unchecked = new TreeMap<>();
		for (EClassifier c : FinsamPackage.eINSTANCE.getEClassifiers()) {
			if (c instanceof EClass type) {
				for (EAttribute a : type.getEAttributes()) {
					if (TextLimits.of(a) > 0 && !COLUMNS.containsKey(a)) {
						unchecked.put(type.getName() + "." + a.getName(), TextLimits.of(a));
					}
				}
			}
		}
		assertEquals(Map.of(), unchecked);
	}

	/** TABLE.COLUMN to its VARCHAR width, as Derby gets them (${TEXT} is VARCHAR(32672) there). */
	private static Map<String, Integer> widths() throws IOException {
		Map<String, Integer> widths = new HashMap<>();
		DerbyDialect derby = new DerbyDialect();
		for (String script : Migrations.SCRIPTS) {
			String sql;
			try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
				sql = derby.expand(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			String table = null;
			for (String line : sql.split("\n")) {
				Matcher t = TABLE.matcher(line);
				if (t.find()) {
					table = t.group(1);
				}
				Matcher c = COLUMN.matcher(line.substring(t.find(0) ? t.end() : 0));
				if (table != null && c.find()) {
					widths.put(table + "." + c.group(1), Integer.valueOf(c.group(2)));
				}
			}
		}
		return widths;
	}
}
