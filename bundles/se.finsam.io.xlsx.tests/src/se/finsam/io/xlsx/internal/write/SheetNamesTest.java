package se.finsam.io.xlsx.internal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A sheet's name from a table's title: what Excel accepts, shortened where a reader still sees whole words. */
public class SheetNamesTest {

	@Test
	public void aLongTitleLosesParenthesesAndWholeWordsNeverHalfOfOne() {
		assertEquals("Försörjning vid start",
				SheetNames.safeName("Försörjning vid start (rader) och vid avslut (kolumner)", 31));
		assertEquals("Sysselsättning vid start",
				SheetNames.safeName("Sysselsättning vid start (rader) och vid avslut (kolumner)", 31));
		assertEquals("Undviken kostnad – typfallen",
				SheetNames.safeName("Undviken kostnad (RAR:s metod): typfallen", 31));
		assertEquals("Deltagare per kommun och kön", SheetNames.safeName("Deltagare per kommun och kön", 31),
				"a title that fits stays whole");
		assertEquals("Budget inkl. medfinansiering", SheetNames.safeName("Budget inkl. medfinansiering", 31));
		assertEquals("Kostnad per deltagare", SheetNames.safeName("Kostnad per deltagare och år, fördelad på parter",
				26), "not ending on a word like och or per");
		assertEquals("Rehabiliteringsersättningsbeslu",
				SheetNames.safeName("Rehabiliteringsersättningsbesluten", 31), "one long word: cut, as nothing else fits");
	}

	@Test
	public void aNameTakenByASheetBeforeIsTheTitlesEndOrGetsANumberAfterAsMuchAsFits() {
		assertEquals(List.of("Resultat efter avslutsorsak", "Avslutsorsak, kvinnor och män", "Deltagare",
				"deltagare (2)", "Deltagare (3)"), SheetNames.of(List.of("Resultat efter avslutsorsak",
						"Resultat efter avslutsorsak, kvinnor och män", "Deltagare", "deltagare", "Deltagare")));
		assertEquals(List.of("Resultat efter avslutsorsak", "Avslutsorsak, kvinnor och män",
				"Resultat efter avslutsorsak (2)"), SheetNames.of(List.of("Resultat efter avslutsorsak",
						"Resultat efter avslutsorsak, kvinnor och män", "Resultat efter avslutsorsak, kvinnor och män")),
				"an end already taken: numbered");
		assertEquals(List.of("Deltagare per kommun och kön", "Deltagare per kommun (2)"), SheetNames.of(
				List.of("Deltagare per kommun och kön", "Deltagare per kommun och kön")),
				"a title that fits whole names the same table again: numbered, not cut");
		assertEquals(List.of("Sysselsättning vid start", "Sysselsättning vid start (2)"), SheetNames.of(List.of(
				"Sysselsättning vid start (rader) och vid avslut (kolumner)", "Sysselsättning vid start")));
	}

	@Test
	public void aTitlesEndIsItsLastWordsThatFitNeverBeginningOnAWordLikeEfter() {
		assertEquals("Avslutsorsak, kvinnor och män", SheetNames.tail("Resultat efter avslutsorsak, kvinnor och män",
				31));
		assertEquals("Avslut, kvinnor", SheetNames.tail("Försörjning vid avslut (kolumner), kvinnor", 15));
		assertEquals("", SheetNames.tail("Sysselsättning vid start", 31), "no two words after a word like vid");
		assertEquals("", SheetNames.tail("Deltagare", 31));
		assertEquals("", SheetNames.tail("Rehabiliteringsersättningsbesluten och sjukpenningärendena", 20),
				"nothing of two words fits");
		assertEquals("", SheetNames.tail("Tabell – – –", 31), "nothing but dashes after the first word");
	}

	@Test
	public void excelsForbiddenCharactersGo() {
		assertEquals("Vad har projektet kostat", SheetNames.safeName("Vad har projektet kostat?", 31));
		assertEquals("Undviken kostnad (RARs metod)", SheetNames.safeName("Undviken kostnad (RAR:s metod)", 31));
		assertEquals("Mål – utfall", SheetNames.safeName("Mål: utfall", 31));
		assertEquals("Kvinnor-män", SheetNames.safeName("Kvinnor/män", 31));
		assertEquals("Tabell 1", SheetNames.safeName("[Tabell* 1]", 31));
	}
}
