/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A report template (mall) contributed by a plug-in: sections of parts, in order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.ReportTemplate#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.ReportTemplate#getName <em>Name</em>}</li>
 *   <li>{@link se.finsam.model.ReportTemplate#getNameEn <em>Name En</em>}</li>
 *   <li>{@link se.finsam.model.ReportTemplate#getKind <em>Kind</em>}</li>
 *   <li>{@link se.finsam.model.ReportTemplate#getDescription <em>Description</em>}</li>
 *   <li>{@link se.finsam.model.ReportTemplate#getIntro <em>Intro</em>}</li>
 *   <li>{@link se.finsam.model.ReportTemplate#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getReportTemplate()
 * @model
 * @generated
 */
public interface ReportTemplate extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique over all installed templates, e.g. rar.final.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.finsam.model.FinsamPackage#getReportTemplate_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportTemplate#getId <em>Id</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * The name in Swedish, as the förbund calls it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see se.finsam.model.FinsamPackage#getReportTemplate_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportTemplate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see se.finsam.model.FinsamPackage#getReportTemplate_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportTemplate#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link se.finsam.model.TemplateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see se.finsam.model.TemplateKind
	 * @see #setKind(TemplateKind)
	 * @see se.finsam.model.FinsamPackage#getReportTemplate_Kind()
	 * @model
	 * @generated
	 */
	TemplateKind getKind();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportTemplate#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see se.finsam.model.TemplateKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TemplateKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see se.finsam.model.FinsamPackage#getReportTemplate_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportTemplate#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Intro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text printed under the title (instructions from the förbund).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intro</em>' attribute.
	 * @see #setIntro(String)
	 * @see se.finsam.model.FinsamPackage#getReportTemplate_Intro()
	 * @model
	 * @generated
	 */
	String getIntro();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportTemplate#getIntro <em>Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intro</em>' attribute.
	 * @see #getIntro()
	 * @generated
	 */
	void setIntro(String value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.TemplateSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getReportTemplate_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<TemplateSection> getSections();

} // ReportTemplate
