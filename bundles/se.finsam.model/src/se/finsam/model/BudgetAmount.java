/**
 * Finsam Workbench
 */
package se.finsam.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Amount</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One year of a budget line.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.BudgetAmount#getYear <em>Year</em>}</li>
 *   <li>{@link se.finsam.model.BudgetAmount#getBudget <em>Budget</em>}</li>
 *   <li>{@link se.finsam.model.BudgetAmount#getRequisitioned <em>Requisitioned</em>}</li>
 *   <li>{@link se.finsam.model.BudgetAmount#getAccumulatedCost <em>Accumulated Cost</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getBudgetAmount()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='nonNegativeAmounts'"
 * @generated
 */
public interface BudgetAmount extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see se.finsam.model.FinsamPackage#getBudgetAmount_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link se.finsam.model.BudgetAmount#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Budget including supplements (budget inkl. tillägg).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(BigDecimal)
	 * @see se.finsam.model.FinsamPackage#getBudgetAmount_Budget()
	 * @model
	 * @generated
	 */
	BigDecimal getBudget();

	/**
	 * Sets the value of the '{@link se.finsam.model.BudgetAmount#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Requisitioned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requisitioned (rekvirerat) by the employing party.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requisitioned</em>' attribute.
	 * @see #setRequisitioned(BigDecimal)
	 * @see se.finsam.model.FinsamPackage#getBudgetAmount_Requisitioned()
	 * @model
	 * @generated
	 */
	BigDecimal getRequisitioned();

	/**
	 * Sets the value of the '{@link se.finsam.model.BudgetAmount#getRequisitioned <em>Requisitioned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requisitioned</em>' attribute.
	 * @see #getRequisitioned()
	 * @generated
	 */
	void setRequisitioned(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Accumulated Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accumulated cost (ackumulerad kostnad).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accumulated Cost</em>' attribute.
	 * @see #setAccumulatedCost(BigDecimal)
	 * @see se.finsam.model.FinsamPackage#getBudgetAmount_AccumulatedCost()
	 * @model
	 * @generated
	 */
	BigDecimal getAccumulatedCost();

	/**
	 * Sets the value of the '{@link se.finsam.model.BudgetAmount#getAccumulatedCost <em>Accumulated Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accumulated Cost</em>' attribute.
	 * @see #getAccumulatedCost()
	 * @generated
	 */
	void setAccumulatedCost(BigDecimal value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Budget minus accumulated cost (återstår); never stored.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal remaining();

} // BudgetAmount
