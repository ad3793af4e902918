package se.finsam.io.xlsx.internal.write;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.finsam.io.xlsx.DisColumn;
import se.finsam.io.xlsx.TableSheet;
import se.finsam.io.xlsx.TableSheet.Column;
import se.finsam.io.xlsx.TableSheet.Kind;
import se.finsam.io.xlsx.TableSheet.Total;
import se.finsam.io.xlsx.internal.Messages;
import se.finsam.model.Gender;
import se.finsam.model.Association;
import se.finsam.model.AttributeDefinition;
import se.finsam.model.Participant;
import se.finsam.model.Project;
import se.finsam.model.codes.CodeLists;

/**
 * A project's participants as a DIS sheet: our own headings and code-list labels, so that the file imports back to
 * the same data. The personnummer column and the personal extra attributes are left out unless asked for (exports
 * usually go to others); those who withdrew their consent are left out altogether.
 */
public final class ParticipantSheets {

	private ParticipantSheets() {
	}

	public static TableSheet of(Project project, boolean withPersonnummer, boolean withPersonalData) {
		CodeLists codes = CodeLists.defaults();
		List<Participant> participants = project.getParticipants().stream().filter(p -> p.getConsentWithdrawn() == null)
				.toList();
		Set<String> extras = new LinkedHashSet<>();
		participants.forEach(p -> extras.addAll(p.getExtraAttributes().keySet()));
		extras.remove(CodeLists.EMPLOYER_SECTOR); // a column of its own, with the code list's labels
		if (!withPersonalData && project.eContainer() instanceof Association a) {
			a.getAttributeDefinitions().stream().filter(AttributeDefinition::isPersonal).forEach(d -> extras.remove(d.getName()));
		}
		List<Column> columns = new ArrayList<>();
		columns.add(Column.of(DisColumn.CODE.header(), Kind.TEXT));
		if (withPersonnummer) {
			columns.add(Column.of(DisColumn.PERSONNUMMER.header(), Kind.TEXT));
		}
		// The count sits under Insats: the first column holds the totals label.
		columns.addAll(Arrays.asList(Column.of(DisColumn.PROJECT.header(), Kind.TEXT).total(Total.COUNT),
				Column.of(DisColumn.GENDER.header(), Kind.TEXT), Column.of(DisColumn.BIRTH_YEAR.header(), Kind.NUMBER),
				Column.of(DisColumn.CONSENT.header(), Kind.TEXT),
				Column.of(DisColumn.ENROLMENT_DATE.header(), Kind.DATE),
				Column.of(DisColumn.ENROLMENT_YEAR.header(), Kind.NUMBER),
				Column.of(DisColumn.EXIT_DATE.header(), Kind.DATE),
				Column.of(DisColumn.REFERRING_PARTY.header(), Kind.TEXT),
				Column.of(DisColumn.SUPPORT_AT_START.header(), Kind.TEXT),
				Column.of(DisColumn.EXTENT.header(), Kind.PERCENT),
				Column.of(DisColumn.SUPPORT_AT_EXIT.header(), Kind.TEXT),
				Column.of(DisColumn.EXTENT_AT_EXIT.header(), Kind.PERCENT),
				Column.of(DisColumn.OCCUPATION_AT_START.header(), Kind.TEXT),
				Column.of(DisColumn.OCCUPATION_AT_EXIT.header(), Kind.TEXT),
				Column.of(DisColumn.EXIT_REASON.header(), Kind.TEXT),
				Column.of(DisColumn.EMPLOYER_SECTOR.header(), Kind.TEXT)));
		extras.forEach(e -> columns.add(Column.of(e, Kind.TEXT)));
		TableSheet sheet = new TableSheet(Messages.Export_participantsSheet, columns);
		for (Participant p : participants) {
			List<Object> row = new ArrayList<>(columns.size());
			row.add(p.getCode());
			if (withPersonnummer) {
				row.add(p.getPersonalIdentityNumber());
			}
			row.add(project.getDiarienummer());
			row.add(gender(p.getGender()));
			row.add(p.getBirthYear());
			row.add(p.isConsent() ? "Ja" : "Nej");
			row.add(p.getEnrolmentDate());
			row.add(p.getEnrolmentYear());
			row.add(p.getExitDate());
			row.add(label(codes, CodeLists.PARTY_KIND, p.getReferringParty()));
			row.add(label(codes, CodeLists.SUPPORT, p.getSupportAtStart()));
			row.add(fraction(p.getSupportExtentAtStart()));
			row.add(label(codes, CodeLists.SUPPORT, p.getSupportAtExit()));
			row.add(fraction(p.getSupportExtentAtExit()));
			row.add(label(codes, CodeLists.OCCUPATION, p.getOccupationAtStart()));
			row.add(label(codes, CodeLists.OCCUPATION, p.getOccupationAtExit()));
			row.add(label(codes, CodeLists.EXIT_REASON, p.getExitReason()));
			row.add(label(codes, CodeLists.EMPLOYER_SECTOR, p.getExtraAttributes().get(CodeLists.EMPLOYER_SECTOR)));
			extras.forEach(e -> row.add(p.getExtraAttributes().get(e)));
			sheet.row(row);
		}
		return sheet.totals(Messages.Export_total);
	}

	private static String gender(Gender gender) {
		return switch (gender == null ? Gender.UNSPECIFIED : gender) {
		case FEMALE -> "Kvinna";
		case MALE -> "Man";
		case UNSPECIFIED -> "Ej angivet";
		};
	}

	/** The Swedish label: DIS files are Swedish whatever the user's language, and import matches it back. */
	private static String label(CodeLists codes, String list, String code) {
		return code == null ? null : codes.find(list, code).map(e -> e.getLabelSv()).orElse(code);
	}

	private static BigDecimal fraction(Integer percent) {
		return percent == null ? null : BigDecimal.valueOf(percent).movePointLeft(2);
	}
}
