/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.finsam.model.Association;
import se.finsam.model.AttributeDefinition;
import se.finsam.model.FinsamPackage;
import se.finsam.model.LocalGroup;
import se.finsam.model.Party;
import se.finsam.model.Project;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Association</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#getName <em>Name</em>}</li>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#getOrganisationNumber <em>Organisation Number</em>}</li>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#getParties <em>Parties</em>}</li>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#getLocalGroups <em>Local Groups</em>}</li>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#getProjects <em>Projects</em>}</li>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#isExample <em>Example</em>}</li>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#getDiarienummerFormat <em>Diarienummer Format</em>}</li>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#getRetentionYears <em>Retention Years</em>}</li>
 *   <li>{@link se.finsam.model.impl.AssociationImpl#getAttributeDefinitions <em>Attribute Definitions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssociationImpl extends MinimalEObjectImpl.Container implements Association {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrganisationNumber() <em>Organisation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisationNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANISATION_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganisationNumber() <em>Organisation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisationNumber()
	 * @generated
	 * @ordered
	 */
	protected String organisationNumber = ORGANISATION_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final long REVISION_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected long revision = REVISION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParties() <em>Parties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Party> parties;

	/**
	 * The cached value of the '{@link #getLocalGroups() <em>Local Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalGroup> localGroups;

	/**
	 * The cached value of the '{@link #getProjects() <em>Projects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<Project> projects;

	/**
	 * The default value of the '{@link #isExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExample()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXAMPLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExample()
	 * @generated
	 * @ordered
	 */
	protected boolean example = EXAMPLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiarienummerFormat() <em>Diarienummer Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiarienummerFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String DIARIENUMMER_FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiarienummerFormat() <em>Diarienummer Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiarienummerFormat()
	 * @generated
	 * @ordered
	 */
	protected String diarienummerFormat = DIARIENUMMER_FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetentionYears() <em>Retention Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionYears()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RETENTION_YEARS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetentionYears() <em>Retention Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionYears()
	 * @generated
	 * @ordered
	 */
	protected Integer retentionYears = RETENTION_YEARS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttributeDefinitions() <em>Attribute Definitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeDefinition> attributeDefinitions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssociationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.ASSOCIATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.ASSOCIATION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.ASSOCIATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganisationNumber() {
		return organisationNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisationNumber(String newOrganisationNumber) {
		String oldOrganisationNumber = organisationNumber;
		organisationNumber = newOrganisationNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.ASSOCIATION__ORGANISATION_NUMBER, oldOrganisationNumber, organisationNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRevision() {
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(long newRevision) {
		long oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.ASSOCIATION__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Party> getParties() {
		if (parties == null) {
			parties = new EObjectContainmentEList<Party>(Party.class, this, FinsamPackage.ASSOCIATION__PARTIES);
		}
		return parties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalGroup> getLocalGroups() {
		if (localGroups == null) {
			localGroups = new EObjectContainmentEList<LocalGroup>(LocalGroup.class, this, FinsamPackage.ASSOCIATION__LOCAL_GROUPS);
		}
		return localGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Project> getProjects() {
		if (projects == null) {
			projects = new EObjectContainmentEList<Project>(Project.class, this, FinsamPackage.ASSOCIATION__PROJECTS);
		}
		return projects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExample() {
		return example;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExample(boolean newExample) {
		boolean oldExample = example;
		example = newExample;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.ASSOCIATION__EXAMPLE, oldExample, example));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiarienummerFormat() {
		return diarienummerFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiarienummerFormat(String newDiarienummerFormat) {
		String oldDiarienummerFormat = diarienummerFormat;
		diarienummerFormat = newDiarienummerFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.ASSOCIATION__DIARIENUMMER_FORMAT, oldDiarienummerFormat, diarienummerFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRetentionYears() {
		return retentionYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionYears(Integer newRetentionYears) {
		Integer oldRetentionYears = retentionYears;
		retentionYears = newRetentionYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.ASSOCIATION__RETENTION_YEARS, oldRetentionYears, retentionYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeDefinition> getAttributeDefinitions() {
		if (attributeDefinitions == null) {
			attributeDefinitions = new EObjectContainmentEList<AttributeDefinition>(AttributeDefinition.class, this, FinsamPackage.ASSOCIATION__ATTRIBUTE_DEFINITIONS);
		}
		return attributeDefinitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FinsamPackage.ASSOCIATION__PARTIES:
				return ((InternalEList<?>)getParties()).basicRemove(otherEnd, msgs);
			case FinsamPackage.ASSOCIATION__LOCAL_GROUPS:
				return ((InternalEList<?>)getLocalGroups()).basicRemove(otherEnd, msgs);
			case FinsamPackage.ASSOCIATION__PROJECTS:
				return ((InternalEList<?>)getProjects()).basicRemove(otherEnd, msgs);
			case FinsamPackage.ASSOCIATION__ATTRIBUTE_DEFINITIONS:
				return ((InternalEList<?>)getAttributeDefinitions()).basicRemove(otherEnd, msgs);
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
			case FinsamPackage.ASSOCIATION__ID:
				return getId();
			case FinsamPackage.ASSOCIATION__NAME:
				return getName();
			case FinsamPackage.ASSOCIATION__ORGANISATION_NUMBER:
				return getOrganisationNumber();
			case FinsamPackage.ASSOCIATION__REVISION:
				return getRevision();
			case FinsamPackage.ASSOCIATION__PARTIES:
				return getParties();
			case FinsamPackage.ASSOCIATION__LOCAL_GROUPS:
				return getLocalGroups();
			case FinsamPackage.ASSOCIATION__PROJECTS:
				return getProjects();
			case FinsamPackage.ASSOCIATION__EXAMPLE:
				return isExample();
			case FinsamPackage.ASSOCIATION__DIARIENUMMER_FORMAT:
				return getDiarienummerFormat();
			case FinsamPackage.ASSOCIATION__RETENTION_YEARS:
				return getRetentionYears();
			case FinsamPackage.ASSOCIATION__ATTRIBUTE_DEFINITIONS:
				return getAttributeDefinitions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FinsamPackage.ASSOCIATION__ID:
				setId((String)newValue);
				return;
			case FinsamPackage.ASSOCIATION__NAME:
				setName((String)newValue);
				return;
			case FinsamPackage.ASSOCIATION__ORGANISATION_NUMBER:
				setOrganisationNumber((String)newValue);
				return;
			case FinsamPackage.ASSOCIATION__REVISION:
				setRevision((Long)newValue);
				return;
			case FinsamPackage.ASSOCIATION__PARTIES:
				getParties().clear();
				getParties().addAll((Collection<? extends Party>)newValue);
				return;
			case FinsamPackage.ASSOCIATION__LOCAL_GROUPS:
				getLocalGroups().clear();
				getLocalGroups().addAll((Collection<? extends LocalGroup>)newValue);
				return;
			case FinsamPackage.ASSOCIATION__PROJECTS:
				getProjects().clear();
				getProjects().addAll((Collection<? extends Project>)newValue);
				return;
			case FinsamPackage.ASSOCIATION__EXAMPLE:
				setExample((Boolean)newValue);
				return;
			case FinsamPackage.ASSOCIATION__DIARIENUMMER_FORMAT:
				setDiarienummerFormat((String)newValue);
				return;
			case FinsamPackage.ASSOCIATION__RETENTION_YEARS:
				setRetentionYears((Integer)newValue);
				return;
			case FinsamPackage.ASSOCIATION__ATTRIBUTE_DEFINITIONS:
				getAttributeDefinitions().clear();
				getAttributeDefinitions().addAll((Collection<? extends AttributeDefinition>)newValue);
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
			case FinsamPackage.ASSOCIATION__ID:
				setId(ID_EDEFAULT);
				return;
			case FinsamPackage.ASSOCIATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FinsamPackage.ASSOCIATION__ORGANISATION_NUMBER:
				setOrganisationNumber(ORGANISATION_NUMBER_EDEFAULT);
				return;
			case FinsamPackage.ASSOCIATION__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case FinsamPackage.ASSOCIATION__PARTIES:
				getParties().clear();
				return;
			case FinsamPackage.ASSOCIATION__LOCAL_GROUPS:
				getLocalGroups().clear();
				return;
			case FinsamPackage.ASSOCIATION__PROJECTS:
				getProjects().clear();
				return;
			case FinsamPackage.ASSOCIATION__EXAMPLE:
				setExample(EXAMPLE_EDEFAULT);
				return;
			case FinsamPackage.ASSOCIATION__DIARIENUMMER_FORMAT:
				setDiarienummerFormat(DIARIENUMMER_FORMAT_EDEFAULT);
				return;
			case FinsamPackage.ASSOCIATION__RETENTION_YEARS:
				setRetentionYears(RETENTION_YEARS_EDEFAULT);
				return;
			case FinsamPackage.ASSOCIATION__ATTRIBUTE_DEFINITIONS:
				getAttributeDefinitions().clear();
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
			case FinsamPackage.ASSOCIATION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FinsamPackage.ASSOCIATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FinsamPackage.ASSOCIATION__ORGANISATION_NUMBER:
				return ORGANISATION_NUMBER_EDEFAULT == null ? organisationNumber != null : !ORGANISATION_NUMBER_EDEFAULT.equals(organisationNumber);
			case FinsamPackage.ASSOCIATION__REVISION:
				return revision != REVISION_EDEFAULT;
			case FinsamPackage.ASSOCIATION__PARTIES:
				return parties != null && !parties.isEmpty();
			case FinsamPackage.ASSOCIATION__LOCAL_GROUPS:
				return localGroups != null && !localGroups.isEmpty();
			case FinsamPackage.ASSOCIATION__PROJECTS:
				return projects != null && !projects.isEmpty();
			case FinsamPackage.ASSOCIATION__EXAMPLE:
				return example != EXAMPLE_EDEFAULT;
			case FinsamPackage.ASSOCIATION__DIARIENUMMER_FORMAT:
				return DIARIENUMMER_FORMAT_EDEFAULT == null ? diarienummerFormat != null : !DIARIENUMMER_FORMAT_EDEFAULT.equals(diarienummerFormat);
			case FinsamPackage.ASSOCIATION__RETENTION_YEARS:
				return RETENTION_YEARS_EDEFAULT == null ? retentionYears != null : !RETENTION_YEARS_EDEFAULT.equals(retentionYears);
			case FinsamPackage.ASSOCIATION__ATTRIBUTE_DEFINITIONS:
				return attributeDefinitions != null && !attributeDefinitions.isEmpty();
		}
		return super.eIsSet(featureID);
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
		result.append(", name: ");
		result.append(name);
		result.append(", organisationNumber: ");
		result.append(organisationNumber);
		result.append(", revision: ");
		result.append(revision);
		result.append(", example: ");
		result.append(example);
		result.append(", diarienummerFormat: ");
		result.append(diarienummerFormat);
		result.append(", retentionYears: ");
		result.append(retentionYears);
		result.append(')');
		return result.toString();
	}

} //AssociationImpl
