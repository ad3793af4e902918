/**
 * Finsam Workbench
 */
package se.finsam.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A socio-economic evaluation of a project (its inputs are defined by the calculation engine).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.Evaluation#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.Evaluation#getName <em>Name</em>}</li>
 *   <li>{@link se.finsam.model.Evaluation#getCreated <em>Created</em>}</li>
 *   <li>{@link se.finsam.model.Evaluation#getInputs <em>Inputs</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getEvaluation()
 * @model
 * @generated
 */
public interface Evaluation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identity (a UUID), also the primary key in the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.finsam.model.FinsamPackage#getEvaluation_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.finsam.model.Evaluation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see se.finsam.model.FinsamPackage#getEvaluation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link se.finsam.model.Evaluation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(LocalDate)
	 * @see se.finsam.model.FinsamPackage#getEvaluation_Created()
	 * @model dataType="se.finsam.model.LocalDate"
	 * @generated
	 */
	LocalDate getCreated();

	/**
	 * Sets the value of the '{@link se.finsam.model.Evaluation#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The evaluation inputs as JSON in the calculation format (docs/calc-format.md).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inputs</em>' attribute.
	 * @see #setInputs(String)
	 * @see se.finsam.model.FinsamPackage#getEvaluation_Inputs()
	 * @model
	 * @generated
	 */
	String getInputs();

	/**
	 * Sets the value of the '{@link se.finsam.model.Evaluation#getInputs <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inputs</em>' attribute.
	 * @see #getInputs()
	 * @generated
	 */
	void setInputs(String value);

} // Evaluation
