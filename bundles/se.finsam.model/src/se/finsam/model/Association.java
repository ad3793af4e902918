/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Association</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A samordningsförbund (Finsam coordination association).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.Association#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.Association#getName <em>Name</em>}</li>
 *   <li>{@link se.finsam.model.Association#getOrganisationNumber <em>Organisation Number</em>}</li>
 *   <li>{@link se.finsam.model.Association#getRevision <em>Revision</em>}</li>
 *   <li>{@link se.finsam.model.Association#getParties <em>Parties</em>}</li>
 *   <li>{@link se.finsam.model.Association#getLocalGroups <em>Local Groups</em>}</li>
 *   <li>{@link se.finsam.model.Association#getProjects <em>Projects</em>}</li>
 *   <li>{@link se.finsam.model.Association#isExample <em>Example</em>}</li>
 *   <li>{@link se.finsam.model.Association#getDiarienummerFormat <em>Diarienummer Format</em>}</li>
 *   <li>{@link se.finsam.model.Association#getRetentionYears <em>Retention Years</em>}</li>
 *   <li>{@link se.finsam.model.Association#getAttributeDefinitions <em>Attribute Definitions</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getAssociation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='financingSharesSumTo100 uniqueDiarienummer validOrganisationNumber nameRequired retentionInRange'"
 * @generated
 */
public interface Association extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identity (a UUID), also the primary key in the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.finsam.model.FinsamPackage#getAssociation_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.finsam.model.Association#getId <em>Id</em>}' attribute.
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
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see se.finsam.model.FinsamPackage#getAssociation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link se.finsam.model.Association#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Organisation Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Organisationsnummer, NNNNNN-NNNN with a Luhn check digit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation Number</em>' attribute.
	 * @see #setOrganisationNumber(String)
	 * @see se.finsam.model.FinsamPackage#getAssociation_OrganisationNumber()
	 * @model
	 * @generated
	 */
	String getOrganisationNumber();

	/**
	 * Sets the value of the '{@link se.finsam.model.Association#getOrganisationNumber <em>Organisation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation Number</em>' attribute.
	 * @see #getOrganisationNumber()
	 * @generated
	 */
	void setOrganisationNumber(String value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimistic-locking revision, maintained by the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(long)
	 * @see se.finsam.model.FinsamPackage#getAssociation_Revision()
	 * @model
	 * @generated
	 */
	long getRevision();

	/**
	 * Sets the value of the '{@link se.finsam.model.Association#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(long value);

	/**
	 * Returns the value of the '<em><b>Parties</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.Party}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parties</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getAssociation_Parties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Party> getParties();

	/**
	 * Returns the value of the '<em><b>Local Groups</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.LocalGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LSG, LLG, LOKUS and other local groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Groups</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getAssociation_LocalGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalGroup> getLocalGroups();

	/**
	 * Returns the value of the '<em><b>Projects</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.Project}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projects</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getAssociation_Projects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Project> getProjects();

	/**
	 * Returns the value of the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fictional example data (the demo association): marked "Exempel" wherever it is shown, and removable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Example</em>' attribute.
	 * @see #setExample(boolean)
	 * @see se.finsam.model.FinsamPackage#getAssociation_Example()
	 * @model
	 * @generated
	 */
	boolean isExample();

	/**
	 * Sets the value of the '{@link se.finsam.model.Association#isExample <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Example</em>' attribute.
	 * @see #isExample()
	 * @generated
	 */
	void setExample(boolean value);

	/**
	 * Returns the value of the '<em><b>Diarienummer Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How this association writes a diarienummer, as a pattern: ÅÅÅÅ is the year, ÅÅ its last two digits, N a number of one or more digits, anything else literal ("ÅÅÅÅ:N" is 2014:35, "Dnr ÅÅÅÅ/N" is Dnr 2014/35); empty means ÅÅÅÅ:N, "*" any text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diarienummer Format</em>' attribute.
	 * @see #setDiarienummerFormat(String)
	 * @see se.finsam.model.FinsamPackage#getAssociation_DiarienummerFormat()
	 * @model
	 * @generated
	 */
	String getDiarienummerFormat();

	/**
	 * Sets the value of the '{@link se.finsam.model.Association#getDiarienummerFormat <em>Diarienummer Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diarienummer Format</em>' attribute.
	 * @see #getDiarienummerFormat()
	 * @generated
	 */
	void setDiarienummerFormat(String value);

	/**
	 * Returns the value of the '<em><b>Retention Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gallring: a participant's identity (personnummer, personal extra attributes) is erased this many whole years after her exit, or after the project's end when no exit is recorded; null means the default, 2. 0 to 100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Years</em>' attribute.
	 * @see #setRetentionYears(Integer)
	 * @see se.finsam.model.FinsamPackage#getAssociation_RetentionYears()
	 * @model
	 * @generated
	 */
	Integer getRetentionYears();

	/**
	 * Sets the value of the '{@link se.finsam.model.Association#getRetentionYears <em>Retention Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Years</em>' attribute.
	 * @see #getRetentionYears()
	 * @generated
	 */
	void setRetentionYears(Integer value);

	/**
	 * Returns the value of the '<em><b>Attribute Definitions</b></em>' containment reference list.
	 * The list contents are of type {@link se.finsam.model.AttributeDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The extra attributes the association keeps about participants (columns of its DIS workbooks we do not know), each marked personal or not.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attribute Definitions</em>' containment reference list.
	 * @see se.finsam.model.FinsamPackage#getAssociation_AttributeDefinitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeDefinition> getAttributeDefinitions();

} // Association
