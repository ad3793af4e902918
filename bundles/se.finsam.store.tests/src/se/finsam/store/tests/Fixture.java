package se.finsam.store.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.finsam.model.Association;
import se.finsam.model.demo.DemoData;
import se.finsam.store.Store;
import se.finsam.store.StoreKey;
import se.finsam.store.internal.JdbcStoreService;
import se.finsam.testing.Fixtures;

/** Real Derby in a temporary directory. */
final class Fixture {

	static final LocalDate TODAY = Fixtures.TODAY;
	static final StoreKey KEY = Fixtures.KEY;

	private Fixture() {
	}

	static Store open(Path data) {
		return new JdbcStoreService().open(data, KEY);
	}

	static Association demo(int participants) {
		return DemoData.create(11, participants, TODAY);
	}

	/** Model equality where 50 and 50.00 are the same amount. */
	static boolean sameContent(EObject a, EObject b) {
		return new EcoreUtil.EqualityHelper() {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean haveEqualAttribute(EObject x, EObject y, EAttribute attribute) {
				Object vx = x.eGet(attribute);
				Object vy = y.eGet(attribute);
				if (vx instanceof BigDecimal dx && vy instanceof BigDecimal dy) {
					return dx.compareTo(dy) == 0;
				}
				return super.haveEqualAttribute(x, y, attribute);
			}
		}.equals(a, b);
	}
}
