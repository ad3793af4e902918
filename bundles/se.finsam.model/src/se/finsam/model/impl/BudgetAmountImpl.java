/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import se.finsam.model.BudgetAmount;
import se.finsam.model.FinsamPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget Amount</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.BudgetAmountImpl#getYear <em>Year</em>}</li>
 *   <li>{@link se.finsam.model.impl.BudgetAmountImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link se.finsam.model.impl.BudgetAmountImpl#getRequisitioned <em>Requisitioned</em>}</li>
 *   <li>{@link se.finsam.model.impl.BudgetAmountImpl#getAccumulatedCost <em>Accumulated Cost</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetAmountImpl extends MinimalEObjectImpl.Container implements BudgetAmount {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budget = BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequisitioned() <em>Requisitioned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequisitioned()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal REQUISITIONED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequisitioned() <em>Requisitioned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequisitioned()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal requisitioned = REQUISITIONED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccumulatedCost() <em>Accumulated Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccumulatedCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ACCUMULATED_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccumulatedCost() <em>Accumulated Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccumulatedCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal accumulatedCost = ACCUMULATED_COST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetAmountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.BUDGET_AMOUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.BUDGET_AMOUNT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(BigDecimal newBudget) {
		BigDecimal oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.BUDGET_AMOUNT__BUDGET, oldBudget, budget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRequisitioned() {
		return requisitioned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequisitioned(BigDecimal newRequisitioned) {
		BigDecimal oldRequisitioned = requisitioned;
		requisitioned = newRequisitioned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.BUDGET_AMOUNT__REQUISITIONED, oldRequisitioned, requisitioned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAccumulatedCost() {
		return accumulatedCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccumulatedCost(BigDecimal newAccumulatedCost) {
		BigDecimal oldAccumulatedCost = accumulatedCost;
		accumulatedCost = newAccumulatedCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.BUDGET_AMOUNT__ACCUMULATED_COST, oldAccumulatedCost, accumulatedCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal remaining() {
		return se.finsam.model.util.Amounts.orZero(getBudget()).subtract(se.finsam.model.util.Amounts.orZero(getAccumulatedCost()));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FinsamPackage.BUDGET_AMOUNT__YEAR:
				return getYear();
			case FinsamPackage.BUDGET_AMOUNT__BUDGET:
				return getBudget();
			case FinsamPackage.BUDGET_AMOUNT__REQUISITIONED:
				return getRequisitioned();
			case FinsamPackage.BUDGET_AMOUNT__ACCUMULATED_COST:
				return getAccumulatedCost();
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
			case FinsamPackage.BUDGET_AMOUNT__YEAR:
				setYear((Integer)newValue);
				return;
			case FinsamPackage.BUDGET_AMOUNT__BUDGET:
				setBudget((BigDecimal)newValue);
				return;
			case FinsamPackage.BUDGET_AMOUNT__REQUISITIONED:
				setRequisitioned((BigDecimal)newValue);
				return;
			case FinsamPackage.BUDGET_AMOUNT__ACCUMULATED_COST:
				setAccumulatedCost((BigDecimal)newValue);
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
			case FinsamPackage.BUDGET_AMOUNT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case FinsamPackage.BUDGET_AMOUNT__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case FinsamPackage.BUDGET_AMOUNT__REQUISITIONED:
				setRequisitioned(REQUISITIONED_EDEFAULT);
				return;
			case FinsamPackage.BUDGET_AMOUNT__ACCUMULATED_COST:
				setAccumulatedCost(ACCUMULATED_COST_EDEFAULT);
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
			case FinsamPackage.BUDGET_AMOUNT__YEAR:
				return year != YEAR_EDEFAULT;
			case FinsamPackage.BUDGET_AMOUNT__BUDGET:
				return BUDGET_EDEFAULT == null ? budget != null : !BUDGET_EDEFAULT.equals(budget);
			case FinsamPackage.BUDGET_AMOUNT__REQUISITIONED:
				return REQUISITIONED_EDEFAULT == null ? requisitioned != null : !REQUISITIONED_EDEFAULT.equals(requisitioned);
			case FinsamPackage.BUDGET_AMOUNT__ACCUMULATED_COST:
				return ACCUMULATED_COST_EDEFAULT == null ? accumulatedCost != null : !ACCUMULATED_COST_EDEFAULT.equals(accumulatedCost);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case FinsamPackage.BUDGET_AMOUNT___REMAINING:
				return remaining();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (year: ");
		result.append(year);
		result.append(", budget: ");
		result.append(budget);
		result.append(", requisitioned: ");
		result.append(requisitioned);
		result.append(", accumulatedCost: ");
		result.append(accumulatedCost);
		result.append(')');
		return result.toString();
	}

} //BudgetAmountImpl
