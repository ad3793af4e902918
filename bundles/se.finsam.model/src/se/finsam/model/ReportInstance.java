/**
 * Finsam Workbench
 */
package se.finsam.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A report for a project and a period, made from a template; keeps the answers per template part.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.ReportInstance#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.ReportInstance#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link se.finsam.model.ReportInstance#getTitle <em>Title</em>}</li>
 *   <li>{@link se.finsam.model.ReportInstance#getPeriod <em>Period</em>}</li>
 *   <li>{@link se.finsam.model.ReportInstance#getStatus <em>Status</em>}</li>
 *   <li>{@link se.finsam.model.ReportInstance#getAnswers <em>Answers</em>}</li>
 *   <li>{@link se.finsam.model.ReportInstance#getModified <em>Modified</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getReportInstance()
 * @model
 * @generated
 */
public interface ReportInstance extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identity (a UUID), also the primary key in the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.finsam.model.FinsamPackage#getReportInstance_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportInstance#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template Id</em>' attribute.
	 * @see #setTemplateId(String)
	 * @see se.finsam.model.FinsamPackage#getReportInstance_TemplateId()
	 * @model
	 * @generated
	 */
	String getTemplateId();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportInstance#getTemplateId <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Id</em>' attribute.
	 * @see #getTemplateId()
	 * @generated
	 */
	void setTemplateId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see se.finsam.model.FinsamPackage#getReportInstance_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportInstance#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' containment reference.
	 * @see #setPeriod(Period)
	 * @see se.finsam.model.FinsamPackage#getReportInstance_Period()
	 * @model containment="true"
	 * @generated
	 */
	Period getPeriod();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportInstance#getPeriod <em>Period</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' containment reference.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(Period value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link se.finsam.model.ReportStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see se.finsam.model.ReportStatus
	 * @see #setStatus(ReportStatus)
	 * @see se.finsam.model.FinsamPackage#getReportInstance_Status()
	 * @model
	 * @generated
	 */
	ReportStatus getStatus();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportInstance#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see se.finsam.model.ReportStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReportStatus value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getReportInstance_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Answer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(LocalDate)
	 * @see se.finsam.model.FinsamPackage#getReportInstance_Modified()
	 * @model dataType="se.finsam.model.LocalDate"
	 * @generated
	 */
	LocalDate getModified();

	/**
	 * Sets the value of the '{@link se.finsam.model.ReportInstance#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(LocalDate value);

} // ReportInstance
