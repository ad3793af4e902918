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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import se.finsam.model.FinsamPackage;
import se.finsam.model.TemplatePart;
import se.finsam.model.TemplateSection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Template Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link se.finsam.model.impl.TemplateSectionImpl#getId <em>Id</em>}</li>
 *   <li>{@link se.finsam.model.impl.TemplateSectionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link se.finsam.model.impl.TemplateSectionImpl#getIntro <em>Intro</em>}</li>
 *   <li>{@link se.finsam.model.impl.TemplateSectionImpl#getForKind <em>For Kind</em>}</li>
 *   <li>{@link se.finsam.model.impl.TemplateSectionImpl#getParts <em>Parts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TemplateSectionImpl extends MinimalEObjectImpl.Container implements TemplateSection {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntro() <em>Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntro()
	 * @generated
	 * @ordered
	 */
	protected static final String INTRO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntro() <em>Intro</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntro()
	 * @generated
	 * @ordered
	 */
	protected String intro = INTRO_EDEFAULT;

	/**
	 * The default value of the '{@link #getForKind() <em>For Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForKind()
	 * @generated
	 * @ordered
	 */
	protected static final String FOR_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForKind() <em>For Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForKind()
	 * @generated
	 * @ordered
	 */
	protected String forKind = FOR_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParts() <em>Parts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParts()
	 * @generated
	 * @ordered
	 */
	protected EList<TemplatePart> parts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TemplateSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FinsamPackage.Literals.TEMPLATE_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.TEMPLATE_SECTION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.TEMPLATE_SECTION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntro() {
		return intro;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntro(String newIntro) {
		String oldIntro = intro;
		intro = newIntro;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.TEMPLATE_SECTION__INTRO, oldIntro, intro));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getForKind() {
		return forKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForKind(String newForKind) {
		String oldForKind = forKind;
		forKind = newForKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinsamPackage.TEMPLATE_SECTION__FOR_KIND, oldForKind, forKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TemplatePart> getParts() {
		if (parts == null) {
			parts = new EObjectContainmentEList<TemplatePart>(TemplatePart.class, this, FinsamPackage.TEMPLATE_SECTION__PARTS);
		}
		return parts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FinsamPackage.TEMPLATE_SECTION__PARTS:
				return ((InternalEList<?>)getParts()).basicRemove(otherEnd, msgs);
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
			case FinsamPackage.TEMPLATE_SECTION__ID:
				return getId();
			case FinsamPackage.TEMPLATE_SECTION__TITLE:
				return getTitle();
			case FinsamPackage.TEMPLATE_SECTION__INTRO:
				return getIntro();
			case FinsamPackage.TEMPLATE_SECTION__FOR_KIND:
				return getForKind();
			case FinsamPackage.TEMPLATE_SECTION__PARTS:
				return getParts();
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
			case FinsamPackage.TEMPLATE_SECTION__ID:
				setId((String)newValue);
				return;
			case FinsamPackage.TEMPLATE_SECTION__TITLE:
				setTitle((String)newValue);
				return;
			case FinsamPackage.TEMPLATE_SECTION__INTRO:
				setIntro((String)newValue);
				return;
			case FinsamPackage.TEMPLATE_SECTION__FOR_KIND:
				setForKind((String)newValue);
				return;
			case FinsamPackage.TEMPLATE_SECTION__PARTS:
				getParts().clear();
				getParts().addAll((Collection<? extends TemplatePart>)newValue);
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
			case FinsamPackage.TEMPLATE_SECTION__ID:
				setId(ID_EDEFAULT);
				return;
			case FinsamPackage.TEMPLATE_SECTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case FinsamPackage.TEMPLATE_SECTION__INTRO:
				setIntro(INTRO_EDEFAULT);
				return;
			case FinsamPackage.TEMPLATE_SECTION__FOR_KIND:
				setForKind(FOR_KIND_EDEFAULT);
				return;
			case FinsamPackage.TEMPLATE_SECTION__PARTS:
				getParts().clear();
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
			case FinsamPackage.TEMPLATE_SECTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FinsamPackage.TEMPLATE_SECTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case FinsamPackage.TEMPLATE_SECTION__INTRO:
				return INTRO_EDEFAULT == null ? intro != null : !INTRO_EDEFAULT.equals(intro);
			case FinsamPackage.TEMPLATE_SECTION__FOR_KIND:
				return FOR_KIND_EDEFAULT == null ? forKind != null : !FOR_KIND_EDEFAULT.equals(forKind);
			case FinsamPackage.TEMPLATE_SECTION__PARTS:
				return parts != null && !parts.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", intro: ");
		result.append(intro);
		result.append(", forKind: ");
		result.append(forKind);
		result.append(')');
		return result.toString();
	}

} //TemplateSectionImpl
