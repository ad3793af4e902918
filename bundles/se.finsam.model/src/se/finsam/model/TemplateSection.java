/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Template Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A heading of the template with its parts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.TemplateSection#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.TemplateSection#getTitle <em>Title</em>}</li>
 *   <li>{@link se.finsam.model.TemplateSection#getIntro <em>Intro</em>}</li>
 *   <li>{@link se.finsam.model.TemplateSection#getForKind <em>For Kind</em>}</li>
 *   <li>{@link se.finsam.model.TemplateSection#getParts <em>Parts</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getTemplateSection()
 * @model
 * @generated
 */
public interface TemplateSection extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.finsam.model.FinsamPackage#getTemplateSection_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.finsam.model.TemplateSection#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see se.finsam.model.FinsamPackage#getTemplateSection_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link se.finsam.model.TemplateSection#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Intro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text printed under the heading.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intro</em>' attribute.
	 * @see #setIntro(String)
	 * @see se.finsam.model.FinsamPackage#getTemplateSection_Intro()
	 * @model
	 * @generated
	 */
	String getIntro();

	/**
	 * Sets the value of the '{@link se.finsam.model.TemplateSection#getIntro <em>Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intro</em>' attribute.
	 * @see #getIntro()
	 * @generated
	 */
	void setIntro(String value);

	/**
	 * Returns the value of the '<em><b>For Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only for this kind of project (project or longTermCooperation, as Bilaga Projekt and Bilaga LS); empty for all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>For Kind</em>' attribute.
	 * @see #setForKind(String)
	 * @see se.finsam.model.FinsamPackage#getTemplateSection_ForKind()
	 * @model
	 * @generated
	 */
	String getForKind();

	/**
	 * Sets the value of the '{@link se.finsam.model.TemplateSection#getForKind <em>For Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>For Kind</em>' attribute.
	 * @see #getForKind()
	 * @generated
	 */
	void setForKind(String value);

	/**
	 * Returns the value of the '<em><b>Parts</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.TemplatePart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parts</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getTemplateSection_Parts()
	 * @model containment="true"
	 * @generated
	 */
	EList<TemplatePart> getParts();

} // TemplateSection
