/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The domain of Finsam Workbench: associations, projects (insatser), participants, budgets, reports and code lists.
 * <!-- end-model-doc -->
 * @see se.finsam.model.FinsamFactory
 * @model kind="package"
 * @generated
 */
public interface FinsamPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://finsam.se/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "finsam";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FinsamPackage eINSTANCE = se.finsam.model.impl.FinsamPackageImpl.init();

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.AssociationImpl <em>Association</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.AssociationImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getAssociation()
	 * @generated
	 */
	int ASSOCIATION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Organisation Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__ORGANISATION_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__REVISION = 3;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__PARTIES = 4;

	/**
	 * The feature id for the '<em><b>Local Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__LOCAL_GROUPS = 5;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__PROJECTS = 6;

	/**
	 * The feature id for the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__EXAMPLE = 7;

	/**
	 * The feature id for the '<em><b>Diarienummer Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__DIARIENUMMER_FORMAT = 8;

	/**
	 * The feature id for the '<em><b>Retention Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__RETENTION_YEARS = 9;

	/**
	 * The feature id for the '<em><b>Attribute Definitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION__ATTRIBUTE_DEFINITIONS = 10;

	/**
	 * The number of structural features of the '<em>Association</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Association</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSOCIATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.AttributeDefinitionImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getAttributeDefinition()
	 * @generated
	 */
	int ATTRIBUTE_DEFINITION = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Personal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION__PERSONAL = 1;

	/**
	 * The number of structural features of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Attribute Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.PartyImpl <em>Party</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.PartyImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getParty()
	 * @generated
	 */
	int PARTY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__NAME = 2;

	/**
	 * The feature id for the '<em><b>Financing Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__FINANCING_SHARE = 3;

	/**
	 * The number of structural features of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.LocalGroupImpl <em>Local Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.LocalGroupImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getLocalGroup()
	 * @generated
	 */
	int LOCAL_GROUP = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_GROUP__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_GROUP__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_GROUP__NAME = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_GROUP__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Local Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_GROUP_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Local Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.ProjectImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ID = 0;

	/**
	 * The feature id for the '<em><b>Diarienummer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DIARIENUMMER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__KIND = 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__OWNER = 4;

	/**
	 * The feature id for the '<em><b>Participating Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PARTICIPATING_PARTIES = 5;

	/**
	 * The feature id for the '<em><b>Granted Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__GRANTED_PERIOD = 6;

	/**
	 * The feature id for the '<em><b>Earlier Periods</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__EARLIER_PERIODS = 7;

	/**
	 * The feature id for the '<em><b>Target Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__TARGET_GROUP = 8;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RESOURCES = 9;

	/**
	 * The feature id for the '<em><b>Methods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__METHODS = 10;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ACTIVITIES = 11;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__GOALS = 12;

	/**
	 * The feature id for the '<em><b>Dropout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DROPOUT = 13;

	/**
	 * The feature id for the '<em><b>Success Factors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SUCCESS_FACTORS = 14;

	/**
	 * The feature id for the '<em><b>System Faults</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SYSTEM_FAULTS = 15;

	/**
	 * The feature id for the '<em><b>Steering Group Analysis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__STEERING_GROUP_ANALYSIS = 16;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SIGNATURE = 17;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUDGET = 18;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PARTICIPANTS = 19;

	/**
	 * The feature id for the '<em><b>Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__REPORTS = 20;

	/**
	 * The feature id for the '<em><b>Evaluations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__EVALUATIONS = 21;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__REVISION = 22;

	/**
	 * The feature id for the '<em><b>Content Loaded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CONTENT_LOADED = 23;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = 24;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.PeriodImpl <em>Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.PeriodImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getPeriod()
	 * @generated
	 */
	int PERIOD = 5;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__START = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__END = 1;

	/**
	 * The number of structural features of the '<em>Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.GoalImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__OUTCOME = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__RESULT = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__UNIT = 4;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.DropoutImpl <em>Dropout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.DropoutImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getDropout()
	 * @generated
	 */
	int DROPOUT = 7;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT__COUNT = 0;

	/**
	 * The feature id for the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT__SHARE = 1;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT__COMMENT = 2;

	/**
	 * The number of structural features of the '<em>Dropout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Dropout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DROPOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.SignatureImpl <em>Signature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.SignatureImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getSignature()
	 * @generated
	 */
	int SIGNATURE = 8;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__DATE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__ROLE = 2;

	/**
	 * The number of structural features of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.BudgetImpl <em>Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.BudgetImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getBudget()
	 * @generated
	 */
	int BUDGET = 9;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__LINES = 0;

	/**
	 * The feature id for the '<em><b>Flat Rates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__FLAT_RATES = 1;

	/**
	 * The number of structural features of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.BudgetLineImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__ID = 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Amounts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__AMOUNTS = 3;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Total Budget</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE___TOTAL_BUDGET = 0;

	/**
	 * The operation id for the '<em>Total Requisitioned</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE___TOTAL_REQUISITIONED = 1;

	/**
	 * The operation id for the '<em>Total Accumulated Cost</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE___TOTAL_ACCUMULATED_COST = 2;

	/**
	 * The operation id for the '<em>Total Remaining</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE___TOTAL_REMAINING = 3;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = 4;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.BudgetAmountImpl <em>Budget Amount</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.BudgetAmountImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getBudgetAmount()
	 * @generated
	 */
	int BUDGET_AMOUNT = 11;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_AMOUNT__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_AMOUNT__BUDGET = 1;

	/**
	 * The feature id for the '<em><b>Requisitioned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_AMOUNT__REQUISITIONED = 2;

	/**
	 * The feature id for the '<em><b>Accumulated Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_AMOUNT__ACCUMULATED_COST = 3;

	/**
	 * The number of structural features of the '<em>Budget Amount</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_AMOUNT_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Remaining</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_AMOUNT___REMAINING = 0;

	/**
	 * The number of operations of the '<em>Budget Amount</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_AMOUNT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.FlatRateImpl <em>Flat Rate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.FlatRateImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getFlatRate()
	 * @generated
	 */
	int FLAT_RATE = 12;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAT_RATE__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Annual Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAT_RATE__ANNUAL_AMOUNT = 1;

	/**
	 * The feature id for the '<em><b>Employer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAT_RATE__EMPLOYER = 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAT_RATE__START = 3;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAT_RATE__END = 4;

	/**
	 * The number of structural features of the '<em>Flat Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAT_RATE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Flat Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLAT_RATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.ParticipantImpl <em>Participant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.ParticipantImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getParticipant()
	 * @generated
	 */
	int PARTICIPANT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__CODE = 1;

	/**
	 * The feature id for the '<em><b>Personal Identity Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__PERSONAL_IDENTITY_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__GENDER = 3;

	/**
	 * The feature id for the '<em><b>Birth Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__BIRTH_YEAR = 4;

	/**
	 * The feature id for the '<em><b>Consent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__CONSENT = 5;

	/**
	 * The feature id for the '<em><b>Enrolment Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ENROLMENT_DATE = 6;

	/**
	 * The feature id for the '<em><b>Enrolment Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ENROLMENT_YEAR = 7;

	/**
	 * The feature id for the '<em><b>Exit Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__EXIT_DATE = 8;

	/**
	 * The feature id for the '<em><b>Referring Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__REFERRING_PARTY = 9;

	/**
	 * The feature id for the '<em><b>Support At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__SUPPORT_AT_START = 10;

	/**
	 * The feature id for the '<em><b>Support Extent At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__SUPPORT_EXTENT_AT_START = 11;

	/**
	 * The feature id for the '<em><b>Support At Exit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__SUPPORT_AT_EXIT = 12;

	/**
	 * The feature id for the '<em><b>Support Extent At Exit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__SUPPORT_EXTENT_AT_EXIT = 13;

	/**
	 * The feature id for the '<em><b>Occupation At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__OCCUPATION_AT_START = 14;

	/**
	 * The feature id for the '<em><b>Occupation At Exit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__OCCUPATION_AT_EXIT = 15;

	/**
	 * The feature id for the '<em><b>Consent Withdrawn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__CONSENT_WITHDRAWN = 16;

	/**
	 * The feature id for the '<em><b>Identity Erased</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__IDENTITY_ERASED = 17;

	/**
	 * The feature id for the '<em><b>Exit Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__EXIT_REASON = 18;

	/**
	 * The feature id for the '<em><b>Start Measurement</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__START_MEASUREMENT = 19;

	/**
	 * The feature id for the '<em><b>Exit Measurement</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__EXIT_MEASUREMENT = 20;

	/**
	 * The feature id for the '<em><b>Extra Attributes</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__EXTRA_ATTRIBUTES = 21;

	/**
	 * The number of structural features of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_FEATURE_COUNT = 22;

	/**
	 * The operation id for the '<em>Effective Enrolment Year</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT___EFFECTIVE_ENROLMENT_YEAR = 0;

	/**
	 * The number of operations of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.MeasurementImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 14;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__DATE = 0;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ANSWERS = 1;

	/**
	 * The feature id for the '<em><b>Eq5d Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__EQ5D_INDEX = 2;

	/**
	 * The feature id for the '<em><b>Eq5d Vas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__EQ5D_VAS = 3;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.ReportInstanceImpl <em>Report Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.ReportInstanceImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getReportInstance()
	 * @generated
	 */
	int REPORT_INSTANCE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_INSTANCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_INSTANCE__TEMPLATE_ID = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_INSTANCE__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_INSTANCE__PERIOD = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_INSTANCE__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_INSTANCE__ANSWERS = 5;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_INSTANCE__MODIFIED = 6;

	/**
	 * The number of structural features of the '<em>Report Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_INSTANCE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Report Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_INSTANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.AnswerImpl <em>Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.AnswerImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 16;

	/**
	 * The feature id for the '<em><b>Part Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__PART_ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__CHECKED = 2;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__COMMENT = 3;

	/**
	 * The feature id for the '<em><b>Values</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__VALUES = 4;

	/**
	 * The number of structural features of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.EvaluationImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__CREATED = 2;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__INPUTS = 3;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.CodeListSetImpl <em>Code List Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.CodeListSetImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getCodeListSet()
	 * @generated
	 */
	int CODE_LIST_SET = 18;

	/**
	 * The feature id for the '<em><b>Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_SET__LISTS = 0;

	/**
	 * The number of structural features of the '<em>Code List Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_SET_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Code List Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.CodeListImpl <em>Code List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.CodeListImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getCodeList()
	 * @generated
	 */
	int CODE_LIST = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__ID = 0;

	/**
	 * The feature id for the '<em><b>Name Sv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__NAME_SV = 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__NAME_EN = 2;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST__ENTRIES = 3;

	/**
	 * The number of structural features of the '<em>Code List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Code List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_LIST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.CodeEntryImpl <em>Code Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.CodeEntryImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getCodeEntry()
	 * @generated
	 */
	int CODE_ENTRY = 20;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_ENTRY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label Sv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_ENTRY__LABEL_SV = 1;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_ENTRY__LABEL_EN = 2;

	/**
	 * The feature id for the '<em><b>Positive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_ENTRY__POSITIVE = 3;

	/**
	 * The feature id for the '<em><b>Synonyms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_ENTRY__SYNONYMS = 4;

	/**
	 * The feature id for the '<em><b>Obsolete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_ENTRY__OBSOLETE = 5;

	/**
	 * The number of structural features of the '<em>Code Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_ENTRY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Code Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.ReportTemplateImpl <em>Report Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.ReportTemplateImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getReportTemplate()
	 * @generated
	 */
	int REPORT_TEMPLATE = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_TEMPLATE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_TEMPLATE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_TEMPLATE__NAME_EN = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_TEMPLATE__KIND = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_TEMPLATE__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Intro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_TEMPLATE__INTRO = 5;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_TEMPLATE__SECTIONS = 6;

	/**
	 * The number of structural features of the '<em>Report Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_TEMPLATE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Report Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_TEMPLATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.TemplateSectionImpl <em>Template Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.TemplateSectionImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getTemplateSection()
	 * @generated
	 */
	int TEMPLATE_SECTION = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SECTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SECTION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Intro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SECTION__INTRO = 2;

	/**
	 * The feature id for the '<em><b>For Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SECTION__FOR_KIND = 3;

	/**
	 * The feature id for the '<em><b>Parts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SECTION__PARTS = 4;

	/**
	 * The number of structural features of the '<em>Template Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SECTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Template Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.TemplatePartImpl <em>Template Part</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.TemplatePartImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getTemplatePart()
	 * @generated
	 */
	int TEMPLATE_PART = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_PART__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_PART__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_PART__GUIDANCE = 2;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_PART__REQUIRED = 3;

	/**
	 * The number of structural features of the '<em>Template Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_PART_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Template Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_PART_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.TextQuestionImpl <em>Text Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.TextQuestionImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getTextQuestion()
	 * @generated
	 */
	int TEXT_QUESTION = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__ID = TEMPLATE_PART__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__TITLE = TEMPLATE_PART__TITLE;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__GUIDANCE = TEMPLATE_PART__GUIDANCE;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__REQUIRED = TEMPLATE_PART__REQUIRED;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION__SOURCE = TEMPLATE_PART_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Text Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION_FEATURE_COUNT = TEMPLATE_PART_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Text Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_QUESTION_OPERATION_COUNT = TEMPLATE_PART_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.StatisticTableImpl <em>Statistic Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.StatisticTableImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getStatisticTable()
	 * @generated
	 */
	int STATISTIC_TABLE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_TABLE__ID = TEMPLATE_PART__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_TABLE__TITLE = TEMPLATE_PART__TITLE;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_TABLE__GUIDANCE = TEMPLATE_PART__GUIDANCE;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_TABLE__REQUIRED = TEMPLATE_PART__REQUIRED;

	/**
	 * The feature id for the '<em><b>Statistic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_TABLE__STATISTIC = TEMPLATE_PART_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_TABLE__COMMENT = TEMPLATE_PART_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Statistic Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_TABLE_FEATURE_COUNT = TEMPLATE_PART_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Statistic Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_TABLE_OPERATION_COUNT = TEMPLATE_PART_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.StatisticChartImpl <em>Statistic Chart</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.StatisticChartImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getStatisticChart()
	 * @generated
	 */
	int STATISTIC_CHART = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_CHART__ID = TEMPLATE_PART__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_CHART__TITLE = TEMPLATE_PART__TITLE;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_CHART__GUIDANCE = TEMPLATE_PART__GUIDANCE;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_CHART__REQUIRED = TEMPLATE_PART__REQUIRED;

	/**
	 * The feature id for the '<em><b>Statistic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_CHART__STATISTIC = TEMPLATE_PART_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Chart Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_CHART__CHART_TYPE = TEMPLATE_PART_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_CHART__VALUE_COLUMN = TEMPLATE_PART_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Exclude Last Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_CHART__EXCLUDE_LAST_ROWS = TEMPLATE_PART_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Statistic Chart</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_CHART_FEATURE_COUNT = TEMPLATE_PART_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Statistic Chart</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATISTIC_CHART_OPERATION_COUNT = TEMPLATE_PART_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.ProjectFactsImpl <em>Project Facts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.ProjectFactsImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getProjectFacts()
	 * @generated
	 */
	int PROJECT_FACTS = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FACTS__ID = TEMPLATE_PART__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FACTS__TITLE = TEMPLATE_PART__TITLE;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FACTS__GUIDANCE = TEMPLATE_PART__GUIDANCE;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FACTS__REQUIRED = TEMPLATE_PART__REQUIRED;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FACTS__FACTS = TEMPLATE_PART_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Project Facts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FACTS_FEATURE_COUNT = TEMPLATE_PART_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Project Facts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FACTS_OPERATION_COUNT = TEMPLATE_PART_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.ChecklistImpl <em>Checklist</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.ChecklistImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getChecklist()
	 * @generated
	 */
	int CHECKLIST = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__ID = TEMPLATE_PART__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__TITLE = TEMPLATE_PART__TITLE;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__GUIDANCE = TEMPLATE_PART__GUIDANCE;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__REQUIRED = TEMPLATE_PART__REQUIRED;

	/**
	 * The feature id for the '<em><b>Comment Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__COMMENT_LABEL = TEMPLATE_PART_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__ITEMS = TEMPLATE_PART_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Checklist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_FEATURE_COUNT = TEMPLATE_PART_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Checklist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_OPERATION_COUNT = TEMPLATE_PART_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.ChecklistItemImpl <em>Checklist Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.ChecklistItemImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getChecklistItem()
	 * @generated
	 */
	int CHECKLIST_ITEM = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Checklist Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Checklist Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.GoalsTableImpl <em>Goals Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.GoalsTableImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getGoalsTable()
	 * @generated
	 */
	int GOALS_TABLE = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOALS_TABLE__ID = TEMPLATE_PART__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOALS_TABLE__TITLE = TEMPLATE_PART__TITLE;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOALS_TABLE__GUIDANCE = TEMPLATE_PART__GUIDANCE;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOALS_TABLE__REQUIRED = TEMPLATE_PART__REQUIRED;

	/**
	 * The number of structural features of the '<em>Goals Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOALS_TABLE_FEATURE_COUNT = TEMPLATE_PART_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Goals Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOALS_TABLE_OPERATION_COUNT = TEMPLATE_PART_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.impl.SignatureBlockImpl <em>Signature Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.impl.SignatureBlockImpl
	 * @see se.finsam.model.impl.FinsamPackageImpl#getSignatureBlock()
	 * @generated
	 */
	int SIGNATURE_BLOCK = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__ID = TEMPLATE_PART__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__TITLE = TEMPLATE_PART__TITLE;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__GUIDANCE = TEMPLATE_PART__GUIDANCE;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__REQUIRED = TEMPLATE_PART__REQUIRED;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__ROLE = TEMPLATE_PART_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Signature Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK_FEATURE_COUNT = TEMPLATE_PART_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Signature Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK_OPERATION_COUNT = TEMPLATE_PART_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link se.finsam.model.ProjectKind <em>Project Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.ProjectKind
	 * @see se.finsam.model.impl.FinsamPackageImpl#getProjectKind()
	 * @generated
	 */
	int PROJECT_KIND = 32;

	/**
	 * The meta object id for the '{@link se.finsam.model.Gender <em>Gender</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.Gender
	 * @see se.finsam.model.impl.FinsamPackageImpl#getGender()
	 * @generated
	 */
	int GENDER = 33;

	/**
	 * The meta object id for the '{@link se.finsam.model.ReportStatus <em>Report Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.ReportStatus
	 * @see se.finsam.model.impl.FinsamPackageImpl#getReportStatus()
	 * @generated
	 */
	int REPORT_STATUS = 34;

	/**
	 * The meta object id for the '{@link se.finsam.model.TemplateKind <em>Template Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.TemplateKind
	 * @see se.finsam.model.impl.FinsamPackageImpl#getTemplateKind()
	 * @generated
	 */
	int TEMPLATE_KIND = 35;

	/**
	 * The meta object id for the '{@link se.finsam.model.ChartType <em>Chart Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see se.finsam.model.ChartType
	 * @see se.finsam.model.impl.FinsamPackageImpl#getChartType()
	 * @generated
	 */
	int CHART_TYPE = 36;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see se.finsam.model.impl.FinsamPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 37;


	/**
	 * Returns the meta object for class '{@link se.finsam.model.Association <em>Association</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Association</em>'.
	 * @see se.finsam.model.Association
	 * @generated
	 */
	EClass getAssociation();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Association#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.Association#getId()
	 * @see #getAssociation()
	 * @generated
	 */
	EAttribute getAssociation_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Association#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.finsam.model.Association#getName()
	 * @see #getAssociation()
	 * @generated
	 */
	EAttribute getAssociation_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Association#getOrganisationNumber <em>Organisation Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation Number</em>'.
	 * @see se.finsam.model.Association#getOrganisationNumber()
	 * @see #getAssociation()
	 * @generated
	 */
	EAttribute getAssociation_OrganisationNumber();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Association#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see se.finsam.model.Association#getRevision()
	 * @see #getAssociation()
	 * @generated
	 */
	EAttribute getAssociation_Revision();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Association#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parties</em>'.
	 * @see se.finsam.model.Association#getParties()
	 * @see #getAssociation()
	 * @generated
	 */
	EReference getAssociation_Parties();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Association#getLocalGroups <em>Local Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Local Groups</em>'.
	 * @see se.finsam.model.Association#getLocalGroups()
	 * @see #getAssociation()
	 * @generated
	 */
	EReference getAssociation_LocalGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Association#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projects</em>'.
	 * @see se.finsam.model.Association#getProjects()
	 * @see #getAssociation()
	 * @generated
	 */
	EReference getAssociation_Projects();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Association#isExample <em>Example</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Example</em>'.
	 * @see se.finsam.model.Association#isExample()
	 * @see #getAssociation()
	 * @generated
	 */
	EAttribute getAssociation_Example();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Association#getDiarienummerFormat <em>Diarienummer Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diarienummer Format</em>'.
	 * @see se.finsam.model.Association#getDiarienummerFormat()
	 * @see #getAssociation()
	 * @generated
	 */
	EAttribute getAssociation_DiarienummerFormat();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Association#getRetentionYears <em>Retention Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Years</em>'.
	 * @see se.finsam.model.Association#getRetentionYears()
	 * @see #getAssociation()
	 * @generated
	 */
	EAttribute getAssociation_RetentionYears();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Association#getAttributeDefinitions <em>Attribute Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attribute Definitions</em>'.
	 * @see se.finsam.model.Association#getAttributeDefinitions()
	 * @see #getAssociation()
	 * @generated
	 */
	EReference getAssociation_AttributeDefinitions();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.AttributeDefinition <em>Attribute Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Definition</em>'.
	 * @see se.finsam.model.AttributeDefinition
	 * @generated
	 */
	EClass getAttributeDefinition();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.AttributeDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.finsam.model.AttributeDefinition#getName()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.AttributeDefinition#isPersonal <em>Personal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personal</em>'.
	 * @see se.finsam.model.AttributeDefinition#isPersonal()
	 * @see #getAttributeDefinition()
	 * @generated
	 */
	EAttribute getAttributeDefinition_Personal();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party</em>'.
	 * @see se.finsam.model.Party
	 * @generated
	 */
	EClass getParty();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Party#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.Party#getId()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Party#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see se.finsam.model.Party#getKind()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Kind();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Party#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.finsam.model.Party#getName()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Party#getFinancingShare <em>Financing Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Financing Share</em>'.
	 * @see se.finsam.model.Party#getFinancingShare()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_FinancingShare();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.LocalGroup <em>Local Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Local Group</em>'.
	 * @see se.finsam.model.LocalGroup
	 * @generated
	 */
	EClass getLocalGroup();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.LocalGroup#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.LocalGroup#getId()
	 * @see #getLocalGroup()
	 * @generated
	 */
	EAttribute getLocalGroup_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.LocalGroup#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see se.finsam.model.LocalGroup#getKind()
	 * @see #getLocalGroup()
	 * @generated
	 */
	EAttribute getLocalGroup_Kind();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.LocalGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.finsam.model.LocalGroup#getName()
	 * @see #getLocalGroup()
	 * @generated
	 */
	EAttribute getLocalGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.LocalGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see se.finsam.model.LocalGroup#getDescription()
	 * @see #getLocalGroup()
	 * @generated
	 */
	EAttribute getLocalGroup_Description();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see se.finsam.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.Project#getId()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getDiarienummer <em>Diarienummer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diarienummer</em>'.
	 * @see se.finsam.model.Project#getDiarienummer()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Diarienummer();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.finsam.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see se.finsam.model.Project#getKind()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Kind();

	/**
	 * Returns the meta object for the reference '{@link se.finsam.model.Project#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see se.finsam.model.Project#getOwner()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Owner();

	/**
	 * Returns the meta object for the reference list '{@link se.finsam.model.Project#getParticipatingParties <em>Participating Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participating Parties</em>'.
	 * @see se.finsam.model.Project#getParticipatingParties()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_ParticipatingParties();

	/**
	 * Returns the meta object for the containment reference '{@link se.finsam.model.Project#getGrantedPeriod <em>Granted Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Granted Period</em>'.
	 * @see se.finsam.model.Project#getGrantedPeriod()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_GrantedPeriod();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Project#getEarlierPeriods <em>Earlier Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Earlier Periods</em>'.
	 * @see se.finsam.model.Project#getEarlierPeriods()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_EarlierPeriods();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getTargetGroup <em>Target Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Group</em>'.
	 * @see se.finsam.model.Project#getTargetGroup()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_TargetGroup();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resources</em>'.
	 * @see se.finsam.model.Project#getResources()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Resources();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getMethods <em>Methods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Methods</em>'.
	 * @see se.finsam.model.Project#getMethods()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Methods();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activities</em>'.
	 * @see se.finsam.model.Project#getActivities()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Activities();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Project#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see se.finsam.model.Project#getGoals()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Goals();

	/**
	 * Returns the meta object for the containment reference '{@link se.finsam.model.Project#getDropout <em>Dropout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dropout</em>'.
	 * @see se.finsam.model.Project#getDropout()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Dropout();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getSuccessFactors <em>Success Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Success Factors</em>'.
	 * @see se.finsam.model.Project#getSuccessFactors()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_SuccessFactors();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getSystemFaults <em>System Faults</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System Faults</em>'.
	 * @see se.finsam.model.Project#getSystemFaults()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_SystemFaults();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getSteeringGroupAnalysis <em>Steering Group Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steering Group Analysis</em>'.
	 * @see se.finsam.model.Project#getSteeringGroupAnalysis()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_SteeringGroupAnalysis();

	/**
	 * Returns the meta object for the containment reference '{@link se.finsam.model.Project#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Signature</em>'.
	 * @see se.finsam.model.Project#getSignature()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Signature();

	/**
	 * Returns the meta object for the containment reference '{@link se.finsam.model.Project#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Budget</em>'.
	 * @see se.finsam.model.Project#getBudget()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Budget();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Project#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Participants</em>'.
	 * @see se.finsam.model.Project#getParticipants()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Participants();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Project#getReports <em>Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reports</em>'.
	 * @see se.finsam.model.Project#getReports()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Reports();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Project#getEvaluations <em>Evaluations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluations</em>'.
	 * @see se.finsam.model.Project#getEvaluations()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Evaluations();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see se.finsam.model.Project#getRevision()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Revision();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Project#isContentLoaded <em>Content Loaded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Loaded</em>'.
	 * @see se.finsam.model.Project#isContentLoaded()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_ContentLoaded();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Period <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Period</em>'.
	 * @see se.finsam.model.Period
	 * @generated
	 */
	EClass getPeriod();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Period#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see se.finsam.model.Period#getStart()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_Start();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Period#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see se.finsam.model.Period#getEnd()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_End();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see se.finsam.model.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Goal#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see se.finsam.model.Goal#getDescription()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Description();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Goal#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see se.finsam.model.Goal#getOutcome()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Goal#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see se.finsam.model.Goal#getTarget()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Target();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Goal#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see se.finsam.model.Goal#getResult()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Result();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Goal#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see se.finsam.model.Goal#getUnit()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Unit();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Dropout <em>Dropout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dropout</em>'.
	 * @see se.finsam.model.Dropout
	 * @generated
	 */
	EClass getDropout();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Dropout#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see se.finsam.model.Dropout#getCount()
	 * @see #getDropout()
	 * @generated
	 */
	EAttribute getDropout_Count();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Dropout#getShare <em>Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share</em>'.
	 * @see se.finsam.model.Dropout#getShare()
	 * @see #getDropout()
	 * @generated
	 */
	EAttribute getDropout_Share();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Dropout#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see se.finsam.model.Dropout#getComment()
	 * @see #getDropout()
	 * @generated
	 */
	EAttribute getDropout_Comment();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Signature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signature</em>'.
	 * @see se.finsam.model.Signature
	 * @generated
	 */
	EClass getSignature();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Signature#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see se.finsam.model.Signature#getDate()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Date();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Signature#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.finsam.model.Signature#getName()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Signature#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see se.finsam.model.Signature#getRole()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Role();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget</em>'.
	 * @see se.finsam.model.Budget
	 * @generated
	 */
	EClass getBudget();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Budget#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see se.finsam.model.Budget#getLines()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_Lines();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Budget#getFlatRates <em>Flat Rates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flat Rates</em>'.
	 * @see se.finsam.model.Budget#getFlatRates()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_FlatRates();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see se.finsam.model.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.BudgetLine#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.BudgetLine#getId()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.BudgetLine#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see se.finsam.model.BudgetLine#getCategory()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Category();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.BudgetLine#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.finsam.model.BudgetLine#getLabel()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.BudgetLine#getAmounts <em>Amounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Amounts</em>'.
	 * @see se.finsam.model.BudgetLine#getAmounts()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Amounts();

	/**
	 * Returns the meta object for the '{@link se.finsam.model.BudgetLine#totalBudget() <em>Total Budget</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Total Budget</em>' operation.
	 * @see se.finsam.model.BudgetLine#totalBudget()
	 * @generated
	 */
	EOperation getBudgetLine__TotalBudget();

	/**
	 * Returns the meta object for the '{@link se.finsam.model.BudgetLine#totalRequisitioned() <em>Total Requisitioned</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Total Requisitioned</em>' operation.
	 * @see se.finsam.model.BudgetLine#totalRequisitioned()
	 * @generated
	 */
	EOperation getBudgetLine__TotalRequisitioned();

	/**
	 * Returns the meta object for the '{@link se.finsam.model.BudgetLine#totalAccumulatedCost() <em>Total Accumulated Cost</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Total Accumulated Cost</em>' operation.
	 * @see se.finsam.model.BudgetLine#totalAccumulatedCost()
	 * @generated
	 */
	EOperation getBudgetLine__TotalAccumulatedCost();

	/**
	 * Returns the meta object for the '{@link se.finsam.model.BudgetLine#totalRemaining() <em>Total Remaining</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Total Remaining</em>' operation.
	 * @see se.finsam.model.BudgetLine#totalRemaining()
	 * @generated
	 */
	EOperation getBudgetLine__TotalRemaining();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.BudgetAmount <em>Budget Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Amount</em>'.
	 * @see se.finsam.model.BudgetAmount
	 * @generated
	 */
	EClass getBudgetAmount();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.BudgetAmount#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see se.finsam.model.BudgetAmount#getYear()
	 * @see #getBudgetAmount()
	 * @generated
	 */
	EAttribute getBudgetAmount_Year();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.BudgetAmount#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see se.finsam.model.BudgetAmount#getBudget()
	 * @see #getBudgetAmount()
	 * @generated
	 */
	EAttribute getBudgetAmount_Budget();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.BudgetAmount#getRequisitioned <em>Requisitioned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requisitioned</em>'.
	 * @see se.finsam.model.BudgetAmount#getRequisitioned()
	 * @see #getBudgetAmount()
	 * @generated
	 */
	EAttribute getBudgetAmount_Requisitioned();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.BudgetAmount#getAccumulatedCost <em>Accumulated Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accumulated Cost</em>'.
	 * @see se.finsam.model.BudgetAmount#getAccumulatedCost()
	 * @see #getBudgetAmount()
	 * @generated
	 */
	EAttribute getBudgetAmount_AccumulatedCost();

	/**
	 * Returns the meta object for the '{@link se.finsam.model.BudgetAmount#remaining() <em>Remaining</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Remaining</em>' operation.
	 * @see se.finsam.model.BudgetAmount#remaining()
	 * @generated
	 */
	EOperation getBudgetAmount__Remaining();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.FlatRate <em>Flat Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flat Rate</em>'.
	 * @see se.finsam.model.FlatRate
	 * @generated
	 */
	EClass getFlatRate();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.FlatRate#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see se.finsam.model.FlatRate#getLabel()
	 * @see #getFlatRate()
	 * @generated
	 */
	EAttribute getFlatRate_Label();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.FlatRate#getAnnualAmount <em>Annual Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Amount</em>'.
	 * @see se.finsam.model.FlatRate#getAnnualAmount()
	 * @see #getFlatRate()
	 * @generated
	 */
	EAttribute getFlatRate_AnnualAmount();

	/**
	 * Returns the meta object for the reference '{@link se.finsam.model.FlatRate#getEmployer <em>Employer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Employer</em>'.
	 * @see se.finsam.model.FlatRate#getEmployer()
	 * @see #getFlatRate()
	 * @generated
	 */
	EReference getFlatRate_Employer();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.FlatRate#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see se.finsam.model.FlatRate#getStart()
	 * @see #getFlatRate()
	 * @generated
	 */
	EAttribute getFlatRate_Start();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.FlatRate#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see se.finsam.model.FlatRate#getEnd()
	 * @see #getFlatRate()
	 * @generated
	 */
	EAttribute getFlatRate_End();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participant</em>'.
	 * @see se.finsam.model.Participant
	 * @generated
	 */
	EClass getParticipant();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.Participant#getId()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see se.finsam.model.Participant#getCode()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Code();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getPersonalIdentityNumber <em>Personal Identity Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personal Identity Number</em>'.
	 * @see se.finsam.model.Participant#getPersonalIdentityNumber()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_PersonalIdentityNumber();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getGender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gender</em>'.
	 * @see se.finsam.model.Participant#getGender()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Gender();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getBirthYear <em>Birth Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Year</em>'.
	 * @see se.finsam.model.Participant#getBirthYear()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_BirthYear();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#isConsent <em>Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent</em>'.
	 * @see se.finsam.model.Participant#isConsent()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Consent();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getEnrolmentDate <em>Enrolment Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enrolment Date</em>'.
	 * @see se.finsam.model.Participant#getEnrolmentDate()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_EnrolmentDate();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getEnrolmentYear <em>Enrolment Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enrolment Year</em>'.
	 * @see se.finsam.model.Participant#getEnrolmentYear()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_EnrolmentYear();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getExitDate <em>Exit Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exit Date</em>'.
	 * @see se.finsam.model.Participant#getExitDate()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_ExitDate();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getReferringParty <em>Referring Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referring Party</em>'.
	 * @see se.finsam.model.Participant#getReferringParty()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_ReferringParty();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getSupportAtStart <em>Support At Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support At Start</em>'.
	 * @see se.finsam.model.Participant#getSupportAtStart()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_SupportAtStart();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getSupportExtentAtStart <em>Support Extent At Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Extent At Start</em>'.
	 * @see se.finsam.model.Participant#getSupportExtentAtStart()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_SupportExtentAtStart();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getSupportAtExit <em>Support At Exit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support At Exit</em>'.
	 * @see se.finsam.model.Participant#getSupportAtExit()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_SupportAtExit();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getSupportExtentAtExit <em>Support Extent At Exit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Extent At Exit</em>'.
	 * @see se.finsam.model.Participant#getSupportExtentAtExit()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_SupportExtentAtExit();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getOccupationAtStart <em>Occupation At Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occupation At Start</em>'.
	 * @see se.finsam.model.Participant#getOccupationAtStart()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_OccupationAtStart();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getOccupationAtExit <em>Occupation At Exit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occupation At Exit</em>'.
	 * @see se.finsam.model.Participant#getOccupationAtExit()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_OccupationAtExit();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getConsentWithdrawn <em>Consent Withdrawn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Withdrawn</em>'.
	 * @see se.finsam.model.Participant#getConsentWithdrawn()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_ConsentWithdrawn();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getIdentityErased <em>Identity Erased</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identity Erased</em>'.
	 * @see se.finsam.model.Participant#getIdentityErased()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_IdentityErased();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Participant#getExitReason <em>Exit Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exit Reason</em>'.
	 * @see se.finsam.model.Participant#getExitReason()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_ExitReason();

	/**
	 * Returns the meta object for the containment reference '{@link se.finsam.model.Participant#getStartMeasurement <em>Start Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Start Measurement</em>'.
	 * @see se.finsam.model.Participant#getStartMeasurement()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_StartMeasurement();

	/**
	 * Returns the meta object for the containment reference '{@link se.finsam.model.Participant#getExitMeasurement <em>Exit Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Exit Measurement</em>'.
	 * @see se.finsam.model.Participant#getExitMeasurement()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_ExitMeasurement();

	/**
	 * Returns the meta object for the map '{@link se.finsam.model.Participant#getExtraAttributes <em>Extra Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Extra Attributes</em>'.
	 * @see se.finsam.model.Participant#getExtraAttributes()
	 * @see #getParticipant()
	 * @generated
	 */
	EReference getParticipant_ExtraAttributes();

	/**
	 * Returns the meta object for the '{@link se.finsam.model.Participant#effectiveEnrolmentYear() <em>Effective Enrolment Year</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Effective Enrolment Year</em>' operation.
	 * @see se.finsam.model.Participant#effectiveEnrolmentYear()
	 * @generated
	 */
	EOperation getParticipant__EffectiveEnrolmentYear();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see se.finsam.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Measurement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see se.finsam.model.Measurement#getDate()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Date();

	/**
	 * Returns the meta object for the map '{@link se.finsam.model.Measurement#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Answers</em>'.
	 * @see se.finsam.model.Measurement#getAnswers()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_Answers();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Measurement#getEq5dIndex <em>Eq5d Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eq5d Index</em>'.
	 * @see se.finsam.model.Measurement#getEq5dIndex()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Eq5dIndex();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Measurement#getEq5dVas <em>Eq5d Vas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eq5d Vas</em>'.
	 * @see se.finsam.model.Measurement#getEq5dVas()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Eq5dVas();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.ReportInstance <em>Report Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report Instance</em>'.
	 * @see se.finsam.model.ReportInstance
	 * @generated
	 */
	EClass getReportInstance();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportInstance#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.ReportInstance#getId()
	 * @see #getReportInstance()
	 * @generated
	 */
	EAttribute getReportInstance_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportInstance#getTemplateId <em>Template Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Id</em>'.
	 * @see se.finsam.model.ReportInstance#getTemplateId()
	 * @see #getReportInstance()
	 * @generated
	 */
	EAttribute getReportInstance_TemplateId();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportInstance#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see se.finsam.model.ReportInstance#getTitle()
	 * @see #getReportInstance()
	 * @generated
	 */
	EAttribute getReportInstance_Title();

	/**
	 * Returns the meta object for the containment reference '{@link se.finsam.model.ReportInstance#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Period</em>'.
	 * @see se.finsam.model.ReportInstance#getPeriod()
	 * @see #getReportInstance()
	 * @generated
	 */
	EReference getReportInstance_Period();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportInstance#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see se.finsam.model.ReportInstance#getStatus()
	 * @see #getReportInstance()
	 * @generated
	 */
	EAttribute getReportInstance_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.ReportInstance#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see se.finsam.model.ReportInstance#getAnswers()
	 * @see #getReportInstance()
	 * @generated
	 */
	EReference getReportInstance_Answers();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportInstance#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see se.finsam.model.ReportInstance#getModified()
	 * @see #getReportInstance()
	 * @generated
	 */
	EAttribute getReportInstance_Modified();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer</em>'.
	 * @see se.finsam.model.Answer
	 * @generated
	 */
	EClass getAnswer();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Answer#getPartId <em>Part Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part Id</em>'.
	 * @see se.finsam.model.Answer#getPartId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_PartId();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Answer#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see se.finsam.model.Answer#getText()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Text();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Answer#getChecked <em>Checked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked</em>'.
	 * @see se.finsam.model.Answer#getChecked()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Checked();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Answer#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see se.finsam.model.Answer#getComment()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Comment();

	/**
	 * Returns the meta object for the map '{@link se.finsam.model.Answer#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Values</em>'.
	 * @see se.finsam.model.Answer#getValues()
	 * @see #getAnswer()
	 * @generated
	 */
	EReference getAnswer_Values();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see se.finsam.model.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Evaluation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.Evaluation#getId()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Evaluation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.finsam.model.Evaluation#getName()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Evaluation#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see se.finsam.model.Evaluation#getCreated()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Created();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Evaluation#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inputs</em>'.
	 * @see se.finsam.model.Evaluation#getInputs()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Inputs();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.CodeListSet <em>Code List Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code List Set</em>'.
	 * @see se.finsam.model.CodeListSet
	 * @generated
	 */
	EClass getCodeListSet();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.CodeListSet#getLists <em>Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lists</em>'.
	 * @see se.finsam.model.CodeListSet#getLists()
	 * @see #getCodeListSet()
	 * @generated
	 */
	EReference getCodeListSet_Lists();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.CodeList <em>Code List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code List</em>'.
	 * @see se.finsam.model.CodeList
	 * @generated
	 */
	EClass getCodeList();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.CodeList#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.CodeList#getId()
	 * @see #getCodeList()
	 * @generated
	 */
	EAttribute getCodeList_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.CodeList#getNameSv <em>Name Sv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Sv</em>'.
	 * @see se.finsam.model.CodeList#getNameSv()
	 * @see #getCodeList()
	 * @generated
	 */
	EAttribute getCodeList_NameSv();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.CodeList#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see se.finsam.model.CodeList#getNameEn()
	 * @see #getCodeList()
	 * @generated
	 */
	EAttribute getCodeList_NameEn();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.CodeList#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see se.finsam.model.CodeList#getEntries()
	 * @see #getCodeList()
	 * @generated
	 */
	EReference getCodeList_Entries();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.CodeEntry <em>Code Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code Entry</em>'.
	 * @see se.finsam.model.CodeEntry
	 * @generated
	 */
	EClass getCodeEntry();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.CodeEntry#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see se.finsam.model.CodeEntry#getCode()
	 * @see #getCodeEntry()
	 * @generated
	 */
	EAttribute getCodeEntry_Code();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.CodeEntry#getLabelSv <em>Label Sv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Sv</em>'.
	 * @see se.finsam.model.CodeEntry#getLabelSv()
	 * @see #getCodeEntry()
	 * @generated
	 */
	EAttribute getCodeEntry_LabelSv();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.CodeEntry#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see se.finsam.model.CodeEntry#getLabelEn()
	 * @see #getCodeEntry()
	 * @generated
	 */
	EAttribute getCodeEntry_LabelEn();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.CodeEntry#isPositive <em>Positive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positive</em>'.
	 * @see se.finsam.model.CodeEntry#isPositive()
	 * @see #getCodeEntry()
	 * @generated
	 */
	EAttribute getCodeEntry_Positive();

	/**
	 * Returns the meta object for the attribute list '{@link se.finsam.model.CodeEntry#getSynonyms <em>Synonyms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Synonyms</em>'.
	 * @see se.finsam.model.CodeEntry#getSynonyms()
	 * @see #getCodeEntry()
	 * @generated
	 */
	EAttribute getCodeEntry_Synonyms();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.CodeEntry#isObsolete <em>Obsolete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Obsolete</em>'.
	 * @see se.finsam.model.CodeEntry#isObsolete()
	 * @see #getCodeEntry()
	 * @generated
	 */
	EAttribute getCodeEntry_Obsolete();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.ReportTemplate <em>Report Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report Template</em>'.
	 * @see se.finsam.model.ReportTemplate
	 * @generated
	 */
	EClass getReportTemplate();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportTemplate#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.ReportTemplate#getId()
	 * @see #getReportTemplate()
	 * @generated
	 */
	EAttribute getReportTemplate_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportTemplate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see se.finsam.model.ReportTemplate#getName()
	 * @see #getReportTemplate()
	 * @generated
	 */
	EAttribute getReportTemplate_Name();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportTemplate#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see se.finsam.model.ReportTemplate#getNameEn()
	 * @see #getReportTemplate()
	 * @generated
	 */
	EAttribute getReportTemplate_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportTemplate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see se.finsam.model.ReportTemplate#getKind()
	 * @see #getReportTemplate()
	 * @generated
	 */
	EAttribute getReportTemplate_Kind();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportTemplate#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see se.finsam.model.ReportTemplate#getDescription()
	 * @see #getReportTemplate()
	 * @generated
	 */
	EAttribute getReportTemplate_Description();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ReportTemplate#getIntro <em>Intro</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intro</em>'.
	 * @see se.finsam.model.ReportTemplate#getIntro()
	 * @see #getReportTemplate()
	 * @generated
	 */
	EAttribute getReportTemplate_Intro();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.ReportTemplate#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see se.finsam.model.ReportTemplate#getSections()
	 * @see #getReportTemplate()
	 * @generated
	 */
	EReference getReportTemplate_Sections();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.TemplateSection <em>Template Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Template Section</em>'.
	 * @see se.finsam.model.TemplateSection
	 * @generated
	 */
	EClass getTemplateSection();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.TemplateSection#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.TemplateSection#getId()
	 * @see #getTemplateSection()
	 * @generated
	 */
	EAttribute getTemplateSection_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.TemplateSection#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see se.finsam.model.TemplateSection#getTitle()
	 * @see #getTemplateSection()
	 * @generated
	 */
	EAttribute getTemplateSection_Title();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.TemplateSection#getIntro <em>Intro</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intro</em>'.
	 * @see se.finsam.model.TemplateSection#getIntro()
	 * @see #getTemplateSection()
	 * @generated
	 */
	EAttribute getTemplateSection_Intro();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.TemplateSection#getForKind <em>For Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>For Kind</em>'.
	 * @see se.finsam.model.TemplateSection#getForKind()
	 * @see #getTemplateSection()
	 * @generated
	 */
	EAttribute getTemplateSection_ForKind();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.TemplateSection#getParts <em>Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parts</em>'.
	 * @see se.finsam.model.TemplateSection#getParts()
	 * @see #getTemplateSection()
	 * @generated
	 */
	EReference getTemplateSection_Parts();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.TemplatePart <em>Template Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Template Part</em>'.
	 * @see se.finsam.model.TemplatePart
	 * @generated
	 */
	EClass getTemplatePart();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.TemplatePart#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.TemplatePart#getId()
	 * @see #getTemplatePart()
	 * @generated
	 */
	EAttribute getTemplatePart_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.TemplatePart#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see se.finsam.model.TemplatePart#getTitle()
	 * @see #getTemplatePart()
	 * @generated
	 */
	EAttribute getTemplatePart_Title();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.TemplatePart#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance</em>'.
	 * @see se.finsam.model.TemplatePart#getGuidance()
	 * @see #getTemplatePart()
	 * @generated
	 */
	EAttribute getTemplatePart_Guidance();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.TemplatePart#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see se.finsam.model.TemplatePart#isRequired()
	 * @see #getTemplatePart()
	 * @generated
	 */
	EAttribute getTemplatePart_Required();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.TextQuestion <em>Text Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Question</em>'.
	 * @see se.finsam.model.TextQuestion
	 * @generated
	 */
	EClass getTextQuestion();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.TextQuestion#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see se.finsam.model.TextQuestion#getSource()
	 * @see #getTextQuestion()
	 * @generated
	 */
	EAttribute getTextQuestion_Source();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.StatisticTable <em>Statistic Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Statistic Table</em>'.
	 * @see se.finsam.model.StatisticTable
	 * @generated
	 */
	EClass getStatisticTable();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.StatisticTable#getStatistic <em>Statistic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statistic</em>'.
	 * @see se.finsam.model.StatisticTable#getStatistic()
	 * @see #getStatisticTable()
	 * @generated
	 */
	EAttribute getStatisticTable_Statistic();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.StatisticTable#isComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see se.finsam.model.StatisticTable#isComment()
	 * @see #getStatisticTable()
	 * @generated
	 */
	EAttribute getStatisticTable_Comment();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.StatisticChart <em>Statistic Chart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Statistic Chart</em>'.
	 * @see se.finsam.model.StatisticChart
	 * @generated
	 */
	EClass getStatisticChart();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.StatisticChart#getStatistic <em>Statistic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statistic</em>'.
	 * @see se.finsam.model.StatisticChart#getStatistic()
	 * @see #getStatisticChart()
	 * @generated
	 */
	EAttribute getStatisticChart_Statistic();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.StatisticChart#getChartType <em>Chart Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chart Type</em>'.
	 * @see se.finsam.model.StatisticChart#getChartType()
	 * @see #getStatisticChart()
	 * @generated
	 */
	EAttribute getStatisticChart_ChartType();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.StatisticChart#getValueColumn <em>Value Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Column</em>'.
	 * @see se.finsam.model.StatisticChart#getValueColumn()
	 * @see #getStatisticChart()
	 * @generated
	 */
	EAttribute getStatisticChart_ValueColumn();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.StatisticChart#getExcludeLastRows <em>Exclude Last Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude Last Rows</em>'.
	 * @see se.finsam.model.StatisticChart#getExcludeLastRows()
	 * @see #getStatisticChart()
	 * @generated
	 */
	EAttribute getStatisticChart_ExcludeLastRows();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.ProjectFacts <em>Project Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project Facts</em>'.
	 * @see se.finsam.model.ProjectFacts
	 * @generated
	 */
	EClass getProjectFacts();

	/**
	 * Returns the meta object for the attribute list '{@link se.finsam.model.ProjectFacts#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Facts</em>'.
	 * @see se.finsam.model.ProjectFacts#getFacts()
	 * @see #getProjectFacts()
	 * @generated
	 */
	EAttribute getProjectFacts_Facts();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.Checklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist</em>'.
	 * @see se.finsam.model.Checklist
	 * @generated
	 */
	EClass getChecklist();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.Checklist#getCommentLabel <em>Comment Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment Label</em>'.
	 * @see se.finsam.model.Checklist#getCommentLabel()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_CommentLabel();

	/**
	 * Returns the meta object for the containment reference list '{@link se.finsam.model.Checklist#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see se.finsam.model.Checklist#getItems()
	 * @see #getChecklist()
	 * @generated
	 */
	EReference getChecklist_Items();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.ChecklistItem <em>Checklist Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Item</em>'.
	 * @see se.finsam.model.ChecklistItem
	 * @generated
	 */
	EClass getChecklistItem();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ChecklistItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see se.finsam.model.ChecklistItem#getId()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.ChecklistItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see se.finsam.model.ChecklistItem#getText()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Text();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.GoalsTable <em>Goals Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goals Table</em>'.
	 * @see se.finsam.model.GoalsTable
	 * @generated
	 */
	EClass getGoalsTable();

	/**
	 * Returns the meta object for class '{@link se.finsam.model.SignatureBlock <em>Signature Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signature Block</em>'.
	 * @see se.finsam.model.SignatureBlock
	 * @generated
	 */
	EClass getSignatureBlock();

	/**
	 * Returns the meta object for the attribute '{@link se.finsam.model.SignatureBlock#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see se.finsam.model.SignatureBlock#getRole()
	 * @see #getSignatureBlock()
	 * @generated
	 */
	EAttribute getSignatureBlock_Role();

	/**
	 * Returns the meta object for enum '{@link se.finsam.model.ProjectKind <em>Project Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Project Kind</em>'.
	 * @see se.finsam.model.ProjectKind
	 * @generated
	 */
	EEnum getProjectKind();

	/**
	 * Returns the meta object for enum '{@link se.finsam.model.Gender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gender</em>'.
	 * @see se.finsam.model.Gender
	 * @generated
	 */
	EEnum getGender();

	/**
	 * Returns the meta object for enum '{@link se.finsam.model.ReportStatus <em>Report Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Report Status</em>'.
	 * @see se.finsam.model.ReportStatus
	 * @generated
	 */
	EEnum getReportStatus();

	/**
	 * Returns the meta object for enum '{@link se.finsam.model.TemplateKind <em>Template Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Template Kind</em>'.
	 * @see se.finsam.model.TemplateKind
	 * @generated
	 */
	EEnum getTemplateKind();

	/**
	 * Returns the meta object for enum '{@link se.finsam.model.ChartType <em>Chart Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Chart Type</em>'.
	 * @see se.finsam.model.ChartType
	 * @generated
	 */
	EEnum getChartType();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, ISO 8601 (2016-12-31) in XMI.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FinsamFactory getFinsamFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.AssociationImpl <em>Association</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.AssociationImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getAssociation()
		 * @generated
		 */
		EClass ASSOCIATION = eINSTANCE.getAssociation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSOCIATION__ID = eINSTANCE.getAssociation_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSOCIATION__NAME = eINSTANCE.getAssociation_Name();

		/**
		 * The meta object literal for the '<em><b>Organisation Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSOCIATION__ORGANISATION_NUMBER = eINSTANCE.getAssociation_OrganisationNumber();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSOCIATION__REVISION = eINSTANCE.getAssociation_Revision();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSOCIATION__PARTIES = eINSTANCE.getAssociation_Parties();

		/**
		 * The meta object literal for the '<em><b>Local Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSOCIATION__LOCAL_GROUPS = eINSTANCE.getAssociation_LocalGroups();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSOCIATION__PROJECTS = eINSTANCE.getAssociation_Projects();

		/**
		 * The meta object literal for the '<em><b>Example</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSOCIATION__EXAMPLE = eINSTANCE.getAssociation_Example();

		/**
		 * The meta object literal for the '<em><b>Diarienummer Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSOCIATION__DIARIENUMMER_FORMAT = eINSTANCE.getAssociation_DiarienummerFormat();

		/**
		 * The meta object literal for the '<em><b>Retention Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSOCIATION__RETENTION_YEARS = eINSTANCE.getAssociation_RetentionYears();

		/**
		 * The meta object literal for the '<em><b>Attribute Definitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSOCIATION__ATTRIBUTE_DEFINITIONS = eINSTANCE.getAssociation_AttributeDefinitions();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.AttributeDefinitionImpl <em>Attribute Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.AttributeDefinitionImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getAttributeDefinition()
		 * @generated
		 */
		EClass ATTRIBUTE_DEFINITION = eINSTANCE.getAttributeDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__NAME = eINSTANCE.getAttributeDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Personal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_DEFINITION__PERSONAL = eINSTANCE.getAttributeDefinition_Personal();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.PartyImpl <em>Party</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.PartyImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getParty()
		 * @generated
		 */
		EClass PARTY = eINSTANCE.getParty();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__ID = eINSTANCE.getParty_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__KIND = eINSTANCE.getParty_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__NAME = eINSTANCE.getParty_Name();

		/**
		 * The meta object literal for the '<em><b>Financing Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__FINANCING_SHARE = eINSTANCE.getParty_FinancingShare();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.LocalGroupImpl <em>Local Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.LocalGroupImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getLocalGroup()
		 * @generated
		 */
		EClass LOCAL_GROUP = eINSTANCE.getLocalGroup();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_GROUP__ID = eINSTANCE.getLocalGroup_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_GROUP__KIND = eINSTANCE.getLocalGroup_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_GROUP__NAME = eINSTANCE.getLocalGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_GROUP__DESCRIPTION = eINSTANCE.getLocalGroup_Description();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.ProjectImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__ID = eINSTANCE.getProject_Id();

		/**
		 * The meta object literal for the '<em><b>Diarienummer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__DIARIENUMMER = eINSTANCE.getProject_Diarienummer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__KIND = eINSTANCE.getProject_Kind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__OWNER = eINSTANCE.getProject_Owner();

		/**
		 * The meta object literal for the '<em><b>Participating Parties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__PARTICIPATING_PARTIES = eINSTANCE.getProject_ParticipatingParties();

		/**
		 * The meta object literal for the '<em><b>Granted Period</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__GRANTED_PERIOD = eINSTANCE.getProject_GrantedPeriod();

		/**
		 * The meta object literal for the '<em><b>Earlier Periods</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__EARLIER_PERIODS = eINSTANCE.getProject_EarlierPeriods();

		/**
		 * The meta object literal for the '<em><b>Target Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__TARGET_GROUP = eINSTANCE.getProject_TargetGroup();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__RESOURCES = eINSTANCE.getProject_Resources();

		/**
		 * The meta object literal for the '<em><b>Methods</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__METHODS = eINSTANCE.getProject_Methods();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__ACTIVITIES = eINSTANCE.getProject_Activities();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__GOALS = eINSTANCE.getProject_Goals();

		/**
		 * The meta object literal for the '<em><b>Dropout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__DROPOUT = eINSTANCE.getProject_Dropout();

		/**
		 * The meta object literal for the '<em><b>Success Factors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__SUCCESS_FACTORS = eINSTANCE.getProject_SuccessFactors();

		/**
		 * The meta object literal for the '<em><b>System Faults</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__SYSTEM_FAULTS = eINSTANCE.getProject_SystemFaults();

		/**
		 * The meta object literal for the '<em><b>Steering Group Analysis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__STEERING_GROUP_ANALYSIS = eINSTANCE.getProject_SteeringGroupAnalysis();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SIGNATURE = eINSTANCE.getProject_Signature();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__BUDGET = eINSTANCE.getProject_Budget();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__PARTICIPANTS = eINSTANCE.getProject_Participants();

		/**
		 * The meta object literal for the '<em><b>Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__REPORTS = eINSTANCE.getProject_Reports();

		/**
		 * The meta object literal for the '<em><b>Evaluations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__EVALUATIONS = eINSTANCE.getProject_Evaluations();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__REVISION = eINSTANCE.getProject_Revision();

		/**
		 * The meta object literal for the '<em><b>Content Loaded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CONTENT_LOADED = eINSTANCE.getProject_ContentLoaded();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.PeriodImpl <em>Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.PeriodImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getPeriod()
		 * @generated
		 */
		EClass PERIOD = eINSTANCE.getPeriod();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__START = eINSTANCE.getPeriod_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__END = eINSTANCE.getPeriod_End();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.GoalImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__DESCRIPTION = eINSTANCE.getGoal_Description();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__OUTCOME = eINSTANCE.getGoal_Outcome();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__TARGET = eINSTANCE.getGoal_Target();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__RESULT = eINSTANCE.getGoal_Result();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__UNIT = eINSTANCE.getGoal_Unit();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.DropoutImpl <em>Dropout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.DropoutImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getDropout()
		 * @generated
		 */
		EClass DROPOUT = eINSTANCE.getDropout();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DROPOUT__COUNT = eINSTANCE.getDropout_Count();

		/**
		 * The meta object literal for the '<em><b>Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DROPOUT__SHARE = eINSTANCE.getDropout_Share();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DROPOUT__COMMENT = eINSTANCE.getDropout_Comment();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.SignatureImpl <em>Signature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.SignatureImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getSignature()
		 * @generated
		 */
		EClass SIGNATURE = eINSTANCE.getSignature();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__DATE = eINSTANCE.getSignature_Date();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__NAME = eINSTANCE.getSignature_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__ROLE = eINSTANCE.getSignature_Role();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.BudgetImpl <em>Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.BudgetImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getBudget()
		 * @generated
		 */
		EClass BUDGET = eINSTANCE.getBudget();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__LINES = eINSTANCE.getBudget_Lines();

		/**
		 * The meta object literal for the '<em><b>Flat Rates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__FLAT_RATES = eINSTANCE.getBudget_FlatRates();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.BudgetLineImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__ID = eINSTANCE.getBudgetLine_Id();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__CATEGORY = eINSTANCE.getBudgetLine_Category();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__LABEL = eINSTANCE.getBudgetLine_Label();

		/**
		 * The meta object literal for the '<em><b>Amounts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__AMOUNTS = eINSTANCE.getBudgetLine_Amounts();

		/**
		 * The meta object literal for the '<em><b>Total Budget</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BUDGET_LINE___TOTAL_BUDGET = eINSTANCE.getBudgetLine__TotalBudget();

		/**
		 * The meta object literal for the '<em><b>Total Requisitioned</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BUDGET_LINE___TOTAL_REQUISITIONED = eINSTANCE.getBudgetLine__TotalRequisitioned();

		/**
		 * The meta object literal for the '<em><b>Total Accumulated Cost</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BUDGET_LINE___TOTAL_ACCUMULATED_COST = eINSTANCE.getBudgetLine__TotalAccumulatedCost();

		/**
		 * The meta object literal for the '<em><b>Total Remaining</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BUDGET_LINE___TOTAL_REMAINING = eINSTANCE.getBudgetLine__TotalRemaining();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.BudgetAmountImpl <em>Budget Amount</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.BudgetAmountImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getBudgetAmount()
		 * @generated
		 */
		EClass BUDGET_AMOUNT = eINSTANCE.getBudgetAmount();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_AMOUNT__YEAR = eINSTANCE.getBudgetAmount_Year();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_AMOUNT__BUDGET = eINSTANCE.getBudgetAmount_Budget();

		/**
		 * The meta object literal for the '<em><b>Requisitioned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_AMOUNT__REQUISITIONED = eINSTANCE.getBudgetAmount_Requisitioned();

		/**
		 * The meta object literal for the '<em><b>Accumulated Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_AMOUNT__ACCUMULATED_COST = eINSTANCE.getBudgetAmount_AccumulatedCost();

		/**
		 * The meta object literal for the '<em><b>Remaining</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BUDGET_AMOUNT___REMAINING = eINSTANCE.getBudgetAmount__Remaining();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.FlatRateImpl <em>Flat Rate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.FlatRateImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getFlatRate()
		 * @generated
		 */
		EClass FLAT_RATE = eINSTANCE.getFlatRate();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAT_RATE__LABEL = eINSTANCE.getFlatRate_Label();

		/**
		 * The meta object literal for the '<em><b>Annual Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAT_RATE__ANNUAL_AMOUNT = eINSTANCE.getFlatRate_AnnualAmount();

		/**
		 * The meta object literal for the '<em><b>Employer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLAT_RATE__EMPLOYER = eINSTANCE.getFlatRate_Employer();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAT_RATE__START = eINSTANCE.getFlatRate_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLAT_RATE__END = eINSTANCE.getFlatRate_End();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.ParticipantImpl <em>Participant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.ParticipantImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getParticipant()
		 * @generated
		 */
		EClass PARTICIPANT = eINSTANCE.getParticipant();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__ID = eINSTANCE.getParticipant_Id();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__CODE = eINSTANCE.getParticipant_Code();

		/**
		 * The meta object literal for the '<em><b>Personal Identity Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__PERSONAL_IDENTITY_NUMBER = eINSTANCE.getParticipant_PersonalIdentityNumber();

		/**
		 * The meta object literal for the '<em><b>Gender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__GENDER = eINSTANCE.getParticipant_Gender();

		/**
		 * The meta object literal for the '<em><b>Birth Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__BIRTH_YEAR = eINSTANCE.getParticipant_BirthYear();

		/**
		 * The meta object literal for the '<em><b>Consent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__CONSENT = eINSTANCE.getParticipant_Consent();

		/**
		 * The meta object literal for the '<em><b>Enrolment Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__ENROLMENT_DATE = eINSTANCE.getParticipant_EnrolmentDate();

		/**
		 * The meta object literal for the '<em><b>Enrolment Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__ENROLMENT_YEAR = eINSTANCE.getParticipant_EnrolmentYear();

		/**
		 * The meta object literal for the '<em><b>Exit Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__EXIT_DATE = eINSTANCE.getParticipant_ExitDate();

		/**
		 * The meta object literal for the '<em><b>Referring Party</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__REFERRING_PARTY = eINSTANCE.getParticipant_ReferringParty();

		/**
		 * The meta object literal for the '<em><b>Support At Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__SUPPORT_AT_START = eINSTANCE.getParticipant_SupportAtStart();

		/**
		 * The meta object literal for the '<em><b>Support Extent At Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__SUPPORT_EXTENT_AT_START = eINSTANCE.getParticipant_SupportExtentAtStart();

		/**
		 * The meta object literal for the '<em><b>Support At Exit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__SUPPORT_AT_EXIT = eINSTANCE.getParticipant_SupportAtExit();

		/**
		 * The meta object literal for the '<em><b>Support Extent At Exit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__SUPPORT_EXTENT_AT_EXIT = eINSTANCE.getParticipant_SupportExtentAtExit();

		/**
		 * The meta object literal for the '<em><b>Occupation At Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__OCCUPATION_AT_START = eINSTANCE.getParticipant_OccupationAtStart();

		/**
		 * The meta object literal for the '<em><b>Occupation At Exit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__OCCUPATION_AT_EXIT = eINSTANCE.getParticipant_OccupationAtExit();

		/**
		 * The meta object literal for the '<em><b>Consent Withdrawn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__CONSENT_WITHDRAWN = eINSTANCE.getParticipant_ConsentWithdrawn();

		/**
		 * The meta object literal for the '<em><b>Identity Erased</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__IDENTITY_ERASED = eINSTANCE.getParticipant_IdentityErased();

		/**
		 * The meta object literal for the '<em><b>Exit Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__EXIT_REASON = eINSTANCE.getParticipant_ExitReason();

		/**
		 * The meta object literal for the '<em><b>Start Measurement</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__START_MEASUREMENT = eINSTANCE.getParticipant_StartMeasurement();

		/**
		 * The meta object literal for the '<em><b>Exit Measurement</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__EXIT_MEASUREMENT = eINSTANCE.getParticipant_ExitMeasurement();

		/**
		 * The meta object literal for the '<em><b>Extra Attributes</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTICIPANT__EXTRA_ATTRIBUTES = eINSTANCE.getParticipant_ExtraAttributes();

		/**
		 * The meta object literal for the '<em><b>Effective Enrolment Year</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PARTICIPANT___EFFECTIVE_ENROLMENT_YEAR = eINSTANCE.getParticipant__EffectiveEnrolmentYear();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.MeasurementImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__DATE = eINSTANCE.getMeasurement_Date();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__ANSWERS = eINSTANCE.getMeasurement_Answers();

		/**
		 * The meta object literal for the '<em><b>Eq5d Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__EQ5D_INDEX = eINSTANCE.getMeasurement_Eq5dIndex();

		/**
		 * The meta object literal for the '<em><b>Eq5d Vas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__EQ5D_VAS = eINSTANCE.getMeasurement_Eq5dVas();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.ReportInstanceImpl <em>Report Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.ReportInstanceImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getReportInstance()
		 * @generated
		 */
		EClass REPORT_INSTANCE = eINSTANCE.getReportInstance();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_INSTANCE__ID = eINSTANCE.getReportInstance_Id();

		/**
		 * The meta object literal for the '<em><b>Template Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_INSTANCE__TEMPLATE_ID = eINSTANCE.getReportInstance_TemplateId();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_INSTANCE__TITLE = eINSTANCE.getReportInstance_Title();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT_INSTANCE__PERIOD = eINSTANCE.getReportInstance_Period();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_INSTANCE__STATUS = eINSTANCE.getReportInstance_Status();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT_INSTANCE__ANSWERS = eINSTANCE.getReportInstance_Answers();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_INSTANCE__MODIFIED = eINSTANCE.getReportInstance_Modified();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.AnswerImpl <em>Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.AnswerImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getAnswer()
		 * @generated
		 */
		EClass ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '<em><b>Part Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__PART_ID = eINSTANCE.getAnswer_PartId();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__TEXT = eINSTANCE.getAnswer_Text();

		/**
		 * The meta object literal for the '<em><b>Checked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__CHECKED = eINSTANCE.getAnswer_Checked();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__COMMENT = eINSTANCE.getAnswer_Comment();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANSWER__VALUES = eINSTANCE.getAnswer_Values();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.EvaluationImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__ID = eINSTANCE.getEvaluation_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__NAME = eINSTANCE.getEvaluation_Name();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__CREATED = eINSTANCE.getEvaluation_Created();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__INPUTS = eINSTANCE.getEvaluation_Inputs();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.CodeListSetImpl <em>Code List Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.CodeListSetImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getCodeListSet()
		 * @generated
		 */
		EClass CODE_LIST_SET = eINSTANCE.getCodeListSet();

		/**
		 * The meta object literal for the '<em><b>Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE_LIST_SET__LISTS = eINSTANCE.getCodeListSet_Lists();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.CodeListImpl <em>Code List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.CodeListImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getCodeList()
		 * @generated
		 */
		EClass CODE_LIST = eINSTANCE.getCodeList();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_LIST__ID = eINSTANCE.getCodeList_Id();

		/**
		 * The meta object literal for the '<em><b>Name Sv</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_LIST__NAME_SV = eINSTANCE.getCodeList_NameSv();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_LIST__NAME_EN = eINSTANCE.getCodeList_NameEn();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE_LIST__ENTRIES = eINSTANCE.getCodeList_Entries();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.CodeEntryImpl <em>Code Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.CodeEntryImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getCodeEntry()
		 * @generated
		 */
		EClass CODE_ENTRY = eINSTANCE.getCodeEntry();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_ENTRY__CODE = eINSTANCE.getCodeEntry_Code();

		/**
		 * The meta object literal for the '<em><b>Label Sv</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_ENTRY__LABEL_SV = eINSTANCE.getCodeEntry_LabelSv();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_ENTRY__LABEL_EN = eINSTANCE.getCodeEntry_LabelEn();

		/**
		 * The meta object literal for the '<em><b>Positive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_ENTRY__POSITIVE = eINSTANCE.getCodeEntry_Positive();

		/**
		 * The meta object literal for the '<em><b>Synonyms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_ENTRY__SYNONYMS = eINSTANCE.getCodeEntry_Synonyms();

		/**
		 * The meta object literal for the '<em><b>Obsolete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_ENTRY__OBSOLETE = eINSTANCE.getCodeEntry_Obsolete();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.ReportTemplateImpl <em>Report Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.ReportTemplateImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getReportTemplate()
		 * @generated
		 */
		EClass REPORT_TEMPLATE = eINSTANCE.getReportTemplate();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_TEMPLATE__ID = eINSTANCE.getReportTemplate_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_TEMPLATE__NAME = eINSTANCE.getReportTemplate_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_TEMPLATE__NAME_EN = eINSTANCE.getReportTemplate_NameEn();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_TEMPLATE__KIND = eINSTANCE.getReportTemplate_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_TEMPLATE__DESCRIPTION = eINSTANCE.getReportTemplate_Description();

		/**
		 * The meta object literal for the '<em><b>Intro</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_TEMPLATE__INTRO = eINSTANCE.getReportTemplate_Intro();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT_TEMPLATE__SECTIONS = eINSTANCE.getReportTemplate_Sections();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.TemplateSectionImpl <em>Template Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.TemplateSectionImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getTemplateSection()
		 * @generated
		 */
		EClass TEMPLATE_SECTION = eINSTANCE.getTemplateSection();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_SECTION__ID = eINSTANCE.getTemplateSection_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_SECTION__TITLE = eINSTANCE.getTemplateSection_Title();

		/**
		 * The meta object literal for the '<em><b>Intro</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_SECTION__INTRO = eINSTANCE.getTemplateSection_Intro();

		/**
		 * The meta object literal for the '<em><b>For Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_SECTION__FOR_KIND = eINSTANCE.getTemplateSection_ForKind();

		/**
		 * The meta object literal for the '<em><b>Parts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEMPLATE_SECTION__PARTS = eINSTANCE.getTemplateSection_Parts();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.TemplatePartImpl <em>Template Part</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.TemplatePartImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getTemplatePart()
		 * @generated
		 */
		EClass TEMPLATE_PART = eINSTANCE.getTemplatePart();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_PART__ID = eINSTANCE.getTemplatePart_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_PART__TITLE = eINSTANCE.getTemplatePart_Title();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_PART__GUIDANCE = eINSTANCE.getTemplatePart_Guidance();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_PART__REQUIRED = eINSTANCE.getTemplatePart_Required();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.TextQuestionImpl <em>Text Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.TextQuestionImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getTextQuestion()
		 * @generated
		 */
		EClass TEXT_QUESTION = eINSTANCE.getTextQuestion();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_QUESTION__SOURCE = eINSTANCE.getTextQuestion_Source();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.StatisticTableImpl <em>Statistic Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.StatisticTableImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getStatisticTable()
		 * @generated
		 */
		EClass STATISTIC_TABLE = eINSTANCE.getStatisticTable();

		/**
		 * The meta object literal for the '<em><b>Statistic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTIC_TABLE__STATISTIC = eINSTANCE.getStatisticTable_Statistic();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTIC_TABLE__COMMENT = eINSTANCE.getStatisticTable_Comment();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.StatisticChartImpl <em>Statistic Chart</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.StatisticChartImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getStatisticChart()
		 * @generated
		 */
		EClass STATISTIC_CHART = eINSTANCE.getStatisticChart();

		/**
		 * The meta object literal for the '<em><b>Statistic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTIC_CHART__STATISTIC = eINSTANCE.getStatisticChart_Statistic();

		/**
		 * The meta object literal for the '<em><b>Chart Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTIC_CHART__CHART_TYPE = eINSTANCE.getStatisticChart_ChartType();

		/**
		 * The meta object literal for the '<em><b>Value Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTIC_CHART__VALUE_COLUMN = eINSTANCE.getStatisticChart_ValueColumn();

		/**
		 * The meta object literal for the '<em><b>Exclude Last Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATISTIC_CHART__EXCLUDE_LAST_ROWS = eINSTANCE.getStatisticChart_ExcludeLastRows();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.ProjectFactsImpl <em>Project Facts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.ProjectFactsImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getProjectFacts()
		 * @generated
		 */
		EClass PROJECT_FACTS = eINSTANCE.getProjectFacts();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_FACTS__FACTS = eINSTANCE.getProjectFacts_Facts();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.ChecklistImpl <em>Checklist</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.ChecklistImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getChecklist()
		 * @generated
		 */
		EClass CHECKLIST = eINSTANCE.getChecklist();

		/**
		 * The meta object literal for the '<em><b>Comment Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__COMMENT_LABEL = eINSTANCE.getChecklist_CommentLabel();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST__ITEMS = eINSTANCE.getChecklist_Items();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.ChecklistItemImpl <em>Checklist Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.ChecklistItemImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getChecklistItem()
		 * @generated
		 */
		EClass CHECKLIST_ITEM = eINSTANCE.getChecklistItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__ID = eINSTANCE.getChecklistItem_Id();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__TEXT = eINSTANCE.getChecklistItem_Text();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.GoalsTableImpl <em>Goals Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.GoalsTableImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getGoalsTable()
		 * @generated
		 */
		EClass GOALS_TABLE = eINSTANCE.getGoalsTable();

		/**
		 * The meta object literal for the '{@link se.finsam.model.impl.SignatureBlockImpl <em>Signature Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.impl.SignatureBlockImpl
		 * @see se.finsam.model.impl.FinsamPackageImpl#getSignatureBlock()
		 * @generated
		 */
		EClass SIGNATURE_BLOCK = eINSTANCE.getSignatureBlock();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE_BLOCK__ROLE = eINSTANCE.getSignatureBlock_Role();

		/**
		 * The meta object literal for the '{@link se.finsam.model.ProjectKind <em>Project Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.ProjectKind
		 * @see se.finsam.model.impl.FinsamPackageImpl#getProjectKind()
		 * @generated
		 */
		EEnum PROJECT_KIND = eINSTANCE.getProjectKind();

		/**
		 * The meta object literal for the '{@link se.finsam.model.Gender <em>Gender</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.Gender
		 * @see se.finsam.model.impl.FinsamPackageImpl#getGender()
		 * @generated
		 */
		EEnum GENDER = eINSTANCE.getGender();

		/**
		 * The meta object literal for the '{@link se.finsam.model.ReportStatus <em>Report Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.ReportStatus
		 * @see se.finsam.model.impl.FinsamPackageImpl#getReportStatus()
		 * @generated
		 */
		EEnum REPORT_STATUS = eINSTANCE.getReportStatus();

		/**
		 * The meta object literal for the '{@link se.finsam.model.TemplateKind <em>Template Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.TemplateKind
		 * @see se.finsam.model.impl.FinsamPackageImpl#getTemplateKind()
		 * @generated
		 */
		EEnum TEMPLATE_KIND = eINSTANCE.getTemplateKind();

		/**
		 * The meta object literal for the '{@link se.finsam.model.ChartType <em>Chart Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see se.finsam.model.ChartType
		 * @see se.finsam.model.impl.FinsamPackageImpl#getChartType()
		 * @generated
		 */
		EEnum CHART_TYPE = eINSTANCE.getChartType();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see se.finsam.model.impl.FinsamPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //FinsamPackage
