/**
 * Finsam Workbench
 */
package se.finsam.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signature Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Date, signature and name clarification.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.SignatureBlock#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getSignatureBlock()
 * @model
 * @generated
 */
public interface SignatureBlock extends TemplatePart {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whose signature: e.g. LOKUS-gruppens/styrgruppens ordförande.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see se.finsam.model.FinsamPackage#getSignatureBlock_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link se.finsam.model.SignatureBlock#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

} // SignatureBlock
