/**
 * Finsam Workbench
 */
package se.finsam.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A question answered in free text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.TextQuestion#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getTextQuestion()
 * @model
 * @generated
 */
public interface TextQuestion extends TemplatePart {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A project field the answer starts from (targetGroup, resources, methods, activities, successFactors, systemFaults, steeringGroupAnalysis), or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see se.finsam.model.FinsamPackage#getTextQuestion_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link se.finsam.model.TextQuestion#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // TextQuestion
