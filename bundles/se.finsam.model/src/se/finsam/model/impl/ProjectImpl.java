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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.finsam.model.Budget;
import se.finsam.model.Dropout;
import se.finsam.model.Evaluation;
import se.finsam.model.FinsamPackage;
import se.finsam.model.Goal;
import se.finsam.model.Participant;
import se.finsam.model.Party;
import se.finsam.model.Period;
import se.finsam.model.Project;
import se.finsam.model.ProjectKind;
import se.finsam.model.ReportInstance;
import se.finsam.model.Signature;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getDiarienummer <em>Diarienummer</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getParticipatingParties <em>Participating Parties</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getGrantedPeriod <em>Granted Period</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getEarlierPeriods <em>Earlier Periods</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getTargetGroup <em>Target Group</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getMethods <em>Methods</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getDropout <em>Dropout</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getSuccessFactors <em>Success Factors</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getSystemFaults <em>System Faults</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getSteeringGroupAnalysis <em>Steering Group Analysis</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getSignature <em>Signature</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getReports <em>Reports</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link se.finsam.model.impl.ProjectImpl#isContentLoaded <em>Content Loaded</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends MinimalEObjectImpl.Container implements Project {
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
	 * The default value of the '{@link #getDiarienummer() <em>Diarienummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiarienummer()
	 * @generated
	 * @ordered
	 */
	protected static final String DIARIENUMMER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiarienummer() <em>Diarienummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiarienummer()
	 * @generated
	 * @ordered
	 */
	protected String diarienummer = DIARIENUMMER_EDEFAULT;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProjectKind KIND_EDEFAULT = ProjectKind.PROJECT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProjectKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Party owner;

	/**
	 * The cached value of the '{@link #getParticipatingParties() <em>Participating Parties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipatingParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Party> participatingParties;

	/**
	 * The cached value of the '{@link #getGrantedPeriod() <em>Granted Period</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrantedPeriod()
	 * @generated
	 * @ordered
	 */
	protected Period grantedPeriod;

	/**
	 * The cached value of the '{@link #getEarlierPeriods() <em>Earlier Periods</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlierPeriods()
	 * @generated
	 * @ordered
	 */
	protected EList<Period> earlierPeriods;

	/**
	 * The default value of the '{@link #getTargetGroup() <em>Target Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetGroup() <em>Target Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetGroup()
	 * @generated
	 * @ordered
	 */
	protected String targetGroup = TARGET_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getResources() <em>Resources</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected String resources = RESOURCES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethods() <em>Methods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethods()
	 * @generated
	 * @ordered
	 */
	protected static final String METHODS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethods() <em>Methods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethods()
	 * @generated
	 * @ordered
	 */
	protected String methods = METHODS_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivities() <em>Activities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIVITIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected String activities = ACTIVITIES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getDropout() <em>Dropout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropout()
	 * @generated
	 * @ordered
	 */
	protected Dropout dropout;

	/**
	 * The default value of the '{@link #getSuccessFactors() <em>Success Factors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessFactors()
	 * @generated
	 * @ordered
	 */
	protected static final String SUCCESS_FACTORS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuccessFactors() <em>Success Factors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessFactors()
	 * @generated
	 * @ordered
	 */
	protected String successFactors = SUCCESS_FACTORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSystemFaults() <em>System Faults</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemFaults()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEM_FAULTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystemFaults() <em>System Faults</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemFaults()
	 * @generated
	 * @ordered
	 */
	protected String systemFaults = SYSTEM_FAULTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSteeringGroupAnalysis() <em>Steering Group Analysis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteeringGroupAnalysis()
	 * @generated
	 * @ordered
	 */
	protected static final String STEERING_GROUP_ANALYSIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSteeringGroupAnalysis() <em>Steering Group Analysis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteeringGroupAnalysis()
	 * @generated
	 * @ordered
	 */
	protected String steeringGroupAnalysis = STEERING_GROUP_ANALYSIS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected Signature signature;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected Budget budget;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> participants;

	/**
	 * The cached value of the '{@link #getReports() <em>Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReports()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportInstance> reports;

	/**
	 * The cached value of the '{@link #getEvaluations() <em>Evaluations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluations()
	 * @generated
	 * @ordered
	 */
	protected EList<Evaluation> evaluations;

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
	 * The default value of the '{@link #isContentLoaded() <em>Content Loaded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isContentLoaded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONTENT_LOADED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isContentLoaded() <em>Content Loaded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isContentLoaded()
	 * @generated
	 * @ordered
	 */
	protected boolean contentLoaded = CONTENT_LOADED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.PROJECT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiarienummer() {
		return diarienummer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiarienummer(String newDiarienummer) {
		String oldDiarienummer = diarienummer;
		diarienummer = newDiarienummer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__DIARIENUMMER, oldDiarienummer, diarienummer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProjectKind newKind) {
		ProjectKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Party)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FinsamPackage.PROJECT__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Party newOwner) {
		Party oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Party> getParticipatingParties() {
		if (participatingParties == null) {
			participatingParties = new EObjectResolvingEList<Party>(Party.class, this, FinsamPackage.PROJECT__PARTICIPATING_PARTIES);
		}
		return participatingParties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Period getGrantedPeriod() {
		return grantedPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGrantedPeriod(Period newGrantedPeriod, NotificationChain msgs) {
		Period oldGrantedPeriod = grantedPeriod;
		grantedPeriod = newGrantedPeriod;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__GRANTED_PERIOD, oldGrantedPeriod, newGrantedPeriod);
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
	public void setGrantedPeriod(Period newGrantedPeriod) {
		if (newGrantedPeriod != grantedPeriod) {
			NotificationChain msgs = null;
			if (grantedPeriod != null)
				msgs = ((InternalEObject)grantedPeriod).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PROJECT__GRANTED_PERIOD, null, msgs);
			if (newGrantedPeriod != null)
				msgs = ((InternalEObject)newGrantedPeriod).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PROJECT__GRANTED_PERIOD, null, msgs);
			msgs = basicSetGrantedPeriod(newGrantedPeriod, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__GRANTED_PERIOD, newGrantedPeriod, newGrantedPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Period> getEarlierPeriods() {
		if (earlierPeriods == null) {
			earlierPeriods = new EObjectContainmentEList<Period>(Period.class, this, FinsamPackage.PROJECT__EARLIER_PERIODS);
		}
		return earlierPeriods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetGroup() {
		return targetGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetGroup(String newTargetGroup) {
		String oldTargetGroup = targetGroup;
		targetGroup = newTargetGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__TARGET_GROUP, oldTargetGroup, targetGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResources() {
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResources(String newResources) {
		String oldResources = resources;
		resources = newResources;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__RESOURCES, oldResources, resources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethods() {
		return methods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethods(String newMethods) {
		String oldMethods = methods;
		methods = newMethods;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__METHODS, oldMethods, methods));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActivities() {
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivities(String newActivities) {
		String oldActivities = activities;
		activities = newActivities;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__ACTIVITIES, oldActivities, activities));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, FinsamPackage.PROJECT__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dropout getDropout() {
		return dropout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDropout(Dropout newDropout, NotificationChain msgs) {
		Dropout oldDropout = dropout;
		dropout = newDropout;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__DROPOUT, oldDropout, newDropout);
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
	public void setDropout(Dropout newDropout) {
		if (newDropout != dropout) {
			NotificationChain msgs = null;
			if (dropout != null)
				msgs = ((InternalEObject)dropout).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PROJECT__DROPOUT, null, msgs);
			if (newDropout != null)
				msgs = ((InternalEObject)newDropout).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PROJECT__DROPOUT, null, msgs);
			msgs = basicSetDropout(newDropout, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__DROPOUT, newDropout, newDropout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSuccessFactors() {
		return successFactors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessFactors(String newSuccessFactors) {
		String oldSuccessFactors = successFactors;
		successFactors = newSuccessFactors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__SUCCESS_FACTORS, oldSuccessFactors, successFactors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystemFaults() {
		return systemFaults;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemFaults(String newSystemFaults) {
		String oldSystemFaults = systemFaults;
		systemFaults = newSystemFaults;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__SYSTEM_FAULTS, oldSystemFaults, systemFaults));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSteeringGroupAnalysis() {
		return steeringGroupAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteeringGroupAnalysis(String newSteeringGroupAnalysis) {
		String oldSteeringGroupAnalysis = steeringGroupAnalysis;
		steeringGroupAnalysis = newSteeringGroupAnalysis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__STEERING_GROUP_ANALYSIS, oldSteeringGroupAnalysis, steeringGroupAnalysis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSignature(Signature newSignature, NotificationChain msgs) {
		Signature oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__SIGNATURE, oldSignature, newSignature);
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
	public void setSignature(Signature newSignature) {
		if (newSignature != signature) {
			NotificationChain msgs = null;
			if (signature != null)
				msgs = ((InternalEObject)signature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PROJECT__SIGNATURE, null, msgs);
			if (newSignature != null)
				msgs = ((InternalEObject)newSignature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PROJECT__SIGNATURE, null, msgs);
			msgs = basicSetSignature(newSignature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__SIGNATURE, newSignature, newSignature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBudget(Budget newBudget, NotificationChain msgs) {
		Budget oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__BUDGET, oldBudget, newBudget);
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
	public void setBudget(Budget newBudget) {
		if (newBudget != budget) {
			NotificationChain msgs = null;
			if (budget != null)
				msgs = ((InternalEObject)budget).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PROJECT__BUDGET, null, msgs);
			if (newBudget != null)
				msgs = ((InternalEObject)newBudget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FinsamPackage.PROJECT__BUDGET, null, msgs);
			msgs = basicSetBudget(newBudget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__BUDGET, newBudget, newBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getParticipants() {
		if (participants == null) {
			participants = new EObjectContainmentEList<Participant>(Participant.class, this, FinsamPackage.PROJECT__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportInstance> getReports() {
		if (reports == null) {
			reports = new EObjectContainmentEList<ReportInstance>(ReportInstance.class, this, FinsamPackage.PROJECT__REPORTS);
		}
		return reports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evaluation> getEvaluations() {
		if (evaluations == null) {
			evaluations = new EObjectContainmentEList<Evaluation>(Evaluation.class, this, FinsamPackage.PROJECT__EVALUATIONS);
		}
		return evaluations;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isContentLoaded() {
		return contentLoaded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentLoaded(boolean newContentLoaded) {
		boolean oldContentLoaded = contentLoaded;
		contentLoaded = newContentLoaded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.PROJECT__CONTENT_LOADED, oldContentLoaded, contentLoaded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FinsamPackage.PROJECT__GRANTED_PERIOD:
				return basicSetGrantedPeriod(null, msgs);
			case FinsamPackage.PROJECT__EARLIER_PERIODS:
				return ((InternalEList<?>)getEarlierPeriods()).basicRemove(otherEnd, msgs);
			case FinsamPackage.PROJECT__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case FinsamPackage.PROJECT__DROPOUT:
				return basicSetDropout(null, msgs);
			case FinsamPackage.PROJECT__SIGNATURE:
				return basicSetSignature(null, msgs);
			case FinsamPackage.PROJECT__BUDGET:
				return basicSetBudget(null, msgs);
			case FinsamPackage.PROJECT__PARTICIPANTS:
				return ((InternalEList<?>)getParticipants()).basicRemove(otherEnd, msgs);
			case FinsamPackage.PROJECT__REPORTS:
				return ((InternalEList<?>)getReports()).basicRemove(otherEnd, msgs);
			case FinsamPackage.PROJECT__EVALUATIONS:
				return ((InternalEList<?>)getEvaluations()).basicRemove(otherEnd, msgs);
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
			case FinsamPackage.PROJECT__ID:
				return getId();
			case FinsamPackage.PROJECT__DIARIENUMMER:
				return getDiarienummer();
			case FinsamPackage.PROJECT__NAME:
				return getName();
			case FinsamPackage.PROJECT__KIND:
				return getKind();
			case FinsamPackage.PROJECT__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case FinsamPackage.PROJECT__PARTICIPATING_PARTIES:
				return getParticipatingParties();
			case FinsamPackage.PROJECT__GRANTED_PERIOD:
				return getGrantedPeriod();
			case FinsamPackage.PROJECT__EARLIER_PERIODS:
				return getEarlierPeriods();
			case FinsamPackage.PROJECT__TARGET_GROUP:
				return getTargetGroup();
			case FinsamPackage.PROJECT__RESOURCES:
				return getResources();
			case FinsamPackage.PROJECT__METHODS:
				return getMethods();
			case FinsamPackage.PROJECT__ACTIVITIES:
				return getActivities();
			case FinsamPackage.PROJECT__GOALS:
				return getGoals();
			case FinsamPackage.PROJECT__DROPOUT:
				return getDropout();
			case FinsamPackage.PROJECT__SUCCESS_FACTORS:
				return getSuccessFactors();
			case FinsamPackage.PROJECT__SYSTEM_FAULTS:
				return getSystemFaults();
			case FinsamPackage.PROJECT__STEERING_GROUP_ANALYSIS:
				return getSteeringGroupAnalysis();
			case FinsamPackage.PROJECT__SIGNATURE:
				return getSignature();
			case FinsamPackage.PROJECT__BUDGET:
				return getBudget();
			case FinsamPackage.PROJECT__PARTICIPANTS:
				return getParticipants();
			case FinsamPackage.PROJECT__REPORTS:
				return getReports();
			case FinsamPackage.PROJECT__EVALUATIONS:
				return getEvaluations();
			case FinsamPackage.PROJECT__REVISION:
				return getRevision();
			case FinsamPackage.PROJECT__CONTENT_LOADED:
				return isContentLoaded();
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
			case FinsamPackage.PROJECT__ID:
				setId((String)newValue);
				return;
			case FinsamPackage.PROJECT__DIARIENUMMER:
				setDiarienummer((String)newValue);
				return;
			case FinsamPackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case FinsamPackage.PROJECT__KIND:
				setKind((ProjectKind)newValue);
				return;
			case FinsamPackage.PROJECT__OWNER:
				setOwner((Party)newValue);
				return;
			case FinsamPackage.PROJECT__PARTICIPATING_PARTIES:
				getParticipatingParties().clear();
				getParticipatingParties().addAll((Collection<? extends Party>)newValue);
				return;
			case FinsamPackage.PROJECT__GRANTED_PERIOD:
				setGrantedPeriod((Period)newValue);
				return;
			case FinsamPackage.PROJECT__EARLIER_PERIODS:
				getEarlierPeriods().clear();
				getEarlierPeriods().addAll((Collection<? extends Period>)newValue);
				return;
			case FinsamPackage.PROJECT__TARGET_GROUP:
				setTargetGroup((String)newValue);
				return;
			case FinsamPackage.PROJECT__RESOURCES:
				setResources((String)newValue);
				return;
			case FinsamPackage.PROJECT__METHODS:
				setMethods((String)newValue);
				return;
			case FinsamPackage.PROJECT__ACTIVITIES:
				setActivities((String)newValue);
				return;
			case FinsamPackage.PROJECT__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case FinsamPackage.PROJECT__DROPOUT:
				setDropout((Dropout)newValue);
				return;
			case FinsamPackage.PROJECT__SUCCESS_FACTORS:
				setSuccessFactors((String)newValue);
				return;
			case FinsamPackage.PROJECT__SYSTEM_FAULTS:
				setSystemFaults((String)newValue);
				return;
			case FinsamPackage.PROJECT__STEERING_GROUP_ANALYSIS:
				setSteeringGroupAnalysis((String)newValue);
				return;
			case FinsamPackage.PROJECT__SIGNATURE:
				setSignature((Signature)newValue);
				return;
			case FinsamPackage.PROJECT__BUDGET:
				setBudget((Budget)newValue);
				return;
			case FinsamPackage.PROJECT__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Participant>)newValue);
				return;
			case FinsamPackage.PROJECT__REPORTS:
				getReports().clear();
				getReports().addAll((Collection<? extends ReportInstance>)newValue);
				return;
			case FinsamPackage.PROJECT__EVALUATIONS:
				getEvaluations().clear();
				getEvaluations().addAll((Collection<? extends Evaluation>)newValue);
				return;
			case FinsamPackage.PROJECT__REVISION:
				setRevision((Long)newValue);
				return;
			case FinsamPackage.PROJECT__CONTENT_LOADED:
				setContentLoaded((Boolean)newValue);
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
			case FinsamPackage.PROJECT__ID:
				setId(ID_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__DIARIENUMMER:
				setDiarienummer(DIARIENUMMER_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__OWNER:
				setOwner((Party)null);
				return;
			case FinsamPackage.PROJECT__PARTICIPATING_PARTIES:
				getParticipatingParties().clear();
				return;
			case FinsamPackage.PROJECT__GRANTED_PERIOD:
				setGrantedPeriod((Period)null);
				return;
			case FinsamPackage.PROJECT__EARLIER_PERIODS:
				getEarlierPeriods().clear();
				return;
			case FinsamPackage.PROJECT__TARGET_GROUP:
				setTargetGroup(TARGET_GROUP_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__RESOURCES:
				setResources(RESOURCES_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__METHODS:
				setMethods(METHODS_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__ACTIVITIES:
				setActivities(ACTIVITIES_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__GOALS:
				getGoals().clear();
				return;
			case FinsamPackage.PROJECT__DROPOUT:
				setDropout((Dropout)null);
				return;
			case FinsamPackage.PROJECT__SUCCESS_FACTORS:
				setSuccessFactors(SUCCESS_FACTORS_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__SYSTEM_FAULTS:
				setSystemFaults(SYSTEM_FAULTS_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__STEERING_GROUP_ANALYSIS:
				setSteeringGroupAnalysis(STEERING_GROUP_ANALYSIS_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__SIGNATURE:
				setSignature((Signature)null);
				return;
			case FinsamPackage.PROJECT__BUDGET:
				setBudget((Budget)null);
				return;
			case FinsamPackage.PROJECT__PARTICIPANTS:
				getParticipants().clear();
				return;
			case FinsamPackage.PROJECT__REPORTS:
				getReports().clear();
				return;
			case FinsamPackage.PROJECT__EVALUATIONS:
				getEvaluations().clear();
				return;
			case FinsamPackage.PROJECT__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case FinsamPackage.PROJECT__CONTENT_LOADED:
				setContentLoaded(CONTENT_LOADED_EDEFAULT);
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
			case FinsamPackage.PROJECT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FinsamPackage.PROJECT__DIARIENUMMER:
				return DIARIENUMMER_EDEFAULT == null ? diarienummer != null : !DIARIENUMMER_EDEFAULT.equals(diarienummer);
			case FinsamPackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FinsamPackage.PROJECT__KIND:
				return kind != KIND_EDEFAULT;
			case FinsamPackage.PROJECT__OWNER:
				return owner != null;
			case FinsamPackage.PROJECT__PARTICIPATING_PARTIES:
				return participatingParties != null && !participatingParties.isEmpty();
			case FinsamPackage.PROJECT__GRANTED_PERIOD:
				return grantedPeriod != null;
			case FinsamPackage.PROJECT__EARLIER_PERIODS:
				return earlierPeriods != null && !earlierPeriods.isEmpty();
			case FinsamPackage.PROJECT__TARGET_GROUP:
				return TARGET_GROUP_EDEFAULT == null ? targetGroup != null : !TARGET_GROUP_EDEFAULT.equals(targetGroup);
			case FinsamPackage.PROJECT__RESOURCES:
				return RESOURCES_EDEFAULT == null ? resources != null : !RESOURCES_EDEFAULT.equals(resources);
			case FinsamPackage.PROJECT__METHODS:
				return METHODS_EDEFAULT == null ? methods != null : !METHODS_EDEFAULT.equals(methods);
			case FinsamPackage.PROJECT__ACTIVITIES:
				return ACTIVITIES_EDEFAULT == null ? activities != null : !ACTIVITIES_EDEFAULT.equals(activities);
			case FinsamPackage.PROJECT__GOALS:
				return goals != null && !goals.isEmpty();
			case FinsamPackage.PROJECT__DROPOUT:
				return dropout != null;
			case FinsamPackage.PROJECT__SUCCESS_FACTORS:
				return SUCCESS_FACTORS_EDEFAULT == null ? successFactors != null : !SUCCESS_FACTORS_EDEFAULT.equals(successFactors);
			case FinsamPackage.PROJECT__SYSTEM_FAULTS:
				return SYSTEM_FAULTS_EDEFAULT == null ? systemFaults != null : !SYSTEM_FAULTS_EDEFAULT.equals(systemFaults);
			case FinsamPackage.PROJECT__STEERING_GROUP_ANALYSIS:
				return STEERING_GROUP_ANALYSIS_EDEFAULT == null ? steeringGroupAnalysis != null : !STEERING_GROUP_ANALYSIS_EDEFAULT.equals(steeringGroupAnalysis);
			case FinsamPackage.PROJECT__SIGNATURE:
				return signature != null;
			case FinsamPackage.PROJECT__BUDGET:
				return budget != null;
			case FinsamPackage.PROJECT__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case FinsamPackage.PROJECT__REPORTS:
				return reports != null && !reports.isEmpty();
			case FinsamPackage.PROJECT__EVALUATIONS:
				return evaluations != null && !evaluations.isEmpty();
			case FinsamPackage.PROJECT__REVISION:
				return revision != REVISION_EDEFAULT;
			case FinsamPackage.PROJECT__CONTENT_LOADED:
				return contentLoaded != CONTENT_LOADED_EDEFAULT;
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
		result.append(", diarienummer: ");
		result.append(diarienummer);
		result.append(", name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", targetGroup: ");
		result.append(targetGroup);
		result.append(", resources: ");
		result.append(resources);
		result.append(", methods: ");
		result.append(methods);
		result.append(", activities: ");
		result.append(activities);
		result.append(", successFactors: ");
		result.append(successFactors);
		result.append(", systemFaults: ");
		result.append(systemFaults);
		result.append(", steeringGroupAnalysis: ");
		result.append(steeringGroupAnalysis);
		result.append(", revision: ");
		result.append(revision);
		result.append(", contentLoaded: ");
		result.append(contentLoaded);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
