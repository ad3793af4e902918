/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.finsam.model.CodeList;
import se.finsam.model.CodeListSet;
import se.finsam.model.FinsamPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Code List Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.CodeListSetImpl#getLists <em>Lists</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodeListSetImpl extends MinimalEObjectImpl.Container implements CodeListSet {
	/**
	 * The cached value of the '{@link #getLists() <em>Lists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLists()
	 * @generated
	 * @ordered
	 */
	protected EList<CodeList> lists;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodeListSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.CODE_LIST_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CodeList> getLists() {
		if (lists == null) {
			lists = new EObjectContainmentEList<CodeList>(CodeList.class, this, FinsamPackage.CODE_LIST_SET__LISTS);
		}
		return lists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FinsamPackage.CODE_LIST_SET__LISTS:
				return ((InternalEList<?>)getLists()).basicRemove(otherEnd, msgs);
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
			case FinsamPackage.CODE_LIST_SET__LISTS:
				return getLists();
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
			case FinsamPackage.CODE_LIST_SET__LISTS:
				getLists().clear();
				getLists().addAll((Collection<? extends CodeList>)newValue);
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
			case FinsamPackage.CODE_LIST_SET__LISTS:
				getLists().clear();
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
			case FinsamPackage.CODE_LIST_SET__LISTS:
				return lists != null && !lists.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CodeListSetImpl
