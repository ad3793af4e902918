/**
 * Finsam Workbench
 */
package se.finsam.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Statistic Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A table computed from the data (se.finsam.stats), refreshed when the report is.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.StatisticTable#getStatistic <em>Statistic</em>}</li>
 *   <li>{@link se.finsam.model.StatisticTable#isComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getStatisticTable()
 * @model
 * @generated
 */
public interface StatisticTable extends TemplatePart {
	/**
	 * Returns the value of the '<em><b>Statistic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * participants, participants.age, outcomes, dropout, support.transition, occupation.transition, costs.yearly, budget.lines, goals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statistic</em>' attribute.
	 * @see #setStatistic(String)
	 * @see se.finsam.model.FinsamPackage#getStatisticTable_Statistic()
	 * @model
	 * @generated
	 */
	String getStatistic();

	/**
	 * Sets the value of the '{@link se.finsam.model.StatisticTable#getStatistic <em>Statistic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statistic</em>' attribute.
	 * @see #getStatistic()
	 * @generated
	 */
	void setStatistic(String value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a comment may be written under the table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(boolean)
	 * @see se.finsam.model.FinsamPackage#getStatisticTable_Comment()
	 * @model
	 * @generated
	 */
	boolean isComment();

	/**
	 * Sets the value of the '{@link se.finsam.model.StatisticTable#isComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #isComment()
	 * @generated
	 */
	void setComment(boolean value);

} // StatisticTable
