/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.finsam.model.ChartType;
import se.finsam.model.FinsamPackage;
import se.finsam.model.StatisticChart;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Statistic Chart</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.StatisticChartImpl#getStatistic <em>Statistic</em>}</li>
 *   <li>{@link se.finsam.model.impl.StatisticChartImpl#getChartType <em>Chart Type</em>}</li>
 *   <li>{@link se.finsam.model.impl.StatisticChartImpl#getValueColumn <em>Value Column</em>}</li>
 *   <li>{@link se.finsam.model.impl.StatisticChartImpl#getExcludeLastRows <em>Exclude Last Rows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatisticChartImpl extends TemplatePartImpl implements StatisticChart {
	/**
	 * The default value of the '{@link #getStatistic() <em>Statistic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatistic()
	 * @generated
	 * @ordered
	 */
	protected static final String STATISTIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatistic() <em>Statistic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatistic()
	 * @generated
	 * @ordered
	 */
	protected String statistic = STATISTIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getChartType() <em>Chart Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChartType()
	 * @generated
	 * @ordered
	 */
	protected static final ChartType CHART_TYPE_EDEFAULT = ChartType.BAR;

	/**
	 * The cached value of the '{@link #getChartType() <em>Chart Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChartType()
	 * @generated
	 * @ordered
	 */
	protected ChartType chartType = CHART_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValueColumn() <em>Value Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueColumn()
	 * @generated
	 * @ordered
	 */
	protected static final int VALUE_COLUMN_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getValueColumn() <em>Value Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueColumn()
	 * @generated
	 * @ordered
	 */
	protected int valueColumn = VALUE_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getExcludeLastRows() <em>Exclude Last Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludeLastRows()
	 * @generated
	 * @ordered
	 */
	protected static final int EXCLUDE_LAST_ROWS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExcludeLastRows() <em>Exclude Last Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludeLastRows()
	 * @generated
	 * @ordered
	 */
	protected int excludeLastRows = EXCLUDE_LAST_ROWS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatisticChartImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.STATISTIC_CHART;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatistic() {
		return statistic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatistic(String newStatistic) {
		String oldStatistic = statistic;
		statistic = newStatistic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.STATISTIC_CHART__STATISTIC, oldStatistic, statistic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChartType getChartType() {
		return chartType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChartType(ChartType newChartType) {
		ChartType oldChartType = chartType;
		chartType = newChartType == null ? CHART_TYPE_EDEFAULT : newChartType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.STATISTIC_CHART__CHART_TYPE, oldChartType, chartType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValueColumn() {
		return valueColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueColumn(int newValueColumn) {
		int oldValueColumn = valueColumn;
		valueColumn = newValueColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.STATISTIC_CHART__VALUE_COLUMN, oldValueColumn, valueColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExcludeLastRows() {
		return excludeLastRows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludeLastRows(int newExcludeLastRows) {
		int oldExcludeLastRows = excludeLastRows;
		excludeLastRows = newExcludeLastRows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.STATISTIC_CHART__EXCLUDE_LAST_ROWS, oldExcludeLastRows, excludeLastRows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FinsamPackage.STATISTIC_CHART__STATISTIC:
				return getStatistic();
			case FinsamPackage.STATISTIC_CHART__CHART_TYPE:
				return getChartType();
			case FinsamPackage.STATISTIC_CHART__VALUE_COLUMN:
				return getValueColumn();
			case FinsamPackage.STATISTIC_CHART__EXCLUDE_LAST_ROWS:
				return getExcludeLastRows();
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
			case FinsamPackage.STATISTIC_CHART__STATISTIC:
				setStatistic((String)newValue);
				return;
			case FinsamPackage.STATISTIC_CHART__CHART_TYPE:
				setChartType((ChartType)newValue);
				return;
			case FinsamPackage.STATISTIC_CHART__VALUE_COLUMN:
				setValueColumn((Integer)newValue);
				return;
			case FinsamPackage.STATISTIC_CHART__EXCLUDE_LAST_ROWS:
				setExcludeLastRows((Integer)newValue);
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
			case FinsamPackage.STATISTIC_CHART__STATISTIC:
				setStatistic(STATISTIC_EDEFAULT);
				return;
			case FinsamPackage.STATISTIC_CHART__CHART_TYPE:
				setChartType(CHART_TYPE_EDEFAULT);
				return;
			case FinsamPackage.STATISTIC_CHART__VALUE_COLUMN:
				setValueColumn(VALUE_COLUMN_EDEFAULT);
				return;
			case FinsamPackage.STATISTIC_CHART__EXCLUDE_LAST_ROWS:
				setExcludeLastRows(EXCLUDE_LAST_ROWS_EDEFAULT);
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
			case FinsamPackage.STATISTIC_CHART__STATISTIC:
				return STATISTIC_EDEFAULT == null ? statistic != null : !STATISTIC_EDEFAULT.equals(statistic);
			case FinsamPackage.STATISTIC_CHART__CHART_TYPE:
				return chartType != CHART_TYPE_EDEFAULT;
			case FinsamPackage.STATISTIC_CHART__VALUE_COLUMN:
				return valueColumn != VALUE_COLUMN_EDEFAULT;
			case FinsamPackage.STATISTIC_CHART__EXCLUDE_LAST_ROWS:
				return excludeLastRows != EXCLUDE_LAST_ROWS_EDEFAULT;
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
		result.append(" (statistic: ");
		result.append(statistic);
		result.append(", chartType: ");
		result.append(chartType);
		result.append(", valueColumn: ");
		result.append(valueColumn);
		result.append(", excludeLastRows: ");
		result.append(excludeLastRows);
		result.append(')');
		return result.toString();
	}

} //StatisticChartImpl
