/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import org.eclipse.emf.ecore.EClass;

import se.finsam.model.FinsamPackage;
import se.finsam.model.GoalsTable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Goals Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class GoalsTableImpl extends TemplatePartImpl implements GoalsTable {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GoalsTableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.GOALS_TABLE;
	}

} //GoalsTableImpl
