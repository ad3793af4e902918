/**
 * Finsam Workbench
 */
package se.finsam.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flat Rate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Flat-rate (schablon) financing, e.g. 600 000 kr a year for a coordinator, requisitioned by the employer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.FlatRate#getLabel <em>Label</em>}</li>
 *   <li>{@link se.finsam.model.FlatRate#getAnnualAmount <em>Annual Amount</em>}</li>
 *   <li>{@link se.finsam.model.FlatRate#getEmployer <em>Employer</em>}</li>
 *   <li>{@link se.finsam.model.FlatRate#getStart <em>Start</em>}</li>
 *   <li>{@link se.finsam.model.FlatRate#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getFlatRate()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='nonNegativeAmount endNotBeforeStart'"
 * @generated
 */
public interface FlatRate extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see se.finsam.model.FinsamPackage#getFlatRate_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link se.finsam.model.FlatRate#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Annual Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Amount</em>' attribute.
	 * @see #setAnnualAmount(BigDecimal)
	 * @see se.finsam.model.FinsamPackage#getFlatRate_AnnualAmount()
	 * @model
	 * @generated
	 */
	BigDecimal getAnnualAmount();

	/**
	 * Sets the value of the '{@link se.finsam.model.FlatRate#getAnnualAmount <em>Annual Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Amount</em>' attribute.
	 * @see #getAnnualAmount()
	 * @generated
	 */
	void setAnnualAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Employer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employer</em>' reference.
	 * @see #setEmployer(Party)
	 * @see se.finsam.model.FinsamPackage#getFlatRate_Employer()
	 * @model
	 * @generated
	 */
	Party getEmployer();

	/**
	 * Sets the value of the '{@link se.finsam.model.FlatRate#getEmployer <em>Employer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employer</em>' reference.
	 * @see #getEmployer()
	 * @generated
	 */
	void setEmployer(Party value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see se.finsam.model.FinsamPackage#getFlatRate_Start()
	 * @model dataType="se.finsam.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link se.finsam.model.FlatRate#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(LocalDate)
	 * @see se.finsam.model.FinsamPackage#getFlatRate_End()
	 * @model dataType="se.finsam.model.LocalDate"
	 * @generated
	 */
	LocalDate getEnd();

	/**
	 * Sets the value of the '{@link se.finsam.model.FlatRate#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(LocalDate value);

} // FlatRate
