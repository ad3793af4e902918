/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attribute Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An extra attribute of participants: its name, and whether it is personal data (a name, a note about the person): personal values are encrypted like personnummer, masked in lists, left out of exports unless asked for, and erased by gallring.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.AttributeDefinition#getName <em>Name</em>}</li>
 *   <li>{@link se.finsam.model.AttributeDefinition#isPersonal <em>Personal</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getAttributeDefinition()
 * @model
 * @generated
 */
public interface AttributeDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see se.finsam.model.FinsamPackage#getAttributeDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link se.finsam.model.AttributeDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Personal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personal</em>' attribute.
	 * @see #setPersonal(boolean)
	 * @see se.finsam.model.FinsamPackage#getAttributeDefinition_Personal()
	 * @model
	 * @generated
	 */
	boolean isPersonal();

	/**
	 * Sets the value of the '{@link se.finsam.model.AttributeDefinition#isPersonal <em>Personal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal</em>' attribute.
	 * @see #isPersonal()
	 * @generated
	 */
	void setPersonal(boolean value);

} // AttributeDefinition
