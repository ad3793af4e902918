package se.finsam.io.xlsx;

import java.util.List;
import java.util.Optional;

/**
 * The columns a DIS participant workbook may have, each with the Swedish headings we recognise (the first is the
 * one our exports write). A förbund's plug-in adds headings through the extension point
 * {@code se.finsam.io.xlsx.columns}, keyed by {@link #id()}. Any other column is kept as an extra attribute of the
 * participant under its heading.
 */
public enum DisColumn {
	CODE("code", "Deltagar-ID", "Deltagarid", "Deltagarkod", "Kod", "ID", "Deltagarnummer"),
	PERSONNUMMER("personnummer", "Personnummer", "Personnr", "Pnr", "Samordningsnummer",
			"Personnummer/samordningsnummer"),
	GENDER("gender", "Kön"),
	BIRTH_YEAR("birthYear", "Födelseår", "Född år", "Född"),
	AGE("age", "Ålder", "Ålder vid inskrivning"),
	PROJECT("project", "Insats", "Projekt", "Diarienummer", "Dnr", "Insatsens diarienummer"),
	ENROLMENT_DATE("enrolmentDate", "Inskrivningsdatum", "Inskriven", "Inskrivning", "Startdatum"),
	ENROLMENT_YEAR("enrolmentYear", "Inskrivningsår", "Startår"),
	EXIT_DATE("exitDate", "Avslutsdatum", "Avslutad", "Utskrivningsdatum", "Slutdatum"),
	REFERRING_PARTY("referringParty", "Remittent", "Remitterande part", "Remitterad från"),
	SUPPORT_AT_START("supportAtStart", "Försörjning vid start", "Försörjning start", "Försörjning vid inskrivning"),
	SUPPORT_AT_EXIT("supportAtExit", "Försörjning vid avslut", "Försörjning avslut", "Försörjning vid utskrivning"),
	OCCUPATION_AT_START("occupationAtStart", "Sysselsättning vid start", "Sysselsättning start",
			"Sysselsättning vid inskrivning"),
	OCCUPATION_AT_EXIT("occupationAtExit", "Sysselsättning vid avslut", "Sysselsättning avslut",
			"Sysselsättning vid utskrivning"),
	EXTENT("extent", "Omfattning (%)", "Omfattning", "Omfattning vid start (%)", "Omfattning vid start"),
	EXTENT_AT_EXIT("extentAtExit", "Omfattning vid avslut (%)", "Omfattning vid avslut"),
	EXIT_REASON("exitReason", "Avslutsorsak", "Orsak till avslut", "Avslutsanledning"),
	CONSENT("consent", "Samtycke", "Samtycke givet"),
	/** Kept as the participant's extra attribute {@code employerSector}, a code of that code list. */
	EMPLOYER_SECTOR("employerSector", "Arbetsgivarens sektor", "Arbetsgivarsektor", "Sektor", "Arbetsgivare, sektor");

	private final String id;
	private final List<String> headers;

	DisColumn(String id, String... headers) {
		this.id = id;
		this.headers = List.of(headers);
	}

	/** The key plug-ins use for synonyms and the wizard remembers mappings by. */
	public String id() {
		return id;
	}

	/** The heading our exports write. */
	public String header() {
		return headers.get(0);
	}

	/** Every built-in heading. */
	public List<String> headers() {
		return headers;
	}

	public static Optional<DisColumn> byId(String id) {
		for (DisColumn column : values()) {
			if (column.id.equals(id)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}
}
