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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.finsam.model.Checklist;
import se.finsam.model.ChecklistItem;
import se.finsam.model.FinsamPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklist</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.ChecklistImpl#getCommentLabel <em>Comment Label</em>}</li>
 *   <li>{@link se.finsam.model.impl.ChecklistImpl#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistImpl extends TemplatePartImpl implements Checklist {
	/**
	 * The default value of the '{@link #getCommentLabel() <em>Comment Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommentLabel() <em>Comment Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentLabel()
	 * @generated
	 * @ordered
	 */
	protected String commentLabel = COMMENT_LABEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistItem> items;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.CHECKLIST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommentLabel() {
		return commentLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommentLabel(String newCommentLabel) {
		String oldCommentLabel = commentLabel;
		commentLabel = newCommentLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.CHECKLIST__COMMENT_LABEL, oldCommentLabel, commentLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<ChecklistItem>(ChecklistItem.class, this, FinsamPackage.CHECKLIST__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FinsamPackage.CHECKLIST__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case FinsamPackage.CHECKLIST__COMMENT_LABEL:
				return getCommentLabel();
			case FinsamPackage.CHECKLIST__ITEMS:
				return getItems();
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
			case FinsamPackage.CHECKLIST__COMMENT_LABEL:
				setCommentLabel((String)newValue);
				return;
			case FinsamPackage.CHECKLIST__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ChecklistItem>)newValue);
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
			case FinsamPackage.CHECKLIST__COMMENT_LABEL:
				setCommentLabel(COMMENT_LABEL_EDEFAULT);
				return;
			case FinsamPackage.CHECKLIST__ITEMS:
				getItems().clear();
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
			case FinsamPackage.CHECKLIST__COMMENT_LABEL:
				return COMMENT_LABEL_EDEFAULT == null ? commentLabel != null : !COMMENT_LABEL_EDEFAULT.equals(commentLabel);
			case FinsamPackage.CHECKLIST__ITEMS:
				return items != null && !items.isEmpty();
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
		result.append(" (commentLabel: ");
		result.append(commentLabel);
		result.append(')');
		return result.toString();
	}

} //ChecklistImpl
