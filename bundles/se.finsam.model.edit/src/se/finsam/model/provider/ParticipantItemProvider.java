/**
 * Finsam Workbench
 */
package se.finsam.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import se.finsam.model.FinsamFactory;
import se.finsam.model.FinsamPackage;
import se.finsam.model.Participant;

/**
 * This is the item provider adapter for a {@link se.finsam.model.Participant} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ParticipantItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParticipantItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addCodePropertyDescriptor(object);
			addGenderPropertyDescriptor(object);
			addBirthYearPropertyDescriptor(object);
			addConsentPropertyDescriptor(object);
			addEnrolmentDatePropertyDescriptor(object);
			addEnrolmentYearPropertyDescriptor(object);
			addExitDatePropertyDescriptor(object);
			addReferringPartyPropertyDescriptor(object);
			addSupportAtStartPropertyDescriptor(object);
			addSupportExtentAtStartPropertyDescriptor(object);
			addSupportAtExitPropertyDescriptor(object);
			addSupportExtentAtExitPropertyDescriptor(object);
			addOccupationAtStartPropertyDescriptor(object);
			addOccupationAtExitPropertyDescriptor(object);
			addConsentWithdrawnPropertyDescriptor(object);
			addIdentityErasedPropertyDescriptor(object);
			addExitReasonPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_code_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_code_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Gender feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGenderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_gender_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_gender_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__GENDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Birth Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBirthYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_birthYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_birthYear_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__BIRTH_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Consent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConsentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_consent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_consent_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__CONSENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Enrolment Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnrolmentDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_enrolmentDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_enrolmentDate_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__ENROLMENT_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Enrolment Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnrolmentYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_enrolmentYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_enrolmentYear_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__ENROLMENT_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Exit Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExitDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_exitDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_exitDate_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__EXIT_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Referring Party feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReferringPartyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_referringParty_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_referringParty_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__REFERRING_PARTY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support At Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportAtStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_supportAtStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_supportAtStart_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__SUPPORT_AT_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support Extent At Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportExtentAtStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_supportExtentAtStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_supportExtentAtStart_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__SUPPORT_EXTENT_AT_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support At Exit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportAtExitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_supportAtExit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_supportAtExit_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__SUPPORT_AT_EXIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support Extent At Exit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportExtentAtExitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_supportExtentAtExit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_supportExtentAtExit_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__SUPPORT_EXTENT_AT_EXIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Occupation At Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOccupationAtStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_occupationAtStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_occupationAtStart_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__OCCUPATION_AT_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Occupation At Exit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOccupationAtExitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_occupationAtExit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_occupationAtExit_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__OCCUPATION_AT_EXIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Consent Withdrawn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConsentWithdrawnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_consentWithdrawn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_consentWithdrawn_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__CONSENT_WITHDRAWN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Identity Erased feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdentityErasedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_identityErased_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_identityErased_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__IDENTITY_ERASED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Exit Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExitReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Participant_exitReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Participant_exitReason_feature", "_UI_Participant_type"),
				 FinsamPackage.Literals.PARTICIPANT__EXIT_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(FinsamPackage.Literals.PARTICIPANT__START_MEASUREMENT);
			childrenFeatures.add(FinsamPackage.Literals.PARTICIPANT__EXIT_MEASUREMENT);
			childrenFeatures.add(FinsamPackage.Literals.PARTICIPANT__EXTRA_ATTRIBUTES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Participant.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Participant"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * Shows what users recognise the object by (for a participant: the code, never the personnummer).
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		String code = ((Participant)object).getCode();
		return code == null || code.isEmpty() ? getString("_UI_Participant_type") : code;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Participant.class)) {
			case FinsamPackage.PARTICIPANT__ID:
			case FinsamPackage.PARTICIPANT__CODE:
			case FinsamPackage.PARTICIPANT__PERSONAL_IDENTITY_NUMBER:
			case FinsamPackage.PARTICIPANT__GENDER:
			case FinsamPackage.PARTICIPANT__BIRTH_YEAR:
			case FinsamPackage.PARTICIPANT__CONSENT:
			case FinsamPackage.PARTICIPANT__ENROLMENT_DATE:
			case FinsamPackage.PARTICIPANT__ENROLMENT_YEAR:
			case FinsamPackage.PARTICIPANT__EXIT_DATE:
			case FinsamPackage.PARTICIPANT__REFERRING_PARTY:
			case FinsamPackage.PARTICIPANT__SUPPORT_AT_START:
			case FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_START:
			case FinsamPackage.PARTICIPANT__SUPPORT_AT_EXIT:
			case FinsamPackage.PARTICIPANT__SUPPORT_EXTENT_AT_EXIT:
			case FinsamPackage.PARTICIPANT__OCCUPATION_AT_START:
			case FinsamPackage.PARTICIPANT__OCCUPATION_AT_EXIT:
			case FinsamPackage.PARTICIPANT__CONSENT_WITHDRAWN:
			case FinsamPackage.PARTICIPANT__IDENTITY_ERASED:
			case FinsamPackage.PARTICIPANT__EXIT_REASON:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FinsamPackage.PARTICIPANT__START_MEASUREMENT:
			case FinsamPackage.PARTICIPANT__EXIT_MEASUREMENT:
			case FinsamPackage.PARTICIPANT__EXTRA_ATTRIBUTES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(FinsamPackage.Literals.PARTICIPANT__START_MEASUREMENT,
				 FinsamFactory.eINSTANCE.createMeasurement()));

		newChildDescriptors.add
			(createChildParameter
				(FinsamPackage.Literals.PARTICIPANT__EXIT_MEASUREMENT,
				 FinsamFactory.eINSTANCE.createMeasurement()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == FinsamPackage.Literals.PARTICIPANT__START_MEASUREMENT ||
			childFeature == FinsamPackage.Literals.PARTICIPANT__EXIT_MEASUREMENT;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return FinsamEditPlugin.INSTANCE;
	}

}
