/**
 * Finsam Workbench
 */
package se.finsam.model.util;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import se.finsam.model.validation.AssociationRules;
import se.finsam.model.validation.BudgetRules;
import se.finsam.model.validation.ParticipantRules;
import se.finsam.model.validation.ProjectRules;

import se.finsam.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see se.finsam.model.FinsamPackage
 * @generated
 */
public class FinsamValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final FinsamValidator INSTANCE = new FinsamValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "se.finsam.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FinsamValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return FinsamPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case FinsamPackage.ASSOCIATION:
				return validateAssociation((Association)value, diagnostics, context);
			case FinsamPackage.ATTRIBUTE_DEFINITION:
				return validateAttributeDefinition((AttributeDefinition)value, diagnostics, context);
			case FinsamPackage.PARTY:
				return validateParty((Party)value, diagnostics, context);
			case FinsamPackage.LOCAL_GROUP:
				return validateLocalGroup((LocalGroup)value, diagnostics, context);
			case FinsamPackage.PROJECT:
				return validateProject((Project)value, diagnostics, context);
			case FinsamPackage.PERIOD:
				return validatePeriod((Period)value, diagnostics, context);
			case FinsamPackage.GOAL:
				return validateGoal((Goal)value, diagnostics, context);
			case FinsamPackage.DROPOUT:
				return validateDropout((Dropout)value, diagnostics, context);
			case FinsamPackage.SIGNATURE:
				return validateSignature((Signature)value, diagnostics, context);
			case FinsamPackage.BUDGET:
				return validateBudget((Budget)value, diagnostics, context);
			case FinsamPackage.BUDGET_LINE:
				return validateBudgetLine((BudgetLine)value, diagnostics, context);
			case FinsamPackage.BUDGET_AMOUNT:
				return validateBudgetAmount((BudgetAmount)value, diagnostics, context);
			case FinsamPackage.FLAT_RATE:
				return validateFlatRate((FlatRate)value, diagnostics, context);
			case FinsamPackage.PARTICIPANT:
				return validateParticipant((Participant)value, diagnostics, context);
			case FinsamPackage.MEASUREMENT:
				return validateMeasurement((Measurement)value, diagnostics, context);
			case FinsamPackage.REPORT_INSTANCE:
				return validateReportInstance((ReportInstance)value, diagnostics, context);
			case FinsamPackage.ANSWER:
				return validateAnswer((Answer)value, diagnostics, context);
			case FinsamPackage.EVALUATION:
				return validateEvaluation((Evaluation)value, diagnostics, context);
			case FinsamPackage.CODE_LIST_SET:
				return validateCodeListSet((CodeListSet)value, diagnostics, context);
			case FinsamPackage.CODE_LIST:
				return validateCodeList((CodeList)value, diagnostics, context);
			case FinsamPackage.CODE_ENTRY:
				return validateCodeEntry((CodeEntry)value, diagnostics, context);
			case FinsamPackage.REPORT_TEMPLATE:
				return validateReportTemplate((ReportTemplate)value, diagnostics, context);
			case FinsamPackage.TEMPLATE_SECTION:
				return validateTemplateSection((TemplateSection)value, diagnostics, context);
			case FinsamPackage.TEMPLATE_PART:
				return validateTemplatePart((TemplatePart)value, diagnostics, context);
			case FinsamPackage.TEXT_QUESTION:
				return validateTextQuestion((TextQuestion)value, diagnostics, context);
			case FinsamPackage.STATISTIC_TABLE:
				return validateStatisticTable((StatisticTable)value, diagnostics, context);
			case FinsamPackage.STATISTIC_CHART:
				return validateStatisticChart((StatisticChart)value, diagnostics, context);
			case FinsamPackage.PROJECT_FACTS:
				return validateProjectFacts((ProjectFacts)value, diagnostics, context);
			case FinsamPackage.CHECKLIST:
				return validateChecklist((Checklist)value, diagnostics, context);
			case FinsamPackage.CHECKLIST_ITEM:
				return validateChecklistItem((ChecklistItem)value, diagnostics, context);
			case FinsamPackage.GOALS_TABLE:
				return validateGoalsTable((GoalsTable)value, diagnostics, context);
			case FinsamPackage.SIGNATURE_BLOCK:
				return validateSignatureBlock((SignatureBlock)value, diagnostics, context);
			case FinsamPackage.PROJECT_KIND:
				return validateProjectKind((ProjectKind)value, diagnostics, context);
			case FinsamPackage.GENDER:
				return validateGender((Gender)value, diagnostics, context);
			case FinsamPackage.REPORT_STATUS:
				return validateReportStatus((ReportStatus)value, diagnostics, context);
			case FinsamPackage.TEMPLATE_KIND:
				return validateTemplateKind((TemplateKind)value, diagnostics, context);
			case FinsamPackage.CHART_TYPE:
				return validateChartType((ChartType)value, diagnostics, context);
			case FinsamPackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssociation(Association association, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(association, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(association, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(association, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(association, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(association, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(association, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(association, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(association, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(association, diagnostics, context);
		if (result || diagnostics != null) result &= validateAssociation_financingSharesSumTo100(association, diagnostics, context);
		if (result || diagnostics != null) result &= validateAssociation_uniqueDiarienummer(association, diagnostics, context);
		if (result || diagnostics != null) result &= validateAssociation_validOrganisationNumber(association, diagnostics, context);
		if (result || diagnostics != null) result &= validateAssociation_nameRequired(association, diagnostics, context);
		if (result || diagnostics != null) result &= validateAssociation_retentionInRange(association, diagnostics, context);
		return result;
	}

	/**
	 * Validates the financingSharesSumTo100 constraint of '<em>Association</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAssociation_financingSharesSumTo100(Association association, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AssociationRules.financingSharesSumTo100(association, diagnostics, context);
	}

	/**
	 * Validates the uniqueDiarienummer constraint of '<em>Association</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAssociation_uniqueDiarienummer(Association association, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AssociationRules.uniqueDiarienummer(association, diagnostics, context);
	}

	/**
	 * Validates the validOrganisationNumber constraint of '<em>Association</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAssociation_validOrganisationNumber(Association association, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AssociationRules.validOrganisationNumber(association, diagnostics, context);
	}

	/**
	 * Validates the nameRequired constraint of '<em>Association</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAssociation_nameRequired(Association association, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AssociationRules.nameRequired(association, diagnostics, context);
	}

	/**
	 * Validates the retentionInRange constraint of '<em>Association</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAssociation_retentionInRange(Association association, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AssociationRules.retentionInRange(association, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttributeDefinition(AttributeDefinition attributeDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(attributeDefinition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParty(Party party, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(party, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(party, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(party, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(party, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(party, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(party, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(party, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(party, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(party, diagnostics, context);
		if (result || diagnostics != null) result &= validateParty_nonNegativeShare(party, diagnostics, context);
		if (result || diagnostics != null) result &= validateParty_nameRequired(party, diagnostics, context);
		return result;
	}

	/**
	 * Validates the nonNegativeShare constraint of '<em>Party</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParty_nonNegativeShare(Party party, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AssociationRules.nonNegativeShare(party, diagnostics, context);
	}

	/**
	 * Validates the nameRequired constraint of '<em>Party</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParty_nameRequired(Party party, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AssociationRules.partyNameRequired(party, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalGroup(LocalGroup localGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(localGroup, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProject(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(project, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(project, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(project, diagnostics, context);
		if (result || diagnostics != null) result &= validateProject_diarienummerFormat(project, diagnostics, context);
		if (result || diagnostics != null) result &= validateProject_nameRequired(project, diagnostics, context);
		if (result || diagnostics != null) result &= validateProject_uniqueParticipantCodes(project, diagnostics, context);
		if (result || diagnostics != null) result &= validateProject_ownerIsParticipating(project, diagnostics, context);
		return result;
	}

	/**
	 * Validates the diarienummerFormat constraint of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProject_diarienummerFormat(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ProjectRules.diarienummerFormat(project, diagnostics, context);
	}

	/**
	 * Validates the nameRequired constraint of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProject_nameRequired(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ProjectRules.nameRequired(project, diagnostics, context);
	}

	/**
	 * Validates the uniqueParticipantCodes constraint of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProject_uniqueParticipantCodes(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ProjectRules.uniqueParticipantCodes(project, diagnostics, context);
	}

	/**
	 * Validates the ownerIsParticipating constraint of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProject_ownerIsParticipating(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ProjectRules.ownerIsParticipating(project, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePeriod(Period period, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(period, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(period, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(period, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(period, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(period, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(period, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(period, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(period, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(period, diagnostics, context);
		if (result || diagnostics != null) result &= validatePeriod_endNotBeforeStart(period, diagnostics, context);
		return result;
	}

	/**
	 * Validates the endNotBeforeStart constraint of '<em>Period</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePeriod_endNotBeforeStart(Period period, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ProjectRules.endNotBeforeStart(period, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoal(Goal goal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(goal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDropout(Dropout dropout, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(dropout, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(dropout, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(dropout, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(dropout, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(dropout, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(dropout, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(dropout, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(dropout, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(dropout, diagnostics, context);
		if (result || diagnostics != null) result &= validateDropout_countAndShareInRange(dropout, diagnostics, context);
		return result;
	}

	/**
	 * Validates the countAndShareInRange constraint of '<em>Dropout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDropout_countAndShareInRange(Dropout dropout, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ProjectRules.countAndShareInRange(dropout, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignature(Signature signature, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(signature, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudget(Budget budget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(budget, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudgetLine(BudgetLine budgetLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(budgetLine, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(budgetLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateBudgetLine_uniqueYears(budgetLine, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueYears constraint of '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBudgetLine_uniqueYears(BudgetLine budgetLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return BudgetRules.uniqueYears(budgetLine, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudgetAmount(BudgetAmount budgetAmount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(budgetAmount, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(budgetAmount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(budgetAmount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(budgetAmount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(budgetAmount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(budgetAmount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(budgetAmount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(budgetAmount, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(budgetAmount, diagnostics, context);
		if (result || diagnostics != null) result &= validateBudgetAmount_nonNegativeAmounts(budgetAmount, diagnostics, context);
		return result;
	}

	/**
	 * Validates the nonNegativeAmounts constraint of '<em>Budget Amount</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBudgetAmount_nonNegativeAmounts(BudgetAmount budgetAmount, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return BudgetRules.nonNegativeAmounts(budgetAmount, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFlatRate(FlatRate flatRate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(flatRate, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(flatRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(flatRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(flatRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(flatRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(flatRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(flatRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(flatRate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(flatRate, diagnostics, context);
		if (result || diagnostics != null) result &= validateFlatRate_nonNegativeAmount(flatRate, diagnostics, context);
		if (result || diagnostics != null) result &= validateFlatRate_endNotBeforeStart(flatRate, diagnostics, context);
		return result;
	}

	/**
	 * Validates the nonNegativeAmount constraint of '<em>Flat Rate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFlatRate_nonNegativeAmount(FlatRate flatRate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return BudgetRules.nonNegativeAmount(flatRate, diagnostics, context);
	}

	/**
	 * Validates the endNotBeforeStart constraint of '<em>Flat Rate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFlatRate_endNotBeforeStart(FlatRate flatRate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return BudgetRules.endNotBeforeStart(flatRate, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParticipant(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(participant, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_codeRequired(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_codeFits(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_validPersonalIdentityNumber(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_birthYearInRange(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_exitNotBeforeEnrolment(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_exitReasonNeedsExitDate(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_consentLimitsData(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_extentInRange(participant, diagnostics, context);
		if (result || diagnostics != null) result &= validateParticipant_knownCodes(participant, diagnostics, context);
		return result;
	}

	/**
	 * Validates the codeRequired constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParticipant_codeRequired(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ParticipantRules.codeRequired(participant, diagnostics, context);
	}

	/**
	 * Validates the codeFits constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParticipant_codeFits(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ParticipantRules.codeFits(participant, diagnostics, context);
	}

	/**
	 * Validates the validPersonalIdentityNumber constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParticipant_validPersonalIdentityNumber(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ParticipantRules.validPersonalIdentityNumber(participant, diagnostics, context);
	}

	/**
	 * Validates the birthYearInRange constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParticipant_birthYearInRange(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ParticipantRules.birthYearInRange(participant, diagnostics, context);
	}

	/**
	 * Validates the exitNotBeforeEnrolment constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParticipant_exitNotBeforeEnrolment(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ParticipantRules.exitNotBeforeEnrolment(participant, diagnostics, context);
	}

	/**
	 * Validates the exitReasonNeedsExitDate constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParticipant_exitReasonNeedsExitDate(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ParticipantRules.exitReasonNeedsExitDate(participant, diagnostics, context);
	}

	/**
	 * Validates the consentLimitsData constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParticipant_consentLimitsData(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ParticipantRules.consentLimitsData(participant, diagnostics, context);
	}

	/**
	 * Validates the extentInRange constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParticipant_extentInRange(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ParticipantRules.extentInRange(participant, diagnostics, context);
	}

	/**
	 * Validates the knownCodes constraint of '<em>Participant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParticipant_knownCodes(Participant participant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ParticipantRules.knownCodes(participant, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMeasurement(Measurement measurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(measurement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateMeasurement_eq5dInRange(measurement, diagnostics, context);
		return result;
	}

	/**
	 * Validates the eq5dInRange constraint of '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMeasurement_eq5dInRange(Measurement measurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ParticipantRules.eq5dInRange(measurement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReportInstance(ReportInstance reportInstance, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(reportInstance, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnswer(Answer answer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(answer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvaluation(Evaluation evaluation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evaluation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodeListSet(CodeListSet codeListSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(codeListSet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodeList(CodeList codeList, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(codeList, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCodeEntry(CodeEntry codeEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(codeEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReportTemplate(ReportTemplate reportTemplate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(reportTemplate, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTemplateSection(TemplateSection templateSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(templateSection, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTemplatePart(TemplatePart templatePart, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(templatePart, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTextQuestion(TextQuestion textQuestion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(textQuestion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStatisticTable(StatisticTable statisticTable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(statisticTable, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStatisticChart(StatisticChart statisticChart, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(statisticChart, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProjectFacts(ProjectFacts projectFacts, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(projectFacts, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChecklist(Checklist checklist, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(checklist, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChecklistItem(ChecklistItem checklistItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(checklistItem, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoalsTable(GoalsTable goalsTable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(goalsTable, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignatureBlock(SignatureBlock signatureBlock, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(signatureBlock, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProjectKind(ProjectKind projectKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGender(Gender gender, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReportStatus(ReportStatus reportStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTemplateKind(TemplateKind templateKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChartType(ChartType chartType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * Our rules format their own messages (se.finsam.model.validation.Messages); EMF's serve its basic checks.
	 * @generated NOT
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return super.getResourceLocator();
	}

} //FinsamValidator
