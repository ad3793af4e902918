/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Yes/no statements with a comment (Bilaga LS).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.Checklist#getCommentLabel <em>Comment Label</em>}</li>
 *   <li>{@link se.finsam.model.Checklist#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getChecklist()
 * @model
 * @generated
 */
public interface Checklist extends TemplatePart {
	/**
	 * Returns the value of the '<em><b>Comment Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The comment's heading, e.g. Kommentarer (om ni angett nej ovan ska detta kommenteras här).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comment Label</em>' attribute.
	 * @see #setCommentLabel(String)
	 * @see se.finsam.model.FinsamPackage#getChecklist_CommentLabel()
	 * @model
	 * @generated
	 */
	String getCommentLabel();

	/**
	 * Sets the value of the '{@link se.finsam.model.Checklist#getCommentLabel <em>Comment Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment Label</em>' attribute.
	 * @see #getCommentLabel()
	 * @generated
	 */
	void setCommentLabel(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.ChecklistItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getChecklist_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistItem> getItems();

} // Checklist
