/**
 * Finsam Workbench
 */
package se.finsam.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Answers at one moment: SUS M1/M2 answers as key/values and the EQ-5D index and VAS.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.Measurement#getDate <em>Date</em>}</li>
 *   <li>{@link se.finsam.model.Measurement#getAnswers <em>Answers</em>}</li>
 *   <li>{@link se.finsam.model.Measurement#getEq5dIndex <em>Eq5d Index</em>}</li>
 *   <li>{@link se.finsam.model.Measurement#getEq5dVas <em>Eq5d Vas</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getMeasurement()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='eq5dInRange'"
 * @generated
 */
public interface Measurement extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see se.finsam.model.FinsamPackage#getMeasurement_Date()
	 * @model dataType="se.finsam.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link se.finsam.model.Measurement#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' map.
	 * @see se.finsam.model.FinsamPackage#getMeasurement_Answers()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getAnswers();

	/**
	 * Returns the value of the '<em><b>Eq5d Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EQ-5D index, -0.594 to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eq5d Index</em>' attribute.
	 * @see #setEq5dIndex(BigDecimal)
	 * @see se.finsam.model.FinsamPackage#getMeasurement_Eq5dIndex()
	 * @model
	 * @generated
	 */
	BigDecimal getEq5dIndex();

	/**
	 * Sets the value of the '{@link se.finsam.model.Measurement#getEq5dIndex <em>Eq5d Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eq5d Index</em>' attribute.
	 * @see #getEq5dIndex()
	 * @generated
	 */
	void setEq5dIndex(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Eq5d Vas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EQ VAS, 0 to 100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eq5d Vas</em>' attribute.
	 * @see #setEq5dVas(Integer)
	 * @see se.finsam.model.FinsamPackage#getMeasurement_Eq5dVas()
	 * @model
	 * @generated
	 */
	Integer getEq5dVas();

	/**
	 * Sets the value of the '{@link se.finsam.model.Measurement#getEq5dVas <em>Eq5d Vas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eq5d Vas</em>' attribute.
	 * @see #getEq5dVas()
	 * @generated
	 */
	void setEq5dVas(Integer value);

} // Measurement
