/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A code list: support, occupation, exit reasons, budget categories, party kinds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.CodeList#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.CodeList#getNameSv <em>Name Sv</em>}</li>
 *   <li>{@link se.finsam.model.CodeList#getNameEn <em>Name En</em>}</li>
 *   <li>{@link se.finsam.model.CodeList#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getCodeList()
 * @model
 * @generated
 */
public interface CodeList extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * supportCategory, occupationCategory, exitReason, budgetCategory, partyKind, ...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.finsam.model.FinsamPackage#getCodeList_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.finsam.model.CodeList#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name Sv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Sv</em>' attribute.
	 * @see #setNameSv(String)
	 * @see se.finsam.model.FinsamPackage#getCodeList_NameSv()
	 * @model
	 * @generated
	 */
	String getNameSv();

	/**
	 * Sets the value of the '{@link se.finsam.model.CodeList#getNameSv <em>Name Sv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Sv</em>' attribute.
	 * @see #getNameSv()
	 * @generated
	 */
	void setNameSv(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see se.finsam.model.FinsamPackage#getCodeList_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link se.finsam.model.CodeList#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.CodeEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getCodeList_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<CodeEntry> getEntries();

} // CodeList
