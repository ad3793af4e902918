/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.InternalEList;

import se.finsam.model.FinsamPackage;
import se.finsam.model.Gender;
import se.finsam.model.Measurement;
import se.finsam.model.Participant;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getCode <em>Code</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getPersonalIdentityNumber <em>Personal Identity Number</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getGender <em>Gender</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getBirthYear <em>Birth Year</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#isConsent <em>Consent</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getEnrolmentDate <em>Enrolment Date</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getEnrolmentYear <em>Enrolment Year</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getExitDate <em>Exit Date</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getReferringParty <em>Referring Party</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getSupportAtStart <em>Support At Start</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getSupportExtentAtStart <em>Support Extent At Start</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getSupportAtExit <em>Support At Exit</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getSupportExtentAtExit <em>Support Extent At Exit</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getOccupationAtStart <em>Occupation At Start</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getOccupationAtExit <em>Occupation At Exit</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getConsentWithdrawn <em>Consent Withdrawn</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getIdentityErased <em>Identity Erased</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getExitReason <em>Exit Reason</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getStartMeasurement <em>Start Measurement</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getExitMeasurement <em>Exit Measurement</em>}</li>
 *   <li>{@link se.finsam.model.impl.ParticipantImpl#getExtraAttributes <em>Extra Attributes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParticipantImpl extends MinimalEObjectImpl.Container implements Participant {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPersonalIdentityNumber() <em>Personal Identity Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonalIdentityNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSONAL_IDENTITY_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersonalIdentityNumber() <em>Personal Identity Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonalIdentityNumber()
	 * @generated
	 * @ordered
	 */
	protected String personalIdentityNumber = PERSONAL_IDENTITY_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected static final Gender GENDER_EDEFAULT = Gender.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getGender() <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGender()
	 * @generated
	 * @ordered
	 */
	protected Gender gender = GENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthYear() <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer BIRTH_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBirthYear() <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthYear()
	 * @generated
	 * @ordered
	 */
	protected Integer birthYear = BIRTH_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #isConsent() <em>Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsent() <em>Consent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsent()
	 * @generated
	 * @ordered
	 */
	protected boolean consent = CONSENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnrolmentDate() <em>Enrolment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrolmentDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ENROLMENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnrolmentDate() <em>Enrolment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrolmentDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate enrolmentDate = ENROLMENT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnrolmentYear() <em>Enrolment Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrolmentYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ENROLMENT_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnrolmentYear() <em>Enrolment Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrolmentYear()
	 * @generated
	 * @ordered
	 */
	protected Integer enrolmentYear = ENROLMENT_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getExitDate() <em>Exit Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXIT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExitDate() <em>Exit Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate exitDate = EXIT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferringParty() <em>Referring Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferringParty()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERRING_PARTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferringParty() <em>Referring Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferringParty()
	 * @generated
	 * @ordered
	 */
	protected String referringParty = REFERRING_PARTY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportAtStart() <em>Support At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportAtStart()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORT_AT_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportAtStart() <em>Support At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportAtStart()
	 * @generated
	 * @ordered
	 */
	protected String supportAtStart = SUPPORT_AT_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportExtentAtStart() <em>Support Extent At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportExtentAtStart()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SUPPORT_EXTENT_AT_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportExtentAtStart() <em>Support Extent At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportExtentAtStart()
	 * @generated
	 * @ordered
	 */
	protected Integer supportExtentAtStart = SUPPORT_EXTENT_AT_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportAtExit() <em>Support At Exit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportAtExit()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORT_AT_EXIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportAtExit() <em>Support At Exit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportAtExit()
	 * @generated
	 * @ordered
	 */
	protected String supportAtExit = SUPPORT_AT_EXIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportExtentAtExit() <em>Support Extent At Exit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportExtentAtExit()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SUPPORT_EXTENT_AT_EXIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportExtentAtExit() <em>Support Extent At Exit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportExtentAtExit()
	 * @generated
	 * @ordered
	 */
	protected Integer supportExtentAtExit = SUPPORT_EXTENT_AT_EXIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccupationAtStart() <em>Occupation At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupationAtStart()
	 * @generated
	 * @ordered
	 */
	protected static final String OCCUPATION_AT_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccupationAtStart() <em>Occupation At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupationAtStart()
	 * @generated
	 * @ordered
	 */
	protected String occupationAtStart = OCCUPATION_AT_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccupationAtExit() <em>Occupation At Exit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupationAtExit()
	 * @generated
	 * @ordered
	 */
	protected static final String OCCUPATION_AT_EXIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccupationAtExit() <em>Occupation At Exit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupationAtExit()
	 * @generated
	 * @ordered
	 */
	protected String occupationAtExit = OCCUPATION_AT_EXIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsentWithdrawn() <em>Consent Withdrawn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentWithdrawn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CONSENT_WITHDRAWN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsentWithdrawn() <em>Consent Withdrawn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentWithdrawn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate consentWithdrawn = CONSENT_WITHDRAWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdentityErased() <em>Identity Erased</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityErased()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate IDENTITY_ERASED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdentityErased() <em>Identity Erased</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityErased()
	 * @generated
	 * @ordered
	 */
	protected LocalDate identityErased = IDENTITY_ERASED_EDEFAULT;

	/**
	 * The default value of the '{@link #getExitReason() <em>Exit Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitReason()
	 * @generated
	 * @ordered
	 */
	protected static final String EXIT_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExitReason() <em>Exit Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitReason()
	 * @generated
	 * @ordered
	 */
	protected String exitReason = EXIT_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStartMeasurement() <em>Start Measurement</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMeasurement()
	 * @generated
	 * @ordered
	 */
	protected Measurement startMeasurement;

	/**
	 * The cached value of the '{@link #getExitMeasurement() <em>Exit Measurement</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitMeasurement()
	 * @generated
	 * @ordered
	 */
	protected Measurement exitMeasurement;

	/**
	 * The cached value of the '{@link #getExtraAttributes() <em>Extra Attributes</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraAttributes()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> extraAttributes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParticipantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.PARTICIPANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersonalIdentityNumber() {
		return personalIdentityNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonalIdentityNumber(String newPersonalIdentityNumber) {
		String oldPersonalIdentityNumber = personalIdentityNumber;
		personalIdentityNumber = newPersonalIdentityNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__PERSONAL_IDENTITY_NUMBER, oldPersonalIdentityNumber, personalIdentityNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gender getGender() {
		return gender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGender(Gender newGender) {
		Gender oldGender = gender;
		gender = newGender == null ? GENDER_EDEFAULT : newGender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__GENDER, oldGender, gender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getBirthYear() {
		return birthYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthYear(Integer newBirthYear) {
		Integer oldBirthYear = birthYear;
		birthYear = newBirthYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__BIRTH_YEAR, oldBirthYear, birthYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsent() {
		return consent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsent(boolean newConsent) {
		boolean oldConsent = consent;
		consent = newConsent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__CONSENT, oldConsent, consent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnrolmentDate() {
		return enrolmentDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnrolmentDate(LocalDate newEnrolmentDate) {
		LocalDate oldEnrolmentDate = enrolmentDate;
		enrolmentDate = newEnrolmentDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__ENROLMENT_DATE, oldEnrolmentDate, enrolmentDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEnrolmentYear() {
		return enrolmentYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnrolmentYear(Integer newEnrolmentYear) {
		Integer oldEnrolmentYear = enrolmentYear;
		enrolmentYear = newEnrolmentYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__ENROLMENT_YEAR, oldEnrolmentYear, enrolmentYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExitDate() {
		return exitDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitDate(LocalDate newExitDate) {
		LocalDate oldExitDate = exitDate;
		exitDate = newExitDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__EXIT_DATE, oldExitDate, exitDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferringParty() {
		return referringParty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferringParty(String newReferringParty) {
		String oldReferringParty = referringParty;
		referringParty = newReferringParty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__REFERRING_PARTY, oldReferringParty, referringParty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupportAtStart() {
		return supportAtStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportAtStart(String newSupportAtStart) {
		String oldSupportAtStart = supportAtStart;
		supportAtStart = newSupportAtStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__SUPPORT_AT_START, oldSupportAtStart, supportAtStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSupportExtentAtStart() {
		return supportExtentAtStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportExtentAtStart(Integer newSupportExtentAtStart) {
		Integer oldSupportExtentAtStart = supportExtentAtStart;
		supportExtentAtStart = newSupportExtentAtStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_START, oldSupportExtentAtStart, supportExtentAtStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupportAtExit() {
		return supportAtExit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportAtExit(String newSupportAtExit) {
		String oldSupportAtExit = supportAtExit;
		supportAtExit = newSupportAtExit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__SUPPORT_AT_EXIT, oldSupportAtExit, supportAtExit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSupportExtentAtExit() {
		return supportExtentAtExit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportExtentAtExit(Integer newSupportExtentAtExit) {
		Integer oldSupportExtentAtExit = supportExtentAtExit;
		supportExtentAtExit = newSupportExtentAtExit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_EXIT, oldSupportExtentAtExit, supportExtentAtExit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOccupationAtStart() {
		return occupationAtStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccupationAtStart(String newOccupationAtStart) {
		String oldOccupationAtStart = occupationAtStart;
		occupationAtStart = newOccupationAtStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__OCCUPATION_AT_START, oldOccupationAtStart, occupationAtStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOccupationAtExit() {
		return occupationAtExit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccupationAtExit(String newOccupationAtExit) {
		String oldOccupationAtExit = occupationAtExit;
		occupationAtExit = newOccupationAtExit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__OCCUPATION_AT_EXIT, oldOccupationAtExit, occupationAtExit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getConsentWithdrawn() {
		return consentWithdrawn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentWithdrawn(LocalDate newConsentWithdrawn) {
		LocalDate oldConsentWithdrawn = consentWithdrawn;
		consentWithdrawn = newConsentWithdrawn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__CONSENT_WITHDRAWN, oldConsentWithdrawn, consentWithdrawn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getIdentityErased() {
		return identityErased;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentityErased(LocalDate newIdentityErased) {
		LocalDate oldIdentityErased = identityErased;
		identityErased = newIdentityErased;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__IDENTITY_ERASED, oldIdentityErased, identityErased));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExitReason() {
		return exitReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitReason(String newExitReason) {
		String oldExitReason = exitReason;
		exitReason = newExitReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__EXIT_REASON, oldExitReason, exitReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement getStartMeasurement() {
		return startMeasurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStartMeasurement(Measurement newStartMeasurement, NotificationChain msgs) {
		Measurement oldStartMeasurement = startMeasurement;
		startMeasurement = newStartMeasurement;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__START_MEASUREMENT, oldStartMeasurement, newStartMeasurement);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartMeasurement(Measurement newStartMeasurement) {
		if (newStartMeasurement != startMeasurement) {
			NotificationChain msgs = null;
			if (startMeasurement != null)
				msgs = ((InternalEObject)startMeasurement).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PARTICIPANT__START_MEASUREMENT, null, msgs);
			if (newStartMeasurement != null)
				msgs = ((InternalEObject)newStartMeasurement).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PARTICIPANT__START_MEASUREMENT, null, msgs);
			msgs = basicSetStartMeasurement(newStartMeasurement, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__START_MEASUREMENT, newStartMeasurement, newStartMeasurement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement getExitMeasurement() {
		return exitMeasurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExitMeasurement(Measurement newExitMeasurement, NotificationChain msgs) {
		Measurement oldExitMeasurement = exitMeasurement;
		exitMeasurement = newExitMeasurement;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__EXIT_MEASUREMENT, oldExitMeasurement, newExitMeasurement);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitMeasurement(Measurement newExitMeasurement) {
		if (newExitMeasurement != exitMeasurement) {
			NotificationChain msgs = null;
			if (exitMeasurement != null)
				msgs = ((InternalEObject)exitMeasurement).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PARTICIPANT__EXIT_MEASUREMENT, null, msgs);
			if (newExitMeasurement != null)
				msgs = ((InternalEObject)newExitMeasurement).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PARTICIPANT__EXIT_MEASUREMENT, null, msgs);
			msgs = basicSetExitMeasurement(newExitMeasurement, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PARTICIPANT__EXIT_MEASUREMENT, newExitMeasurement, newExitMeasurement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT (a map without a hash index, see SmallEMap)
	 */
	@Override
	public EMap<String, String> getExtraAttributes() {
		if (extraAttributes == null) {
			extraAttributes = new SmallEMap(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, FinsamPackage.PARTICIPANT__EXTRA_ATTRIBUTES);
		}
		return extraAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer effectiveEnrolmentYear() {
		return getEnrolmentDate() != null ? Integer.valueOf(getEnrolmentDate().getYear()) : getEnrolmentYear();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FinsamPackage.PARTICIPANT__START_MEASUREMENT:
				return basicSetStartMeasurement(null, msgs);
			case FinsamPackage.PARTICIPANT__EXIT_MEASUREMENT:
				return basicSetExitMeasurement(null, msgs);
			case FinsamPackage.PARTICIPANT__EXTRA_ATTRIBUTES:
				return ((InternalEList<?>)getExtraAttributes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FinsamPackage.PARTICIPANT__ID:
				return getId();
			case FinsamPackage.PARTICIPANT__CODE:
				return getCode();
			case FinsamPackage.PARTICIPANT__PERSONAL_IDENTITY_NUMBER:
				return getPersonalIdentityNumber();
			case FinsamPackage.PARTICIPANT__GENDER:
				return getGender();
			case FinsamPackage.PARTICIPANT__BIRTH_YEAR:
				return getBirthYear();
			case FinsamPackage.PARTICIPANT__CONSENT:
				return isConsent();
			case FinsamPackage.PARTICIPANT__ENROLMENT_DATE:
				return getEnrolmentDate();
			case FinsamPackage.PARTICIPANT__ENROLMENT_YEAR:
				return getEnrolmentYear();
			case FinsamPackage.PARTICIPANT__EXIT_DATE:
				return getExitDate();
			case FinsamPackage.PARTICIPANT__REFERRING_PARTY:
				return getReferringParty();
			case FinsamPackage.PARTICIPANT__SUPPORT_AT_START:
				return getSupportAtStart();
			case FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_START:
				return getSupportExtentAtStart();
			case FinsamPackage.PARTICIPANT__SUPPORT_AT_EXIT:
				return getSupportAtExit();
			case FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_EXIT:
				return getSupportExtentAtExit();
			case FinsamPackage.PARTICIPANT__OCCUPATION_AT_START:
				return getOccupationAtStart();
			case FinsamPackage.PARTICIPANT__OCCUPATION_AT_EXIT:
				return getOccupationAtExit();
			case FinsamPackage.PARTICIPANT__CONSENT_WITHDRAWN:
				return getConsentWithdrawn();
			case FinsamPackage.PARTICIPANT__IDENTITY_ERASED:
				return getIdentityErased();
			case FinsamPackage.PARTICIPANT__EXIT_REASON:
				return getExitReason();
			case FinsamPackage.PARTICIPANT__START_MEASUREMENT:
				return getStartMeasurement();
			case FinsamPackage.PARTICIPANT__EXIT_MEASUREMENT:
				return getExitMeasurement();
			case FinsamPackage.PARTICIPANT__EXTRA_ATTRIBUTES:
				if (coreType) return getExtraAttributes();
				else return getExtraAttributes().map();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FinsamPackage.PARTICIPANT__ID:
				setId((String)newValue);
				return;
			case FinsamPackage.PARTICIPANT__CODE:
				setCode((String)newValue);
				return;
			case FinsamPackage.PARTICIPANT__PERSONAL_IDENTITY_NUMBER:
				setPersonalIdentityNumber((String)newValue);
				return;
			case FinsamPackage.PARTICIPANT__GENDER:
				setGender((Gender)newValue);
				return;
			case FinsamPackage.PARTICIPANT__BIRTH_YEAR:
				setBirthYear((Integer)newValue);
				return;
			case FinsamPackage.PARTICIPANT__CONSENT:
				setConsent((Boolean)newValue);
				return;
			case FinsamPackage.PARTICIPANT__ENROLMENT_DATE:
				setEnrolmentDate((LocalDate)newValue);
				return;
			case FinsamPackage.PARTICIPANT__ENROLMENT_YEAR:
				setEnrolmentYear((Integer)newValue);
				return;
			case FinsamPackage.PARTICIPANT__EXIT_DATE:
				setExitDate((LocalDate)newValue);
				return;
			case FinsamPackage.PARTICIPANT__REFERRING_PARTY:
				setReferringParty((String)newValue);
				return;
			case FinsamPackage.PARTICIPANT__SUPPORT_AT_START:
				setSupportAtStart((String)newValue);
				return;
			case FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_START:
				setSupportExtentAtStart((Integer)newValue);
				return;
			case FinsamPackage.PARTICIPANT__SUPPORT_AT_EXIT:
				setSupportAtExit((String)newValue);
				return;
			case FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_EXIT:
				setSupportExtentAtExit((Integer)newValue);
				return;
			case FinsamPackage.PARTICIPANT__OCCUPATION_AT_START:
				setOccupationAtStart((String)newValue);
				return;
			case FinsamPackage.PARTICIPANT__OCCUPATION_AT_EXIT:
				setOccupationAtExit((String)newValue);
				return;
			case FinsamPackage.PARTICIPANT__CONSENT_WITHDRAWN:
				setConsentWithdrawn((LocalDate)newValue);
				return;
			case FinsamPackage.PARTICIPANT__IDENTITY_ERASED:
				setIdentityErased((LocalDate)newValue);
				return;
			case FinsamPackage.PARTICIPANT__EXIT_REASON:
				setExitReason((String)newValue);
				return;
			case FinsamPackage.PARTICIPANT__START_MEASUREMENT:
				setStartMeasurement((Measurement)newValue);
				return;
			case FinsamPackage.PARTICIPANT__EXIT_MEASUREMENT:
				setExitMeasurement((Measurement)newValue);
				return;
			case FinsamPackage.PARTICIPANT__EXTRA_ATTRIBUTES:
				((EStructuralFeature.Setting)getExtraAttributes()).set(newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FinsamPackage.PARTICIPANT__ID:
				setId(ID_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__PERSONAL_IDENTITY_NUMBER:
				setPersonalIdentityNumber(PERSONAL_IDENTITY_NUMBER_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__GENDER:
				setGender(GENDER_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__BIRTH_YEAR:
				setBirthYear(BIRTH_YEAR_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__CONSENT:
				setConsent(CONSENT_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__ENROLMENT_DATE:
				setEnrolmentDate(ENROLMENT_DATE_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__ENROLMENT_YEAR:
				setEnrolmentYear(ENROLMENT_YEAR_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__EXIT_DATE:
				setExitDate(EXIT_DATE_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__REFERRING_PARTY:
				setReferringParty(REFERRING_PARTY_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__SUPPORT_AT_START:
				setSupportAtStart(SUPPORT_AT_START_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_START:
				setSupportExtentAtStart(SUPPORT_EXTENT_AT_START_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__SUPPORT_AT_EXIT:
				setSupportAtExit(SUPPORT_AT_EXIT_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_EXIT:
				setSupportExtentAtExit(SUPPORT_EXTENT_AT_EXIT_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__OCCUPATION_AT_START:
				setOccupationAtStart(OCCUPATION_AT_START_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__OCCUPATION_AT_EXIT:
				setOccupationAtExit(OCCUPATION_AT_EXIT_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__CONSENT_WITHDRAWN:
				setConsentWithdrawn(CONSENT_WITHDRAWN_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__IDENTITY_ERASED:
				setIdentityErased(IDENTITY_ERASED_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__EXIT_REASON:
				setExitReason(EXIT_REASON_EDEFAULT);
				return;
			case FinsamPackage.PARTICIPANT__START_MEASUREMENT:
				setStartMeasurement((Measurement)null);
				return;
			case FinsamPackage.PARTICIPANT__EXIT_MEASUREMENT:
				setExitMeasurement((Measurement)null);
				return;
			case FinsamPackage.PARTICIPANT__EXTRA_ATTRIBUTES:
				getExtraAttributes().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FinsamPackage.PARTICIPANT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FinsamPackage.PARTICIPANT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case FinsamPackage.PARTICIPANT__PERSONAL_IDENTITY_NUMBER:
				return PERSONAL_IDENTITY_NUMBER_EDEFAULT == null ? personalIdentityNumber != null : !PERSONAL_IDENTITY_NUMBER_EDEFAULT.equals(personalIdentityNumber);
			case FinsamPackage.PARTICIPANT__GENDER:
				return gender != GENDER_EDEFAULT;
			case FinsamPackage.PARTICIPANT__BIRTH_YEAR:
				return BIRTH_YEAR_EDEFAULT == null ? birthYear != null : !BIRTH_YEAR_EDEFAULT.equals(birthYear);
			case FinsamPackage.PARTICIPANT__CONSENT:
				return consent != CONSENT_EDEFAULT;
			case FinsamPackage.PARTICIPANT__ENROLMENT_DATE:
				return ENROLMENT_DATE_EDEFAULT == null ? enrolmentDate != null : !ENROLMENT_DATE_EDEFAULT.equals(enrolmentDate);
			case FinsamPackage.PARTICIPANT__ENROLMENT_YEAR:
				return ENROLMENT_YEAR_EDEFAULT == null ? enrolmentYear != null : !ENROLMENT_YEAR_EDEFAULT.equals(enrolmentYear);
			case FinsamPackage.PARTICIPANT__EXIT_DATE:
				return EXIT_DATE_EDEFAULT == null ? exitDate != null : !EXIT_DATE_EDEFAULT.equals(exitDate);
			case FinsamPackage.PARTICIPANT__REFERRING_PARTY:
				return REFERRING_PARTY_EDEFAULT == null ? referringParty != null : !REFERRING_PARTY_EDEFAULT.equals(referringParty);
			case FinsamPackage.PARTICIPANT__SUPPORT_AT_START:
				return SUPPORT_AT_START_EDEFAULT == null ? supportAtStart != null : !SUPPORT_AT_START_EDEFAULT.equals(supportAtStart);
			case FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_START:
				return SUPPORT_EXTENT_AT_START_EDEFAULT == null ? supportExtentAtStart != null : !SUPPORT_EXTENT_AT_START_EDEFAULT.equals(supportExtentAtStart);
			case FinsamPackage.PARTICIPANT__SUPPORT_AT_EXIT:
				return SUPPORT_AT_EXIT_EDEFAULT == null ? supportAtExit != null : !SUPPORT_AT_EXIT_EDEFAULT.equals(supportAtExit);
			case FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_EXIT:
				return SUPPORT_EXTENT_AT_EXIT_EDEFAULT == null ? supportExtentAtExit != null : !SUPPORT_EXTENT_AT_EXIT_EDEFAULT.equals(supportExtentAtExit);
			case FinsamPackage.PARTICIPANT__OCCUPATION_AT_START:
				return OCCUPATION_AT_START_EDEFAULT == null ? occupationAtStart != null : !OCCUPATION_AT_START_EDEFAULT.equals(occupationAtStart);
			case FinsamPackage.PARTICIPANT__OCCUPATION_AT_EXIT:
				return OCCUPATION_AT_EXIT_EDEFAULT == null ? occupationAtExit != null : !OCCUPATION_AT_EXIT_EDEFAULT.equals(occupationAtExit);
			case FinsamPackage.PARTICIPANT__CONSENT_WITHDRAWN:
				return CONSENT_WITHDRAWN_EDEFAULT == null ? consentWithdrawn != null : !CONSENT_WITHDRAWN_EDEFAULT.equals(consentWithdrawn);
			case FinsamPackage.PARTICIPANT__IDENTITY_ERASED:
				return IDENTITY_ERASED_EDEFAULT == null ? identityErased != null : !IDENTITY_ERASED_EDEFAULT.equals(identityErased);
			case FinsamPackage.PARTICIPANT__EXIT_REASON:
				return EXIT_REASON_EDEFAULT == null ? exitReason != null : !EXIT_REASON_EDEFAULT.equals(exitReason);
			case FinsamPackage.PARTICIPANT__START_MEASUREMENT:
				return startMeasurement != null;
			case FinsamPackage.PARTICIPANT__EXIT_MEASUREMENT:
				return exitMeasurement != null;
			case FinsamPackage.PARTICIPANT__EXTRA_ATTRIBUTES:
				return extraAttributes != null && !extraAttributes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case FinsamPackage.PARTICIPANT___EFFECTIVE_ENROLMENT_YEAR:
				return effectiveEnrolmentYear();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", code: ");
		result.append(code);
		result.append(", personalIdentityNumber: ");
		result.append(personalIdentityNumber);
		result.append(", gender: ");
		result.append(gender);
		result.append(", birthYear: ");
		result.append(birthYear);
		result.append(", consent: ");
		result.append(consent);
		result.append(", enrolmentDate: ");
		result.append(enrolmentDate);
		result.append(", enrolmentYear: ");
		result.append(enrolmentYear);
		result.append(", exitDate: ");
		result.append(exitDate);
		result.append(", referringParty: ");
		result.append(referringParty);
		result.append(", supportAtStart: ");
		result.append(supportAtStart);
		result.append(", supportExtentAtStart: ");
		result.append(supportExtentAtStart);
		result.append(", supportAtExit: ");
		result.append(supportAtExit);
		result.append(", supportExtentAtExit: ");
		result.append(supportExtentAtExit);
		result.append(", occupationAtStart: ");
		result.append(occupationAtStart);
		result.append(", occupationAtExit: ");
		result.append(occupationAtExit);
		result.append(", consentWithdrawn: ");
		result.append(consentWithdrawn);
		result.append(", identityErased: ");
		result.append(identityErased);
		result.append(", exitReason: ");
		result.append(exitReason);
		result.append(')');
		return result.toString();
	}

} //ParticipantImpl
