/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code List Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of code lists: the shipped defaults or a plug-in's contribution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.CodeListSet#getLists <em>Lists</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getCodeListSet()
 * @model
 * @generated
 */
public interface CodeListSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Lists</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.CodeList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lists</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getCodeListSet_Lists()
	 * @model containment="true"
	 * @generated
	 */
	EList<CodeList> getLists();

} // CodeListSet
