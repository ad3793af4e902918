/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A project's budget: lines by year, flat-rate financing. Remaining amounts and totals are computed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.Budget#getLines <em>Lines</em>}</li>
 *   <li>{@link se.finsam.model.Budget#getFlatRates <em>Flat Rates</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getBudget()
 * @model
 * @generated
 */
public interface Budget extends EObject {
	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getBudget_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getLines();

	/**
	 * Returns the value of the '<em><b>Flat Rates</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.FlatRate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flat Rates</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getBudget_FlatRates()
	 * @model containment="true"
	 * @generated
	 */
	EList<FlatRate> getFlatRates();

} // Budget
