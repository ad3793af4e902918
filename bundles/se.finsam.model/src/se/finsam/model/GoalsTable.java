/**
 * Finsam Workbench
 */
package se.finsam.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goals Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The project's fastställda mål with their utfall.
 * <!-- end-model-doc -->
 *
 *
 * @see se.finsam.model.FinsamPackage#getGoalsTable()
 * @model
 * @generated
 */
public interface GoalsTable extends TemplatePart {
} // GoalsTable
