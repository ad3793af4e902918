package se.finsam.ui.editors.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;

import se.finsam.model.FinsamPackage.Literals;
import se.finsam.model.Project;

/** Målgrupp och innehåll: the target group and the resources, methods and activities. */
public class ContentPage extends ProjectFormPage {

	public static final String ID = "content";

	public ContentPage(ProjectEditor editor) {
		super(editor, ID, Messages.Content_title);
	}

	@Override
	protected void createContent(IManagedForm managedForm, Composite body) {
		Project p = project();
		Composite target = section(managedForm, body, Messages.Content_targetGroup, Messages.Content_targetGroupHint);
		fields().area(target, Messages.Content_targetGroup, p, Literals.PROJECT__TARGET_GROUP, 5);
		Composite content = section(managedForm, body, Messages.Content_content, Messages.Content_contentHint);
		fields().area(content, Messages.Content_resources, p, Literals.PROJECT__RESOURCES, 4);
		fields().area(content, Messages.Content_methods, p, Literals.PROJECT__METHODS, 5);
		fields().area(content, Messages.Content_activities, p, Literals.PROJECT__ACTIVITIES, 4);
	}
}
