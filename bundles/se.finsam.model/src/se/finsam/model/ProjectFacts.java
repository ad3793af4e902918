/**
 * Finsam Workbench
 */
package se.finsam.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project Facts</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Facts of the project in a small table: name, diarienummer, parties, periods.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.ProjectFacts#getFacts <em>Facts</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getProjectFacts()
 * @model
 * @generated
 */
public interface ProjectFacts extends TemplatePart {
	/**
	 * Returns the value of the '<em><b>Facts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * name, diarienummer, owner, parties, grantedPeriod, earlierPeriods, reportPeriod, kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facts</em>' attribute list.
	 * @see se.finsam.model.FinsamPackage#getProjectFacts_Facts()
	 * @model
	 * @generated
	 */
	EList<String> getFacts();

} // ProjectFacts
