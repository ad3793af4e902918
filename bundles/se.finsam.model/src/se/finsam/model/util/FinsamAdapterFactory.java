/**
 * Finsam Workbench
 */
package se.finsam.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import se.finsam.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see se.finsam.model.FinsamPackage
 * @generated
 */
public class FinsamAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FinsamPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FinsamAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = FinsamPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FinsamSwitch<Adapter> modelSwitch =
		new FinsamSwitch<Adapter>() {
			@Override
			public Adapter caseAssociation(Association object) {
				return createAssociationAdapter();
			}
			@Override
			public Adapter caseAttributeDefinition(AttributeDefinition object) {
				return createAttributeDefinitionAdapter();
			}
			@Override
			public Adapter caseParty(Party object) {
				return createPartyAdapter();
			}
			@Override
			public Adapter caseLocalGroup(LocalGroup object) {
				return createLocalGroupAdapter();
			}
			@Override
			public Adapter caseProject(Project object) {
				return createProjectAdapter();
			}
			@Override
			public Adapter casePeriod(Period object) {
				return createPeriodAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object) {
				return createGoalAdapter();
			}
			@Override
			public Adapter caseDropout(Dropout object) {
				return createDropoutAdapter();
			}
			@Override
			public Adapter caseSignature(Signature object) {
				return createSignatureAdapter();
			}
			@Override
			public Adapter caseBudget(Budget object) {
				return createBudgetAdapter();
			}
			@Override
			public Adapter caseBudgetLine(BudgetLine object) {
				return createBudgetLineAdapter();
			}
			@Override
			public Adapter caseBudgetAmount(BudgetAmount object) {
				return createBudgetAmountAdapter();
			}
			@Override
			public Adapter caseFlatRate(FlatRate object) {
				return createFlatRateAdapter();
			}
			@Override
			public Adapter caseParticipant(Participant object) {
				return createParticipantAdapter();
			}
			@Override
			public Adapter caseMeasurement(Measurement object) {
				return createMeasurementAdapter();
			}
			@Override
			public Adapter caseReportInstance(ReportInstance object) {
				return createReportInstanceAdapter();
			}
			@Override
			public Adapter caseAnswer(Answer object) {
				return createAnswerAdapter();
			}
			@Override
			public Adapter caseEvaluation(Evaluation object) {
				return createEvaluationAdapter();
			}
			@Override
			public Adapter caseCodeListSet(CodeListSet object) {
				return createCodeListSetAdapter();
			}
			@Override
			public Adapter caseCodeList(CodeList object) {
				return createCodeListAdapter();
			}
			@Override
			public Adapter caseCodeEntry(CodeEntry object) {
				return createCodeEntryAdapter();
			}
			@Override
			public Adapter caseReportTemplate(ReportTemplate object) {
				return createReportTemplateAdapter();
			}
			@Override
			public Adapter caseTemplateSection(TemplateSection object) {
				return createTemplateSectionAdapter();
			}
			@Override
			public Adapter caseTemplatePart(TemplatePart object) {
				return createTemplatePartAdapter();
			}
			@Override
			public Adapter caseTextQuestion(TextQuestion object) {
				return createTextQuestionAdapter();
			}
			@Override
			public Adapter caseStatisticTable(StatisticTable object) {
				return createStatisticTableAdapter();
			}
			@Override
			public Adapter caseStatisticChart(StatisticChart object) {
				return createStatisticChartAdapter();
			}
			@Override
			public Adapter caseProjectFacts(ProjectFacts object) {
				return createProjectFactsAdapter();
			}
			@Override
			public Adapter caseChecklist(Checklist object) {
				return createChecklistAdapter();
			}
			@Override
			public Adapter caseChecklistItem(ChecklistItem object) {
				return createChecklistItemAdapter();
			}
			@Override
			public Adapter caseGoalsTable(GoalsTable object) {
				return createGoalsTableAdapter();
			}
			@Override
			public Adapter caseSignatureBlock(SignatureBlock object) {
				return createSignatureBlockAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Association <em>Association</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Association
	 * @generated
	 */
	public Adapter createAssociationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.AttributeDefinition <em>Attribute Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.AttributeDefinition
	 * @generated
	 */
	public Adapter createAttributeDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Party
	 * @generated
	 */
	public Adapter createPartyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.LocalGroup <em>Local Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.LocalGroup
	 * @generated
	 */
	public Adapter createLocalGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Project
	 * @generated
	 */
	public Adapter createProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Period <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Period
	 * @generated
	 */
	public Adapter createPeriodAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Dropout <em>Dropout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Dropout
	 * @generated
	 */
	public Adapter createDropoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Signature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Signature
	 * @generated
	 */
	public Adapter createSignatureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Budget
	 * @generated
	 */
	public Adapter createBudgetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.BudgetLine
	 * @generated
	 */
	public Adapter createBudgetLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.BudgetAmount <em>Budget Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.BudgetAmount
	 * @generated
	 */
	public Adapter createBudgetAmountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.FlatRate <em>Flat Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.FlatRate
	 * @generated
	 */
	public Adapter createFlatRateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Participant
	 * @generated
	 */
	public Adapter createParticipantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Measurement
	 * @generated
	 */
	public Adapter createMeasurementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.ReportInstance <em>Report Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.ReportInstance
	 * @generated
	 */
	public Adapter createReportInstanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Answer
	 * @generated
	 */
	public Adapter createAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Evaluation
	 * @generated
	 */
	public Adapter createEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.CodeListSet <em>Code List Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.CodeListSet
	 * @generated
	 */
	public Adapter createCodeListSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.CodeList <em>Code List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.CodeList
	 * @generated
	 */
	public Adapter createCodeListAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.CodeEntry <em>Code Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.CodeEntry
	 * @generated
	 */
	public Adapter createCodeEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.ReportTemplate <em>Report Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.ReportTemplate
	 * @generated
	 */
	public Adapter createReportTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.TemplateSection <em>Template Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.TemplateSection
	 * @generated
	 */
	public Adapter createTemplateSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.TemplatePart <em>Template Part</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.TemplatePart
	 * @generated
	 */
	public Adapter createTemplatePartAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.TextQuestion <em>Text Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.TextQuestion
	 * @generated
	 */
	public Adapter createTextQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.StatisticTable <em>Statistic Table</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.StatisticTable
	 * @generated
	 */
	public Adapter createStatisticTableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.StatisticChart <em>Statistic Chart</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.StatisticChart
	 * @generated
	 */
	public Adapter createStatisticChartAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.ProjectFacts <em>Project Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.ProjectFacts
	 * @generated
	 */
	public Adapter createProjectFactsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.Checklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.Checklist
	 * @generated
	 */
	public Adapter createChecklistAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.ChecklistItem <em>Checklist Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.ChecklistItem
	 * @generated
	 */
	public Adapter createChecklistItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.GoalsTable <em>Goals Table</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.GoalsTable
	 * @generated
	 */
	public Adapter createGoalsTableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link se.finsam.model.SignatureBlock <em>Signature Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see se.finsam.model.SignatureBlock
	 * @generated
	 */
	public Adapter createSignatureBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //FinsamAdapterFactory
