/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.finsam.model.Budget;
import se.finsam.model.BudgetLine;
import se.finsam.model.FinsamPackage;
import se.finsam.model.FlatRate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.BudgetImpl#getLines <em>Lines</em>}</li>
 *   <li>{@link se.finsam.model.impl.BudgetImpl#getFlatRates <em>Flat Rates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetImpl extends MinimalEObjectImpl.Container implements Budget {
	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> lines;

	/**
	 * The cached value of the '{@link #getFlatRates() <em>Flat Rates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlatRates()
	 * @generated
	 * @ordered
	 */
	protected EList<FlatRate> flatRates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.BUDGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getLines() {
		if (lines == null) {
			lines = new EObjectContainmentEList<BudgetLine>(BudgetLine.class, this, FinsamPackage.BUDGET__LINES);
		}
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FlatRate> getFlatRates() {
		if (flatRates == null) {
			flatRates = new EObjectContainmentEList<FlatRate>(FlatRate.class, this, FinsamPackage.BUDGET__FLAT_RATES);
		}
		return flatRates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FinsamPackage.BUDGET__LINES:
				return ((InternalEList<?>)getLines()).basicRemove(otherEnd, msgs);
			case FinsamPackage.BUDGET__FLAT_RATES:
				return ((InternalEList<?>)getFlatRates()).basicRemove(otherEnd, msgs);
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
			case FinsamPackage.BUDGET__LINES:
				return getLines();
			case FinsamPackage.BUDGET__FLAT_RATES:
				return getFlatRates();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FinsamPackage.BUDGET__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends BudgetLine>)newValue);
				return;
			case FinsamPackage.BUDGET__FLAT_RATES:
				getFlatRates().clear();
				getFlatRates().addAll((Collection<? extends FlatRate>)newValue);
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
			case FinsamPackage.BUDGET__LINES:
				getLines().clear();
				return;
			case FinsamPackage.BUDGET__FLAT_RATES:
				getFlatRates().clear();
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
			case FinsamPackage.BUDGET__LINES:
				return lines != null && !lines.isEmpty();
			case FinsamPackage.BUDGET__FLAT_RATES:
				return flatRates != null && !flatRates.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //BudgetImpl
