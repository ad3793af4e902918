/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.InternalEList;

import se.finsam.model.FinsamPackage;
import se.finsam.model.Measurement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.MeasurementImpl#getDate <em>Date</em>}</li>
 *   <li>{@link se.finsam.model.impl.MeasurementImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link se.finsam.model.impl.MeasurementImpl#getEq5dIndex <em>Eq5d Index</em>}</li>
 *   <li>{@link se.finsam.model.impl.MeasurementImpl#getEq5dVas <em>Eq5d Vas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementImpl extends MinimalEObjectImpl.Container implements Measurement {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> answers;

	/**
	 * The default value of the '{@link #getEq5dIndex() <em>Eq5d Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEq5dIndex()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal EQ5D_INDEX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEq5dIndex() <em>Eq5d Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEq5dIndex()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal eq5dIndex = EQ5D_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getEq5dVas() <em>Eq5d Vas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEq5dVas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EQ5D_VAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEq5dVas() <em>Eq5d Vas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEq5dVas()
	 * @generated
	 * @ordered
	 */
	protected Integer eq5dVas = EQ5D_VAS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.MEASUREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.MEASUREMENT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT (a map without a hash index, see SmallEMap)
	 */
	@Override
	public EMap<String, String> getAnswers() {
		if (answers == null) {
			answers = new SmallEMap(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, FinsamPackage.MEASUREMENT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getEq5dIndex() {
		return eq5dIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEq5dIndex(BigDecimal newEq5dIndex) {
		BigDecimal oldEq5dIndex = eq5dIndex;
		eq5dIndex = newEq5dIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.MEASUREMENT__EQ5D_INDEX, oldEq5dIndex, eq5dIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEq5dVas() {
		return eq5dVas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEq5dVas(Integer newEq5dVas) {
		Integer oldEq5dVas = eq5dVas;
		eq5dVas = newEq5dVas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.MEASUREMENT__EQ5D_VAS, oldEq5dVas, eq5dVas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FinsamPackage.MEASUREMENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FinsamPackage.MEASUREMENT__DATE:
				return getDate();
			case FinsamPackage.MEASUREMENT__ANSWERS:
				if (coreType) return getAnswers();
				else return getAnswers().map();
			case FinsamPackage.MEASUREMENT__EQ5D_INDEX:
				return getEq5dIndex();
			case FinsamPackage.MEASUREMENT__EQ5D_VAS:
				return getEq5dVas();
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
			case FinsamPackage.MEASUREMENT__DATE:
				setDate((LocalDate)newValue);
				return;
			case FinsamPackage.MEASUREMENT__ANSWERS:
				((EStructuralFeature.Setting)getAnswers()).set(newValue);
				return;
			case FinsamPackage.MEASUREMENT__EQ5D_INDEX:
				setEq5dIndex((BigDecimal)newValue);
				return;
			case FinsamPackage.MEASUREMENT__EQ5D_VAS:
				setEq5dVas((Integer)newValue);
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
			case FinsamPackage.MEASUREMENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case FinsamPackage.MEASUREMENT__ANSWERS:
				getAnswers().clear();
				return;
			case FinsamPackage.MEASUREMENT__EQ5D_INDEX:
				setEq5dIndex(EQ5D_INDEX_EDEFAULT);
				return;
			case FinsamPackage.MEASUREMENT__EQ5D_VAS:
				setEq5dVas(EQ5D_VAS_EDEFAULT);
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
			case FinsamPackage.MEASUREMENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case FinsamPackage.MEASUREMENT__ANSWERS:
				return answers != null && !answers.isEmpty();
			case FinsamPackage.MEASUREMENT__EQ5D_INDEX:
				return EQ5D_INDEX_EDEFAULT == null ? eq5dIndex != null : !EQ5D_INDEX_EDEFAULT.equals(eq5dIndex);
			case FinsamPackage.MEASUREMENT__EQ5D_VAS:
				return EQ5D_VAS_EDEFAULT == null ? eq5dVas != null : !EQ5D_VAS_EDEFAULT.equals(eq5dVas);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", eq5dIndex: ");
		result.append(eq5dIndex);
		result.append(", eq5dVas: ");
		result.append(eq5dVas);
		result.append(')');
		return result.toString();
	}

} //MeasurementImpl
