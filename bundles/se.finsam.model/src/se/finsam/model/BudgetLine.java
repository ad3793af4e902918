/**
 * Finsam Workbench
 */
package se.finsam.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A budget post: a category and a free label such as "Läkare 20 %", with amounts per year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.BudgetLine#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.BudgetLine#getCategory <em>Category</em>}</li>
 *   <li>{@link se.finsam.model.BudgetLine#getLabel <em>Label</em>}</li>
 *   <li>{@link se.finsam.model.BudgetLine#getAmounts <em>Amounts</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getBudgetLine()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueYears'"
 * @generated
 */
public interface BudgetLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identity (a UUID), also the primary key in the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.finsam.model.FinsamPackage#getBudgetLine_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.finsam.model.BudgetLine#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code from the budget-category code list (PERSONAL, LOKAL, OVRIGT, RESOR, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see se.finsam.model.FinsamPackage#getBudgetLine_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link se.finsam.model.BudgetLine#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see se.finsam.model.FinsamPackage#getBudgetLine_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link se.finsam.model.BudgetLine#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Amounts</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.BudgetAmount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amounts</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getBudgetLine_Amounts()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetAmount> getAmounts();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Budget including supplements over all years.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal totalBudget();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requisitioned over all years.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal totalRequisitioned();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accumulated cost over all years.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal totalAccumulatedCost();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Budget minus accumulated cost over all years.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal totalRemaining();

} // BudgetLine
