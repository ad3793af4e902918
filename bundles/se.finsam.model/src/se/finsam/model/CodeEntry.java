/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One value of a code list.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.CodeEntry#getCode <em>Code</em>}</li>
 *   <li>{@link se.finsam.model.CodeEntry#getLabelSv <em>Label Sv</em>}</li>
 *   <li>{@link se.finsam.model.CodeEntry#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.finsam.model.CodeEntry#isPositive <em>Positive</em>}</li>
 *   <li>{@link se.finsam.model.CodeEntry#getSynonyms <em>Synonyms</em>}</li>
 *   <li>{@link se.finsam.model.CodeEntry#isObsolete <em>Obsolete</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getCodeEntry()
 * @model
 * @generated
 */
public interface CodeEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see se.finsam.model.FinsamPackage#getCodeEntry_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link se.finsam.model.CodeEntry#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Label Sv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Sv</em>' attribute.
	 * @see #setLabelSv(String)
	 * @see se.finsam.model.FinsamPackage#getCodeEntry_LabelSv()
	 * @model
	 * @generated
	 */
	String getLabelSv();

	/**
	 * Sets the value of the '{@link se.finsam.model.CodeEntry#getLabelSv <em>Label Sv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Sv</em>' attribute.
	 * @see #getLabelSv()
	 * @generated
	 */
	void setLabelSv(String value);

	/**
	 * Returns the value of the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label En</em>' attribute.
	 * @see #setLabelEn(String)
	 * @see se.finsam.model.FinsamPackage#getCodeEntry_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link se.finsam.model.CodeEntry#getLabelEn <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label En</em>' attribute.
	 * @see #getLabelEn()
	 * @generated
	 */
	void setLabelEn(String value);

	/**
	 * Returns the value of the '<em><b>Positive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For exit reasons: counts as a positive outcome.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Positive</em>' attribute.
	 * @see #setPositive(boolean)
	 * @see se.finsam.model.FinsamPackage#getCodeEntry_Positive()
	 * @model
	 * @generated
	 */
	boolean isPositive();

	/**
	 * Sets the value of the '{@link se.finsam.model.CodeEntry#isPositive <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positive</em>' attribute.
	 * @see #isPositive()
	 * @generated
	 */
	void setPositive(boolean value);

	/**
	 * Returns the value of the '<em><b>Synonyms</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other spellings accepted on import (DIS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Synonyms</em>' attribute list.
	 * @see se.finsam.model.FinsamPackage#getCodeEntry_Synonyms()
	 * @model
	 * @generated
	 */
	EList<String> getSynonyms();

	/**
	 * Returns the value of the '<em><b>Obsolete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kept for old data; not offered for new.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Obsolete</em>' attribute.
	 * @see #setObsolete(boolean)
	 * @see se.finsam.model.FinsamPackage#getCodeEntry_Obsolete()
	 * @model
	 * @generated
	 */
	boolean isObsolete();

	/**
	 * Sets the value of the '{@link se.finsam.model.CodeEntry#isObsolete <em>Obsolete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Obsolete</em>' attribute.
	 * @see #isObsolete()
	 * @generated
	 */
	void setObsolete(boolean value);

} // CodeEntry
