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
import se.finsam.model.Project;

/**
 * This is the item provider adapter for a {@link se.finsam.model.Project} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProjectItemProvider 
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
	public ProjectItemProvider(AdapterFactory adapterFactory) {
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

			addDiarienummerPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addKindPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addParticipatingPartiesPropertyDescriptor(object);
			addTargetGroupPropertyDescriptor(object);
			addResourcesPropertyDescriptor(object);
			addMethodsPropertyDescriptor(object);
			addActivitiesPropertyDescriptor(object);
			addSuccessFactorsPropertyDescriptor(object);
			addSystemFaultsPropertyDescriptor(object);
			addSteeringGroupAnalysisPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Diarienummer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiarienummerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_diarienummer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_diarienummer_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__DIARIENUMMER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_name_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_kind_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_owner_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__OWNER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Participating Parties feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParticipatingPartiesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_participatingParties_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_participatingParties_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__PARTICIPATING_PARTIES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetGroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_targetGroup_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_targetGroup_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__TARGET_GROUP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resources feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResourcesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_resources_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_resources_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__RESOURCES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Methods feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMethodsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_methods_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_methods_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__METHODS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Activities feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActivitiesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_activities_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_activities_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__ACTIVITIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Success Factors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSuccessFactorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_successFactors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_successFactors_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__SUCCESS_FACTORS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the System Faults feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSystemFaultsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_systemFaults_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_systemFaults_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__SYSTEM_FAULTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Steering Group Analysis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSteeringGroupAnalysisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_steeringGroupAnalysis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_steeringGroupAnalysis_feature", "_UI_Project_type"),
				 FinsamPackage.Literals.PROJECT__STEERING_GROUP_ANALYSIS,
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
			childrenFeatures.add(FinsamPackage.Literals.PROJECT__GRANTED_PERIOD);
			childrenFeatures.add(FinsamPackage.Literals.PROJECT__EARLIER_PERIODS);
			childrenFeatures.add(FinsamPackage.Literals.PROJECT__GOALS);
			childrenFeatures.add(FinsamPackage.Literals.PROJECT__DROPOUT);
			childrenFeatures.add(FinsamPackage.Literals.PROJECT__SIGNATURE);
			childrenFeatures.add(FinsamPackage.Literals.PROJECT__BUDGET);
			childrenFeatures.add(FinsamPackage.Literals.PROJECT__PARTICIPANTS);
			childrenFeatures.add(FinsamPackage.Literals.PROJECT__REPORTS);
			childrenFeatures.add(FinsamPackage.Literals.PROJECT__EVALUATIONS);
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
	 * This returns Project.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Project"));
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
		Project project = (Project)object;
		String dnr = project.getDiarienummer() == null ? "" : project.getDiarienummer();
		String name = project.getName() == null ? "" : project.getName();
		String label = (dnr + " " + name).strip();
		return label.isEmpty() ? getString("_UI_Project_type") : label;
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

		switch (notification.getFeatureID(Project.class)) {
			case FinsamPackage.PROJECT__ID:
			case FinsamPackage.PROJECT__DIARIENUMMER:
			case FinsamPackage.PROJECT__NAME:
			case FinsamPackage.PROJECT__KIND:
			case FinsamPackage.PROJECT__TARGET_GROUP:
			case FinsamPackage.PROJECT__RESOURCES:
			case FinsamPackage.PROJECT__METHODS:
			case FinsamPackage.PROJECT__ACTIVITIES:
			case FinsamPackage.PROJECT__SUCCESS_FACTORS:
			case FinsamPackage.PROJECT__SYSTEM_FAULTS:
			case FinsamPackage.PROJECT__STEERING_GROUP_ANALYSIS:
			case FinsamPackage.PROJECT__REVISION:
			case FinsamPackage.PROJECT__CONTENT_LOADED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FinsamPackage.PROJECT__GRANTED_PERIOD:
			case FinsamPackage.PROJECT__EARLIER_PERIODS:
			case FinsamPackage.PROJECT__GOALS:
			case FinsamPackage.PROJECT__DROPOUT:
			case FinsamPackage.PROJECT__SIGNATURE:
			case FinsamPackage.PROJECT__BUDGET:
			case FinsamPackage.PROJECT__PARTICIPANTS:
			case FinsamPackage.PROJECT__REPORTS:
			case FinsamPackage.PROJECT__EVALUATIONS:
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
				(FinsamPackage.Literals.PROJECT__GRANTED_PERIOD,
				 FinsamFactory.eINSTANCE.createPeriod()));

		newChildDescriptors.add
			(createChildParameter
				(FinsamPackage.Literals.PROJECT__EARLIER_PERIODS,
				 FinsamFactory.eINSTANCE.createPeriod()));

		newChildDescriptors.add
			(createChildParameter
				(FinsamPackage.Literals.PROJECT__GOALS,
				 FinsamFactory.eINSTANCE.createGoal()));

		newChildDescriptors.add
			(createChildParameter
				(FinsamPackage.Literals.PROJECT__DROPOUT,
				 FinsamFactory.eINSTANCE.createDropout()));

		newChildDescriptors.add
			(createChildParameter
				(FinsamPackage.Literals.PROJECT__SIGNATURE,
				 FinsamFactory.eINSTANCE.createSignature()));

		newChildDescriptors.add
			(createChildParameter
				(FinsamPackage.Literals.PROJECT__BUDGET,
				 FinsamFactory.eINSTANCE.createBudget()));

		newChildDescriptors.add
			(createChildParameter
				(FinsamPackage.Literals.PROJECT__PARTICIPANTS,
				 FinsamFactory.eINSTANCE.createParticipant()));

		newChildDescriptors.add
			(createChildParameter
				(FinsamPackage.Literals.PROJECT__REPORTS,
				 FinsamFactory.eINSTANCE.createReportInstance()));

		newChildDescriptors.add
			(createChildParameter
				(FinsamPackage.Literals.PROJECT__EVALUATIONS,
				 FinsamFactory.eINSTANCE.createEvaluation()));
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
			childFeature == FinsamPackage.Literals.PROJECT__GRANTED_PERIOD ||
			childFeature == FinsamPackage.Literals.PROJECT__EARLIER_PERIODS;

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
