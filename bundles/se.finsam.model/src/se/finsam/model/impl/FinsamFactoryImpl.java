/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import se.finsam.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FinsamFactoryImpl extends EFactoryImpl implements FinsamFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FinsamFactory init() {
		try {
			FinsamFactory theFinsamFactory = (FinsamFactory)EPackage.Registry.INSTANCE.getEFactory(FinsamPackage.eNS_URI);
			if (theFinsamFactory != null) {
				return theFinsamFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FinsamFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FinsamFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FinsamPackage.ASSOCIATION: return createAssociation();
			case FinsamPackage.ATTRIBUTE_DEFINITION: return createAttributeDefinition();
			case FinsamPackage.PARTY: return createParty();
			case FinsamPackage.LOCAL_GROUP: return createLocalGroup();
			case FinsamPackage.PROJECT: return createProject();
			case FinsamPackage.PERIOD: return createPeriod();
			case FinsamPackage.GOAL: return createGoal();
			case FinsamPackage.DROPOUT: return createDropout();
			case FinsamPackage.SIGNATURE: return createSignature();
			case FinsamPackage.BUDGET: return createBudget();
			case FinsamPackage.BUDGET_LINE: return createBudgetLine();
			case FinsamPackage.BUDGET_AMOUNT: return createBudgetAmount();
			case FinsamPackage.FLAT_RATE: return createFlatRate();
			case FinsamPackage.PARTICIPANT: return createParticipant();
			case FinsamPackage.MEASUREMENT: return createMeasurement();
			case FinsamPackage.REPORT_INSTANCE: return createReportInstance();
			case FinsamPackage.ANSWER: return createAnswer();
			case FinsamPackage.EVALUATION: return createEvaluation();
			case FinsamPackage.CODE_LIST_SET: return createCodeListSet();
			case FinsamPackage.CODE_LIST: return createCodeList();
			case FinsamPackage.CODE_ENTRY: return createCodeEntry();
			case FinsamPackage.REPORT_TEMPLATE: return createReportTemplate();
			case FinsamPackage.TEMPLATE_SECTION: return createTemplateSection();
			case FinsamPackage.TEXT_QUESTION: return createTextQuestion();
			case FinsamPackage.STATISTIC_TABLE: return createStatisticTable();
			case FinsamPackage.STATISTIC_CHART: return createStatisticChart();
			case FinsamPackage.PROJECT_FACTS: return createProjectFacts();
			case FinsamPackage.CHECKLIST: return createChecklist();
			case FinsamPackage.CHECKLIST_ITEM: return createChecklistItem();
			case FinsamPackage.GOALS_TABLE: return createGoalsTable();
			case FinsamPackage.SIGNATURE_BLOCK: return createSignatureBlock();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FinsamPackage.PROJECT_KIND:
				return createProjectKindFromString(eDataType, initialValue);
			case FinsamPackage.GENDER:
				return createGenderFromString(eDataType, initialValue);
			case FinsamPackage.REPORT_STATUS:
				return createReportStatusFromString(eDataType, initialValue);
			case FinsamPackage.TEMPLATE_KIND:
				return createTemplateKindFromString(eDataType, initialValue);
			case FinsamPackage.CHART_TYPE:
				return createChartTypeFromString(eDataType, initialValue);
			case FinsamPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FinsamPackage.PROJECT_KIND:
				return convertProjectKindToString(eDataType, instanceValue);
			case FinsamPackage.GENDER:
				return convertGenderToString(eDataType, instanceValue);
			case FinsamPackage.REPORT_STATUS:
				return convertReportStatusToString(eDataType, instanceValue);
			case FinsamPackage.TEMPLATE_KIND:
				return convertTemplateKindToString(eDataType, instanceValue);
			case FinsamPackage.CHART_TYPE:
				return convertChartTypeToString(eDataType, instanceValue);
			case FinsamPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Association createAssociation() {
		AssociationImpl association = new AssociationImpl();
		return association;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeDefinition createAttributeDefinition() {
		AttributeDefinitionImpl attributeDefinition = new AttributeDefinitionImpl();
		return attributeDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party createParty() {
		PartyImpl party = new PartyImpl();
		return party;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalGroup createLocalGroup() {
		LocalGroupImpl localGroup = new LocalGroupImpl();
		return localGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Period createPeriod() {
		PeriodImpl period = new PeriodImpl();
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dropout createDropout() {
		DropoutImpl dropout = new DropoutImpl();
		return dropout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature createSignature() {
		SignatureImpl signature = new SignatureImpl();
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget createBudget() {
		BudgetImpl budget = new BudgetImpl();
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine createBudgetLine() {
		BudgetLineImpl budgetLine = new BudgetLineImpl();
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetAmount createBudgetAmount() {
		BudgetAmountImpl budgetAmount = new BudgetAmountImpl();
		return budgetAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlatRate createFlatRate() {
		FlatRateImpl flatRate = new FlatRateImpl();
		return flatRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant createParticipant() {
		ParticipantImpl participant = new ParticipantImpl();
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement createMeasurement() {
		MeasurementImpl measurement = new MeasurementImpl();
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportInstance createReportInstance() {
		ReportInstanceImpl reportInstance = new ReportInstanceImpl();
		return reportInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer createAnswer() {
		AnswerImpl answer = new AnswerImpl();
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation createEvaluation() {
		EvaluationImpl evaluation = new EvaluationImpl();
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeListSet createCodeListSet() {
		CodeListSetImpl codeListSet = new CodeListSetImpl();
		return codeListSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeList createCodeList() {
		CodeListImpl codeList = new CodeListImpl();
		return codeList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeEntry createCodeEntry() {
		CodeEntryImpl codeEntry = new CodeEntryImpl();
		return codeEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportTemplate createReportTemplate() {
		ReportTemplateImpl reportTemplate = new ReportTemplateImpl();
		return reportTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TemplateSection createTemplateSection() {
		TemplateSectionImpl templateSection = new TemplateSectionImpl();
		return templateSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextQuestion createTextQuestion() {
		TextQuestionImpl textQuestion = new TextQuestionImpl();
		return textQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatisticTable createStatisticTable() {
		StatisticTableImpl statisticTable = new StatisticTableImpl();
		return statisticTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatisticChart createStatisticChart() {
		StatisticChartImpl statisticChart = new StatisticChartImpl();
		return statisticChart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectFacts createProjectFacts() {
		ProjectFactsImpl projectFacts = new ProjectFactsImpl();
		return projectFacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Checklist createChecklist() {
		ChecklistImpl checklist = new ChecklistImpl();
		return checklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistItem createChecklistItem() {
		ChecklistItemImpl checklistItem = new ChecklistItemImpl();
		return checklistItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoalsTable createGoalsTable() {
		GoalsTableImpl goalsTable = new GoalsTableImpl();
		return goalsTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignatureBlock createSignatureBlock() {
		SignatureBlockImpl signatureBlock = new SignatureBlockImpl();
		return signatureBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectKind createProjectKindFromString(EDataType eDataType, String initialValue) {
		ProjectKind result = ProjectKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjectKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Gender createGenderFromString(EDataType eDataType, String initialValue) {
		Gender result = Gender.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGenderToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportStatus createReportStatusFromString(EDataType eDataType, String initialValue) {
		ReportStatus result = ReportStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReportStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TemplateKind createTemplateKindFromString(EDataType eDataType, String initialValue) {
		TemplateKind result = TemplateKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTemplateKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChartType createChartTypeFromString(EDataType eDataType, String initialValue) {
		ChartType result = ChartType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChartTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * ISO 8601 (2016-12-31).
	 * @generated NOT
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return initialValue == null || initialValue.isBlank() ? null : se.finsam.core.Formats.isoDate(initialValue.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * ISO 8601 (2016-12-31).
	 * @generated NOT
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FinsamPackage getFinsamPackage() {
		return (FinsamPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FinsamPackage getPackage() {
		return FinsamPackage.eINSTANCE;
	}

} //FinsamFactoryImpl
