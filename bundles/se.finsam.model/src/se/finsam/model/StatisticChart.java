/**
 * Finsam Workbench
 */
package se.finsam.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Statistic Chart</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A chart of a computed table: its first column against a numeric column.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.StatisticChart#getStatistic <em>Statistic</em>}</li>
 *   <li>{@link se.finsam.model.StatisticChart#getChartType <em>Chart Type</em>}</li>
 *   <li>{@link se.finsam.model.StatisticChart#getValueColumn <em>Value Column</em>}</li>
 *   <li>{@link se.finsam.model.StatisticChart#getExcludeLastRows <em>Exclude Last Rows</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getStatisticChart()
 * @model
 * @generated
 */
public interface StatisticChart extends TemplatePart {
	/**
	 * Returns the value of the '<em><b>Statistic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statistic</em>' attribute.
	 * @see #setStatistic(String)
	 * @see se.finsam.model.FinsamPackage#getStatisticChart_Statistic()
	 * @model
	 * @generated
	 */
	String getStatistic();

	/**
	 * Sets the value of the '{@link se.finsam.model.StatisticChart#getStatistic <em>Statistic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statistic</em>' attribute.
	 * @see #getStatistic()
	 * @generated
	 */
	void setStatistic(String value);

	/**
	 * Returns the value of the '<em><b>Chart Type</b></em>' attribute.
	 * The literals are from the enumeration {@link se.finsam.model.ChartType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chart Type</em>' attribute.
	 * @see se.finsam.model.ChartType
	 * @see #setChartType(ChartType)
	 * @see se.finsam.model.FinsamPackage#getStatisticChart_ChartType()
	 * @model
	 * @generated
	 */
	ChartType getChartType();

	/**
	 * Sets the value of the '{@link se.finsam.model.StatisticChart#getChartType <em>Chart Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chart Type</em>' attribute.
	 * @see se.finsam.model.ChartType
	 * @see #getChartType()
	 * @generated
	 */
	void setChartType(ChartType value);

	/**
	 * Returns the value of the '<em><b>Value Column</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column charted, 1 = the first after the labels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Column</em>' attribute.
	 * @see #setValueColumn(int)
	 * @see se.finsam.model.FinsamPackage#getStatisticChart_ValueColumn()
	 * @model default="1"
	 * @generated
	 */
	int getValueColumn();

	/**
	 * Sets the value of the '{@link se.finsam.model.StatisticChart#getValueColumn <em>Value Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Column</em>' attribute.
	 * @see #getValueColumn()
	 * @generated
	 */
	void setValueColumn(int value);

	/**
	 * Returns the value of the '<em><b>Exclude Last Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rows at the end not charted (totals).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclude Last Rows</em>' attribute.
	 * @see #setExcludeLastRows(int)
	 * @see se.finsam.model.FinsamPackage#getStatisticChart_ExcludeLastRows()
	 * @model
	 * @generated
	 */
	int getExcludeLastRows();

	/**
	 * Sets the value of the '{@link se.finsam.model.StatisticChart#getExcludeLastRows <em>Exclude Last Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude Last Rows</em>' attribute.
	 * @see #getExcludeLastRows()
	 * @generated
	 */
	void setExcludeLastRows(int value);

} // StatisticChart
