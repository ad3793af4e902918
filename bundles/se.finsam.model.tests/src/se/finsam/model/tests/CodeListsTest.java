package se.finsam.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.model.CodeEntry;
import se.finsam.model.codes.CodeLists;

public class CodeListsTest {

	private final CodeLists codes = CodeLists.defaults();

	@Test
	public void shipsSeed002sSixExitReasonsFirstThreePositive() {
		List<CodeEntry> reasons = codes.entries(CodeLists.EXIT_REASON).subList(0, 6);
		assertEquals(List.of("Till arbetslivsinriktad rehabilitering", "Minskad sjukfrånvaro",
				"Till Arbetsförmedlingen (arbetssökande, studier, arbete, eget företag)", "Tillbaka till Försäkringskassan",
				"Till socialtjänsten", "Avhopp"), reasons.stream().map(CodeEntry::getLabelSv).toList());
		assertEquals(List.of(true, true, true, false, false, false), reasons.stream().map(CodeEntry::isPositive).toList());
	}

	@Test
	public void matchesCodesLabelsAndSynonymsLoosely() {
		assertEquals("AF", codes.match(CodeLists.EXIT_REASON, "  till AF arb.sök,   studier,arbete, starta eget ")
				.orElseThrow().getCode());
		assertEquals("FK", codes.match(CodeLists.EXIT_REASON, "TILLBAKA TILL FÖRSÄKRINGSKASSAN").orElseThrow().getCode());
		assertEquals("EB", codes.match(CodeLists.SUPPORT, "försörjningsstöd").orElseThrow().getCode());
		assertEquals("AVHOPP", codes.match(CodeLists.EXIT_REASON, "avhopp").orElseThrow().getCode());
		assertTrue(codes.match(CodeLists.EXIT_REASON, "okänd").isEmpty());
	}

	@Test
	public void pluginContributionsAddButNeverRedefine() {
		CodeEntry studies = codes.find(CodeLists.EXIT_REASON, "STUDIER").orElseThrow();
		assertTrue(studies.isPositive());
		assertEquals("Till Arbetsförmedlingen (arbetssökande, studier, arbete, eget företag)",
				codes.find(CodeLists.EXIT_REASON, "AF").orElseThrow().getLabelSv());
		assertEquals("Unga vuxna", codes.label("rarProjectArea", "UNGA"));
	}

	@Test
	public void aBrokenContributionIsSkipped() {
		// data/does-not-exist.xmi is contributed too: the lists above still loaded, with all shipped entries.
		assertEquals(7, codes.entries(CodeLists.EXIT_REASON).size());
		assertEquals(5, codes.entries(CodeLists.PARTY_KIND).size());
	}

	@Test
	public void labelsInTheUsersLanguage() {
		assertEquals("Avhopp", codes.label(CodeLists.EXIT_REASON, "AVHOPP"));
		assertEquals("XYZ", codes.label(CodeLists.EXIT_REASON, "XYZ"));
	}
}
