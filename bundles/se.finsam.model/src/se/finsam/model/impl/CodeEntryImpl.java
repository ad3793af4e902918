/**
 * Finsam Workbench
 */
package se.finsam.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import se.finsam.model.CodeEntry;
import se.finsam.model.FinsamPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Code Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.CodeEntryImpl#getCode <em>Code</em>}</li>
 *   <li>{@link se.finsam.model.impl.CodeEntryImpl#getLabelSv <em>Label Sv</em>}</li>
 *   <li>{@link se.finsam.model.impl.CodeEntryImpl#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link se.finsam.model.impl.CodeEntryImpl#isPositive <em>Positive</em>}</li>
 *   <li>{@link se.finsam.model.impl.CodeEntryImpl#getSynonyms <em>Synonyms</em>}</li>
 *   <li>{@link se.finsam.model.impl.CodeEntryImpl#isObsolete <em>Obsolete</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodeEntryImpl extends MinimalEObjectImpl.Container implements CodeEntry {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelSv() <em>Label Sv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSv()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_SV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelSv() <em>Label Sv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSv()
	 * @generated
	 * @ordered
	 */
	protected String labelSv = LABEL_SV_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelEn() <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelEn()
	 * @generated
	 * @ordered
	 */
	protected String labelEn = LABEL_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #isPositive() <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPositive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean POSITIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPositive() <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPositive()
	 * @generated
	 * @ordered
	 */
	protected boolean positive = POSITIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSynonyms() <em>Synonyms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSynonyms()
	 * @generated
	 * @ordered
	 */
	protected EList<String> synonyms;

	/**
	 * The default value of the '{@link #isObsolete() <em>Obsolete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObsolete()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OBSOLETE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isObsolete() <em>Obsolete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObsolete()
	 * @generated
	 * @ordered
	 */
	protected boolean obsolete = OBSOLETE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodeEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.CODE_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.CODE_ENTRY__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelSv() {
		return labelSv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelSv(String newLabelSv) {
		String oldLabelSv = labelSv;
		labelSv = newLabelSv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.CODE_ENTRY__LABEL_SV, oldLabelSv, labelSv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelEn() {
		return labelEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelEn(String newLabelEn) {
		String oldLabelEn = labelEn;
		labelEn = newLabelEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.CODE_ENTRY__LABEL_EN, oldLabelEn, labelEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPositive() {
		return positive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositive(boolean newPositive) {
		boolean oldPositive = positive;
		positive = newPositive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.CODE_ENTRY__POSITIVE, oldPositive, positive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSynonyms() {
		if (synonyms == null) {
			synonyms = new EDataTypeUniqueEList<String>(String.class, this, FinsamPackage.CODE_ENTRY__SYNONYMS);
		}
		return synonyms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isObsolete() {
		return obsolete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObsolete(boolean newObsolete) {
		boolean oldObsolete = obsolete;
		obsolete = newObsolete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.CODE_ENTRY__OBSOLETE, oldObsolete, obsolete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FinsamPackage.CODE_ENTRY__CODE:
				return getCode();
			case FinsamPackage.CODE_ENTRY__LABEL_SV:
				return getLabelSv();
			case FinsamPackage.CODE_ENTRY__LABEL_EN:
				return getLabelEn();
			case FinsamPackage.CODE_ENTRY__POSITIVE:
				return isPositive();
			case FinsamPackage.CODE_ENTRY__SYNONYMS:
				return getSynonyms();
			case FinsamPackage.CODE_ENTRY__OBSOLETE:
				return isObsolete();
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
			case FinsamPackage.CODE_ENTRY__CODE:
				setCode((String)newValue);
				return;
			case FinsamPackage.CODE_ENTRY__LABEL_SV:
				setLabelSv((String)newValue);
				return;
			case FinsamPackage.CODE_ENTRY__LABEL_EN:
				setLabelEn((String)newValue);
				return;
			case FinsamPackage.CODE_ENTRY__POSITIVE:
				setPositive((Boolean)newValue);
				return;
			case FinsamPackage.CODE_ENTRY__SYNONYMS:
				getSynonyms().clear();
				getSynonyms().addAll((Collection<? extends String>)newValue);
				return;
			case FinsamPackage.CODE_ENTRY__OBSOLETE:
				setObsolete((Boolean)newValue);
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
			case FinsamPackage.CODE_ENTRY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case FinsamPackage.CODE_ENTRY__LABEL_SV:
				setLabelSv(LABEL_SV_EDEFAULT);
				return;
			case FinsamPackage.CODE_ENTRY__LABEL_EN:
				setLabelEn(LABEL_EN_EDEFAULT);
				return;
			case FinsamPackage.CODE_ENTRY__POSITIVE:
				setPositive(POSITIVE_EDEFAULT);
				return;
			case FinsamPackage.CODE_ENTRY__SYNONYMS:
				getSynonyms().clear();
				return;
			case FinsamPackage.CODE_ENTRY__OBSOLETE:
				setObsolete(OBSOLETE_EDEFAULT);
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
			case FinsamPackage.CODE_ENTRY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case FinsamPackage.CODE_ENTRY__LABEL_SV:
				return LABEL_SV_EDEFAULT == null ? labelSv != null : !LABEL_SV_EDEFAULT.equals(labelSv);
			case FinsamPackage.CODE_ENTRY__LABEL_EN:
				return LABEL_EN_EDEFAULT == null ? labelEn != null : !LABEL_EN_EDEFAULT.equals(labelEn);
			case FinsamPackage.CODE_ENTRY__POSITIVE:
				return positive != POSITIVE_EDEFAULT;
			case FinsamPackage.CODE_ENTRY__SYNONYMS:
				return synonyms != null && !synonyms.isEmpty();
			case FinsamPackage.CODE_ENTRY__OBSOLETE:
				return obsolete != OBSOLETE_EDEFAULT;
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
		result.append(" (code: ");
		result.append(code);
		result.append(", labelSv: ");
		result.append(labelSv);
		result.append(", labelEn: ");
		result.append(labelEn);
		result.append(", positive: ");
		result.append(positive);
		result.append(", synonyms: ");
		result.append(synonyms);
		result.append(", obsolete: ");
		result.append(obsolete);
		result.append(')');
		return result.toString();
	}

} //CodeEntryImpl
