/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import se.finsam.model.FinsamPackage;
import se.finsam.model.StatisticTable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Statistic Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.StatisticTableImpl#getStatistic <em>Statistic</em>}</li>
 *   <li>{@link se.finsam.model.impl.StatisticTableImpl#isComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatisticTableImpl extends TemplatePartImpl implements StatisticTable {
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
	 * The default value of the '{@link #isComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComment()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComment()
	 * @generated
	 * @ordered
	 */
	protected boolean comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatisticTableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.STATISTIC_TABLE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.STATISTIC_TABLE__STATISTIC, oldStatistic, statistic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(boolean newComment) {
		boolean oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.STATISTIC_TABLE__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FinsamPackage.STATISTIC_TABLE__STATISTIC:
				return getStatistic();
			case FinsamPackage.STATISTIC_TABLE__COMMENT:
				return isComment();
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
			case FinsamPackage.STATISTIC_TABLE__STATISTIC:
				setStatistic((String)newValue);
				return;
			case FinsamPackage.STATISTIC_TABLE__COMMENT:
				setComment((Boolean)newValue);
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
			case FinsamPackage.STATISTIC_TABLE__STATISTIC:
				setStatistic(STATISTIC_EDEFAULT);
				return;
			case FinsamPackage.STATISTIC_TABLE__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case FinsamPackage.STATISTIC_TABLE__STATISTIC:
				return STATISTIC_EDEFAULT == null ? statistic != null : !STATISTIC_EDEFAULT.equals(statistic);
			case FinsamPackage.STATISTIC_TABLE__COMMENT:
				return comment != COMMENT_EDEFAULT;
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
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //StatisticTableImpl
