/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.finsam.model.FinsamPackage;
import se.finsam.model.FlatRate;
import se.finsam.model.Party;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flat Rate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.FlatRateImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link se.finsam.model.impl.FlatRateImpl#getAnnualAmount <em>Annual Amount</em>}</li>
 *   <li>{@link se.finsam.model.impl.FlatRateImpl#getEmployer <em>Employer</em>}</li>
 *   <li>{@link se.finsam.model.impl.FlatRateImpl#getStart <em>Start</em>}</li>
 *   <li>{@link se.finsam.model.impl.FlatRateImpl#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlatRateImpl extends MinimalEObjectImpl.Container implements FlatRate {
	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualAmount() <em>Annual Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ANNUAL_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnualAmount() <em>Annual Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal annualAmount = ANNUAL_AMOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEmployer() <em>Employer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected Party employer;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate end = END_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlatRateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.FLAT_RATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.FLAT_RATE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAnnualAmount() {
		return annualAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualAmount(BigDecimal newAnnualAmount) {
		BigDecimal oldAnnualAmount = annualAmount;
		annualAmount = newAnnualAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.FLAT_RATE__ANNUAL_AMOUNT, oldAnnualAmount, annualAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getEmployer() {
		if (employer != null && employer.eIsProxy()) {
			InternalEObject oldEmployer = (InternalEObject)employer;
			employer = (Party)eResolveProxy(oldEmployer);
			if (employer != oldEmployer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FinsamPackage.FLAT_RATE__EMPLOYER, oldEmployer, employer));
			}
		}
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetEmployer() {
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployer(Party newEmployer) {
		Party oldEmployer = employer;
		employer = newEmployer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.FLAT_RATE__EMPLOYER, oldEmployer, employer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDate newStart) {
		LocalDate oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.FLAT_RATE__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(LocalDate newEnd) {
		LocalDate oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.FLAT_RATE__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FinsamPackage.FLAT_RATE__LABEL:
				return getLabel();
			case FinsamPackage.FLAT_RATE__ANNUAL_AMOUNT:
				return getAnnualAmount();
			case FinsamPackage.FLAT_RATE__EMPLOYER:
				if (resolve) return getEmployer();
				return basicGetEmployer();
			case FinsamPackage.FLAT_RATE__START:
				return getStart();
			case FinsamPackage.FLAT_RATE__END:
				return getEnd();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FinsamPackage.FLAT_RATE__LABEL:
				setLabel((String)newValue);
				return;
			case FinsamPackage.FLAT_RATE__ANNUAL_AMOUNT:
				setAnnualAmount((BigDecimal)newValue);
				return;
			case FinsamPackage.FLAT_RATE__EMPLOYER:
				setEmployer((Party)newValue);
				return;
			case FinsamPackage.FLAT_RATE__START:
				setStart((LocalDate)newValue);
				return;
			case FinsamPackage.FLAT_RATE__END:
				setEnd((LocalDate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FinsamPackage.FLAT_RATE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case FinsamPackage.FLAT_RATE__ANNUAL_AMOUNT:
				setAnnualAmount(ANNUAL_AMOUNT_EDEFAULT);
				return;
			case FinsamPackage.FLAT_RATE__EMPLOYER:
				setEmployer((Party)null);
				return;
			case FinsamPackage.FLAT_RATE__START:
				setStart(START_EDEFAULT);
				return;
			case FinsamPackage.FLAT_RATE__END:
				setEnd(END_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FinsamPackage.FLAT_RATE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case FinsamPackage.FLAT_RATE__ANNUAL_AMOUNT:
				return ANNUAL_AMOUNT_EDEFAULT == null ? annualAmount != null : !ANNUAL_AMOUNT_EDEFAULT.equals(annualAmount);
			case FinsamPackage.FLAT_RATE__EMPLOYER:
				return employer != null;
			case FinsamPackage.FLAT_RATE__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case FinsamPackage.FLAT_RATE__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (label: ");
		result.append(label);
		result.append(", annualAmount: ");
		result.append(annualAmount);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(')');
		return result.toString();
	}

} //FlatRateImpl
