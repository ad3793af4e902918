/**
 * Finsam Workbench
 */
package se.finsam.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A member (part, huvudman) of the association: Försäkringskassan, Arbetsförmedlingen, a region or a kommun.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.Party#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.Party#getKind <em>Kind</em>}</li>
 *   <li>{@link se.finsam.model.Party#getName <em>Name</em>}</li>
 *   <li>{@link se.finsam.model.Party#getFinancingShare <em>Financing Share</em>}</li>
 * </ul>
 *
 * @see se.finsam.model.FinsamPackage#getParty()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='nonNegativeShare nameRequired'"
 * @generated
 */
public interface Party extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identity (a UUID), also the primary key in the store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see se.finsam.model.FinsamPackage#getParty_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link se.finsam.model.Party#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code from the party-kind code list (FK, AF, REGION, KOMMUN, OTHER).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see se.finsam.model.FinsamPackage#getParty_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link se.finsam.model.Party#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see se.finsam.model.FinsamPackage#getParty_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link se.finsam.model.Party#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Financing Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the association's financing in percent (FK 50, region 25, kommuner 25 together).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Financing Share</em>' attribute.
	 * @see #setFinancingShare(BigDecimal)
	 * @see se.finsam.model.FinsamPackage#getParty_FinancingShare()
	 * @model
	 * @generated
	 */
	BigDecimal getFinancingShare();

	/**
	 * Sets the value of the '{@link se.finsam.model.Party#getFinancingShare <em>Financing Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Financing Share</em>' attribute.
	 * @see #getFinancingShare()
	 * @generated
	 */
	void setFinancingShare(BigDecimal value);

} // Party
