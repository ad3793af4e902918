package se.finsam.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import se.finsam.model.FinsamFactory;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;

/** The DETAILS column: what a participant keeps beside her columns comes back as it was, whatever its text. */
public class DetailsTest {

	private static final FinsamFactory F = FinsamFactory.eINSTANCE;
	private static final UnaryOperator<String> SEAL = s -> new StringBuilder(s).reverse().toString();

	@Test
	public void answersAndAttributesComeBackWithTheirEscapes() {
		Participant p = F.createParticipant();
		Measurement start = F.createMeasurement();
		start.setDate(LocalDate.of(2016, 3, 1));
		start.getAnswers().put("M1=fråga", "ja\\nej\nrad två");
		start.getAnswers().put("M2", "");
		p.setStartMeasurement(start);
		Measurement exit = F.createMeasurement();
		exit.getAnswers().put("M1=fråga", "=");
		p.setExitMeasurement(exit);
		p.getExtraAttributes().put("Handläggare", "Anna\\Berg");
		p.getExtraAttributes().put("Anteckning", "hemligt=känsligt\n");
		p.getExtraAttributes().put("Tom", null);

		String text = Details.write(p, Set.of("Anteckning"), SEAL);
		assertTrue(text.contains("s.M1\\=fråga=ja\\\\nej\\nrad två\n"), text);
		assertTrue(text.contains("p.Anteckning=\\ntgilsnäk=tgilmeh\n"), "a personal value is sealed: " + text);

		Participant back = F.createParticipant();
		Details.read(text, back, null, null, null, null, SEAL);
		assertTrue(EcoreUtil.equals(start, back.getStartMeasurement()), () -> text);
		assertNull(back.getExitMeasurement().getDate());
		assertEquals("=", back.getExitMeasurement().getAnswers().get("M1=fråga"));
		assertEquals("Anna\\Berg", back.getExtraAttributes().get("Handläggare"));
		assertEquals("hemligt=känsligt\n", back.getExtraAttributes().get("Anteckning"));
		assertEquals("", back.getExtraAttributes().get("Tom"), "no value is kept as an empty one");
		assertEquals(3, back.getExtraAttributes().size());
	}

	@Test
	public void nothingToKeepIsNoText() {
		assertNull(Details.write(F.createParticipant(), Set.of(), SEAL));
	}
}
