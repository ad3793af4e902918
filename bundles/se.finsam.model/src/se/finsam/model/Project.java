/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An insats financed by the association: a project with an end, or long-term cooperation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.Project#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.Project#getDiarienummer <em>Diarienummer</em>}</li>
 *   <li>{@link se.finsam.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link se.finsam.model.Project#getKind <em>Kind</em>}</li>
 *   <li>{@link se.finsam.model.Project#getOwner <em>Owner</em>}</li>
 *   <li>{@link se.finsam.model.Project#getParticipatingParties <em>Participating Parties</em>}</li>
 *   <li>{@link se.finsam.model.Project#getGrantedPeriod <em>Granted Period</em>}</li>
 *   <li>{@link se.finsam.model.Project#getEarlierPeriods <em>Earlier Periods</em>}</li>
 *   <li>{@link se.finsam.model.Project#getTargetGroup <em>Target Group</em>}</li>
 *   <li>{@link se.finsam.model.Project#getResources <em>Resources</em>}</li>
 *   <li>{@link se.finsam.model.Project#getMethods <em>Methods</em>}</li>
 *   <li>{@link se.finsam.model.Project#getActivities <em>Activities</em>}</li>
 *   <li>{@link se.finsam.model.Project#getGoals <em>Goals</em>}</li>
 *   <li>{@link se.finsam.model.Project#getDropout <em>Dropout</em>}</li>
 *   <li>{@link se.finsam.model.Project#getSuccessFactors <em>Success Factors</em>}</li>
 *   <li>{@link se.finsam.model.Project#getSystemFaults <em>System Faults</em>}</li>
 *   <li>{@link se.finsam.model.Project#getSteeringGroupAnalysis <em>Steering Group Analysis</em>}</li>
 *   <li>{@link se.finsam.model.Project#getSignature <em>Signature</em>}</li>
 *   <li>{@link se.finsam.model.Project#getBudget <em>Budget</em>}</li>
 *   <li>{@link se.finsam.model.Project#getParticipants <em>Participants</em>}</li>
 *   <li>{@link se.finsam.model.Project#getReports <em>Reports</em>}</li>
 *   <li>{@link se.finsam.model.Project#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link se.finsam.model.Project#getRevision <em>Revision</em>}</li>
 *   <li>{@link se.finsam.model.Project#isContentLoaded <em>Content Loaded</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getProject()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='diarienummerFormat nameRequired uniqueParticipantCodes ownerIsParticipating'"
 * @generated
 */
public interface Project extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identity (a UUID), also the primary key in the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.finsam.model.FinsamPackage#getProject_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Diarienummer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The association's registration number, e.g. 2014:35; unique within the association.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diarienummer</em>' attribute.
	 * @see #setDiarienummer(String)
	 * @see se.finsam.model.FinsamPackage#getProject_Diarienummer()
	 * @model
	 * @generated
	 */
	String getDiarienummer();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getDiarienummer <em>Diarienummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diarienummer</em>' attribute.
	 * @see #getDiarienummer()
	 * @generated
	 */
	void setDiarienummer(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see se.finsam.model.FinsamPackage#getProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link se.finsam.model.ProjectKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see se.finsam.model.ProjectKind
	 * @see #setKind(ProjectKind)
	 * @see se.finsam.model.FinsamPackage#getProject_Kind()
	 * @model
	 * @generated
	 */
	ProjectKind getKind();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see se.finsam.model.ProjectKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProjectKind value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The party that owns (runs) the insats.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Party)
	 * @see se.finsam.model.FinsamPackage#getProject_Owner()
	 * @model
	 * @generated
	 */
	Party getOwner();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Party value);

	/**
	 * Returns the value of the '<em><b>Participating Parties</b></em>' reference list.
	 * The list contents are of type {@link se.finsam.model.Party}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participating Parties</em>' reference list.
	 * @see se.finsam.model.FinsamPackage#getProject_ParticipatingParties()
	 * @model
	 * @generated
	 */
	EList<Party> getParticipatingParties();

	/**
	 * Returns the value of the '<em><b>Granted Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Granted Period</em>' containment reference.
	 * @see #setGrantedPeriod(Period)
	 * @see se.finsam.model.FinsamPackage#getProject_GrantedPeriod()
	 * @model containment="true"
	 * @generated
	 */
	Period getGrantedPeriod();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getGrantedPeriod <em>Granted Period</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granted Period</em>' containment reference.
	 * @see #getGrantedPeriod()
	 * @generated
	 */
	void setGrantedPeriod(Period value);

	/**
	 * Returns the value of the '<em><b>Earlier Periods</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.Period}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Earlier Periods</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getProject_EarlierPeriods()
	 * @model containment="true"
	 * @generated
	 */
	EList<Period> getEarlierPeriods();

	/**
	 * Returns the value of the '<em><b>Target Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Group</em>' attribute.
	 * @see #setTargetGroup(String)
	 * @see se.finsam.model.FinsamPackage#getProject_TargetGroup()
	 * @model
	 * @generated
	 */
	String getTargetGroup();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getTargetGroup <em>Target Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Group</em>' attribute.
	 * @see #getTargetGroup()
	 * @generated
	 */
	void setTargetGroup(String value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' attribute.
	 * @see #setResources(String)
	 * @see se.finsam.model.FinsamPackage#getProject_Resources()
	 * @model
	 * @generated
	 */
	String getResources();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getResources <em>Resources</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' attribute.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(String value);

	/**
	 * Returns the value of the '<em><b>Methods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Methods</em>' attribute.
	 * @see #setMethods(String)
	 * @see se.finsam.model.FinsamPackage#getProject_Methods()
	 * @model
	 * @generated
	 */
	String getMethods();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getMethods <em>Methods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Methods</em>' attribute.
	 * @see #getMethods()
	 * @generated
	 */
	void setMethods(String value);

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' attribute.
	 * @see #setActivities(String)
	 * @see se.finsam.model.FinsamPackage#getProject_Activities()
	 * @model
	 * @generated
	 */
	String getActivities();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getActivities <em>Activities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activities</em>' attribute.
	 * @see #getActivities()
	 * @generated
	 */
	void setActivities(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fastställda mål with their utfall.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getProject_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Dropout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dropout</em>' containment reference.
	 * @see #setDropout(Dropout)
	 * @see se.finsam.model.FinsamPackage#getProject_Dropout()
	 * @model containment="true"
	 * @generated
	 */
	Dropout getDropout();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getDropout <em>Dropout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dropout</em>' containment reference.
	 * @see #getDropout()
	 * @generated
	 */
	void setDropout(Dropout value);

	/**
	 * Returns the value of the '<em><b>Success Factors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Success Factors</em>' attribute.
	 * @see #setSuccessFactors(String)
	 * @see se.finsam.model.FinsamPackage#getProject_SuccessFactors()
	 * @model
	 * @generated
	 */
	String getSuccessFactors();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getSuccessFactors <em>Success Factors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Success Factors</em>' attribute.
	 * @see #getSuccessFactors()
	 * @generated
	 */
	void setSuccessFactors(String value);

	/**
	 * Returns the value of the '<em><b>System Faults</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System Faults</em>' attribute.
	 * @see #setSystemFaults(String)
	 * @see se.finsam.model.FinsamPackage#getProject_SystemFaults()
	 * @model
	 * @generated
	 */
	String getSystemFaults();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getSystemFaults <em>System Faults</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Faults</em>' attribute.
	 * @see #getSystemFaults()
	 * @generated
	 */
	void setSystemFaults(String value);

	/**
	 * Returns the value of the '<em><b>Steering Group Analysis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steering Group Analysis</em>' attribute.
	 * @see #setSteeringGroupAnalysis(String)
	 * @see se.finsam.model.FinsamPackage#getProject_SteeringGroupAnalysis()
	 * @model
	 * @generated
	 */
	String getSteeringGroupAnalysis();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getSteeringGroupAnalysis <em>Steering Group Analysis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steering Group Analysis</em>' attribute.
	 * @see #getSteeringGroupAnalysis()
	 * @generated
	 */
	void setSteeringGroupAnalysis(String value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature</em>' containment reference.
	 * @see #setSignature(Signature)
	 * @see se.finsam.model.FinsamPackage#getProject_Signature()
	 * @model containment="true"
	 * @generated
	 */
	Signature getSignature();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getSignature <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' containment reference.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(Signature value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' containment reference.
	 * @see #setBudget(Budget)
	 * @see se.finsam.model.FinsamPackage#getProject_Budget()
	 * @model containment="true"
	 * @generated
	 */
	Budget getBudget();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getBudget <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' containment reference.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(Budget value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getProject_Participants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Participant> getParticipants();

	/**
	 * Returns the value of the '<em><b>Reports</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.ReportInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getProject_Reports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportInstance> getReports();

	/**
	 * Returns the value of the '<em><b>Evaluations</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.Evaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluations</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getProject_Evaluations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evaluation> getEvaluations();

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimistic-locking revision, maintained by the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(long)
	 * @see se.finsam.model.FinsamPackage#getProject_Revision()
	 * @model
	 * @generated
	 */
	long getRevision();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(long value);

	/**
	 * Returns the value of the '<em><b>Content Loaded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether participants, budget, reports and evaluations are loaded (the store loads them on demand).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Loaded</em>' attribute.
	 * @see #setContentLoaded(boolean)
	 * @see se.finsam.model.FinsamPackage#getProject_ContentLoaded()
	 * @model transient="true"
	 * @generated
	 */
	boolean isContentLoaded();

	/**
	 * Sets the value of the '{@link se.finsam.model.Project#isContentLoaded <em>Content Loaded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Loaded</em>' attribute.
	 * @see #isContentLoaded()
	 * @generated
	 */
	void setContentLoaded(boolean value);

} // Project
