/**
 * Finsam Workbench
 */
package se.finsam.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A deltagare. Sensitive personal data: identified by a pseudonymous code; the personnummer is optional, never serialized to XMI, and encrypted by the store.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.Participant#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getCode <em>Code</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getPersonalIdentityNumber <em>Personal Identity Number</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getGender <em>Gender</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getBirthYear <em>Birth Year</em>}</li>
 *   <li>{@link se.finsam.model.Participant#isConsent <em>Consent</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getEnrolmentDate <em>Enrolment Date</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getEnrolmentYear <em>Enrolment Year</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getExitDate <em>Exit Date</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getReferringParty <em>Referring Party</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getSupportAtStart <em>Support At Start</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getSupportExtentAtStart <em>Support Extent At Start</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getSupportAtExit <em>Support At Exit</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getSupportExtentAtExit <em>Support Extent At Exit</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getOccupationAtStart <em>Occupation At Start</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getOccupationAtExit <em>Occupation At Exit</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getConsentWithdrawn <em>Consent Withdrawn</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getIdentityErased <em>Identity Erased</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getExitReason <em>Exit Reason</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getStartMeasurement <em>Start Measurement</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getExitMeasurement <em>Exit Measurement</em>}</li>
 *   <li>{@link se.finsam.model.Participant#getExtraAttributes <em>Extra Attributes</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getParticipant()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='codeRequired codeFits validPersonalIdentityNumber birthYearInRange exitNotBeforeEnrolment exitReasonNeedsExitDate consentLimitsData extentInRange knownCodes'"
 * @generated
 */
public interface Participant extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identity (a UUID), also the primary key in the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.finsam.model.FinsamPackage#getParticipant_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pseudonymous code, unique within the association.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see se.finsam.model.FinsamPackage#getParticipant_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Personal Identity Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Personnummer or samordningsnummer (optional). Transient: the store keeps it encrypted in its own column; it never appears in XMI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personal Identity Number</em>' attribute.
	 * @see #setPersonalIdentityNumber(String)
	 * @see se.finsam.model.FinsamPackage#getParticipant_PersonalIdentityNumber()
	 * @model transient="true"
	 * @generated
	 */
	String getPersonalIdentityNumber();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getPersonalIdentityNumber <em>Personal Identity Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal Identity Number</em>' attribute.
	 * @see #getPersonalIdentityNumber()
	 * @generated
	 */
	void setPersonalIdentityNumber(String value);

	/**
	 * Returns the value of the '<em><b>Gender</b></em>' attribute.
	 * The literals are from the enumeration {@link se.finsam.model.Gender}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gender</em>' attribute.
	 * @see se.finsam.model.Gender
	 * @see #setGender(Gender)
	 * @see se.finsam.model.FinsamPackage#getParticipant_Gender()
	 * @model
	 * @generated
	 */
	Gender getGender();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getGender <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gender</em>' attribute.
	 * @see se.finsam.model.Gender
	 * @see #getGender()
	 * @generated
	 */
	void setGender(Gender value);

	/**
	 * Returns the value of the '<em><b>Birth Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Year</em>' attribute.
	 * @see #setBirthYear(Integer)
	 * @see se.finsam.model.FinsamPackage#getParticipant_BirthYear()
	 * @model
	 * @generated
	 */
	Integer getBirthYear();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getBirthYear <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Year</em>' attribute.
	 * @see #getBirthYear()
	 * @generated
	 */
	void setBirthYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Written consent given. Without consent only gender and enrolment year may be kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consent</em>' attribute.
	 * @see #setConsent(boolean)
	 * @see se.finsam.model.FinsamPackage#getParticipant_Consent()
	 * @model
	 * @generated
	 */
	boolean isConsent();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#isConsent <em>Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent</em>' attribute.
	 * @see #isConsent()
	 * @generated
	 */
	void setConsent(boolean value);

	/**
	 * Returns the value of the '<em><b>Enrolment Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enrolment Date</em>' attribute.
	 * @see #setEnrolmentDate(LocalDate)
	 * @see se.finsam.model.FinsamPackage#getParticipant_EnrolmentDate()
	 * @model dataType="se.finsam.model.LocalDate"
	 * @generated
	 */
	LocalDate getEnrolmentDate();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getEnrolmentDate <em>Enrolment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enrolment Date</em>' attribute.
	 * @see #getEnrolmentDate()
	 * @generated
	 */
	void setEnrolmentDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Enrolment Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Year of enrolment; the only date kept without consent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enrolment Year</em>' attribute.
	 * @see #setEnrolmentYear(Integer)
	 * @see se.finsam.model.FinsamPackage#getParticipant_EnrolmentYear()
	 * @model
	 * @generated
	 */
	Integer getEnrolmentYear();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getEnrolmentYear <em>Enrolment Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enrolment Year</em>' attribute.
	 * @see #getEnrolmentYear()
	 * @generated
	 */
	void setEnrolmentYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Exit Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exit Date</em>' attribute.
	 * @see #setExitDate(LocalDate)
	 * @see se.finsam.model.FinsamPackage#getParticipant_ExitDate()
	 * @model dataType="se.finsam.model.LocalDate"
	 * @generated
	 */
	LocalDate getExitDate();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getExitDate <em>Exit Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Date</em>' attribute.
	 * @see #getExitDate()
	 * @generated
	 */
	void setExitDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Referring Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code from the party-kind code list (remittent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referring Party</em>' attribute.
	 * @see #setReferringParty(String)
	 * @see se.finsam.model.FinsamPackage#getParticipant_ReferringParty()
	 * @model
	 * @generated
	 */
	String getReferringParty();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getReferringParty <em>Referring Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referring Party</em>' attribute.
	 * @see #getReferringParty()
	 * @generated
	 */
	void setReferringParty(String value);

	/**
	 * Returns the value of the '<em><b>Support At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code from the support (försörjning) code list.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support At Start</em>' attribute.
	 * @see #setSupportAtStart(String)
	 * @see se.finsam.model.FinsamPackage#getParticipant_SupportAtStart()
	 * @model
	 * @generated
	 */
	String getSupportAtStart();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getSupportAtStart <em>Support At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support At Start</em>' attribute.
	 * @see #getSupportAtStart()
	 * @generated
	 */
	void setSupportAtStart(String value);

	/**
	 * Returns the value of the '<em><b>Support Extent At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extent in percent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Extent At Start</em>' attribute.
	 * @see #setSupportExtentAtStart(Integer)
	 * @see se.finsam.model.FinsamPackage#getParticipant_SupportExtentAtStart()
	 * @model
	 * @generated
	 */
	Integer getSupportExtentAtStart();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getSupportExtentAtStart <em>Support Extent At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Extent At Start</em>' attribute.
	 * @see #getSupportExtentAtStart()
	 * @generated
	 */
	void setSupportExtentAtStart(Integer value);

	/**
	 * Returns the value of the '<em><b>Support At Exit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Support At Exit</em>' attribute.
	 * @see #setSupportAtExit(String)
	 * @see se.finsam.model.FinsamPackage#getParticipant_SupportAtExit()
	 * @model
	 * @generated
	 */
	String getSupportAtExit();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getSupportAtExit <em>Support At Exit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support At Exit</em>' attribute.
	 * @see #getSupportAtExit()
	 * @generated
	 */
	void setSupportAtExit(String value);

	/**
	 * Returns the value of the '<em><b>Support Extent At Exit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Support Extent At Exit</em>' attribute.
	 * @see #setSupportExtentAtExit(Integer)
	 * @see se.finsam.model.FinsamPackage#getParticipant_SupportExtentAtExit()
	 * @model
	 * @generated
	 */
	Integer getSupportExtentAtExit();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getSupportExtentAtExit <em>Support Extent At Exit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support Extent At Exit</em>' attribute.
	 * @see #getSupportExtentAtExit()
	 * @generated
	 */
	void setSupportExtentAtExit(Integer value);

	/**
	 * Returns the value of the '<em><b>Occupation At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code from the occupation (sysselsättning) code list.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occupation At Start</em>' attribute.
	 * @see #setOccupationAtStart(String)
	 * @see se.finsam.model.FinsamPackage#getParticipant_OccupationAtStart()
	 * @model
	 * @generated
	 */
	String getOccupationAtStart();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getOccupationAtStart <em>Occupation At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occupation At Start</em>' attribute.
	 * @see #getOccupationAtStart()
	 * @generated
	 */
	void setOccupationAtStart(String value);

	/**
	 * Returns the value of the '<em><b>Occupation At Exit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occupation At Exit</em>' attribute.
	 * @see #setOccupationAtExit(String)
	 * @see se.finsam.model.FinsamPackage#getParticipant_OccupationAtExit()
	 * @model
	 * @generated
	 */
	String getOccupationAtExit();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getOccupationAtExit <em>Occupation At Exit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occupation At Exit</em>' attribute.
	 * @see #getOccupationAtExit()
	 * @generated
	 */
	void setOccupationAtExit(String value);

	/**
	 * Returns the value of the '<em><b>Consent Withdrawn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day she withdrew her consent: her identity and measurements are erased, and she is left out of statistics and exports made after it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consent Withdrawn</em>' attribute.
	 * @see #setConsentWithdrawn(LocalDate)
	 * @see se.finsam.model.FinsamPackage#getParticipant_ConsentWithdrawn()
	 * @model dataType="se.finsam.model.LocalDate"
	 * @generated
	 */
	LocalDate getConsentWithdrawn();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getConsentWithdrawn <em>Consent Withdrawn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Withdrawn</em>' attribute.
	 * @see #getConsentWithdrawn()
	 * @generated
	 */
	void setConsentWithdrawn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Identity Erased</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day her identity was erased (gallring or her own request); codes, years and outcomes stay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identity Erased</em>' attribute.
	 * @see #setIdentityErased(LocalDate)
	 * @see se.finsam.model.FinsamPackage#getParticipant_IdentityErased()
	 * @model dataType="se.finsam.model.LocalDate"
	 * @generated
	 */
	LocalDate getIdentityErased();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getIdentityErased <em>Identity Erased</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity Erased</em>' attribute.
	 * @see #getIdentityErased()
	 * @generated
	 */
	void setIdentityErased(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Exit Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code from the exit-reason (avslutsorsak) code list.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exit Reason</em>' attribute.
	 * @see #setExitReason(String)
	 * @see se.finsam.model.FinsamPackage#getParticipant_ExitReason()
	 * @model
	 * @generated
	 */
	String getExitReason();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getExitReason <em>Exit Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Reason</em>' attribute.
	 * @see #getExitReason()
	 * @generated
	 */
	void setExitReason(String value);

	/**
	 * Returns the value of the '<em><b>Start Measurement</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SUS M1 and EQ-5D at start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Measurement</em>' containment reference.
	 * @see #setStartMeasurement(Measurement)
	 * @see se.finsam.model.FinsamPackage#getParticipant_StartMeasurement()
	 * @model containment="true"
	 * @generated
	 */
	Measurement getStartMeasurement();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getStartMeasurement <em>Start Measurement</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Measurement</em>' containment reference.
	 * @see #getStartMeasurement()
	 * @generated
	 */
	void setStartMeasurement(Measurement value);

	/**
	 * Returns the value of the '<em><b>Exit Measurement</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SUS M2 and EQ-5D at exit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exit Measurement</em>' containment reference.
	 * @see #setExitMeasurement(Measurement)
	 * @see se.finsam.model.FinsamPackage#getParticipant_ExitMeasurement()
	 * @model containment="true"
	 * @generated
	 */
	Measurement getExitMeasurement();

	/**
	 * Sets the value of the '{@link se.finsam.model.Participant#getExitMeasurement <em>Exit Measurement</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Measurement</em>' containment reference.
	 * @see #getExitMeasurement()
	 * @generated
	 */
	void setExitMeasurement(Measurement value);

	/**
	 * Returns the value of the '<em><b>Extra Attributes</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Columns a förbund adds (key/value).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Attributes</em>' map.
	 * @see se.finsam.model.FinsamPackage#getParticipant_ExtraAttributes()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getExtraAttributes();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enrolment year, from the date when there is one.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Integer effectiveEnrolmentYear();

} // Participant
