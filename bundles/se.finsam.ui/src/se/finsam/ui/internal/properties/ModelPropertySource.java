package se.finsam.ui.internal.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import se.finsam.core.Formats;

/**
 * The Properties view's look at a model object, from EMF's item property descriptors (the edit bundle's labels,
 * Swedish by default). Read-only: editing happens in the editors, where it can be undone and validated.
 */
final class ModelPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;

	ModelPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.source = source;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
		IPropertyDescriptor[] result = new IPropertyDescriptor[items.size()];
		for (int i = 0; i < items.size(); i++) {
			IItemPropertyDescriptor item = items.get(i);
			PropertyDescriptor descriptor = new PropertyDescriptor(item.getId(object), item.getDisplayName(object));
			descriptor.setDescription(item.getDescription(object));
			descriptor.setCategory(item.getCategory(object));
			IItemLabelProvider labels = item.getLabelProvider(object);
			descriptor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object value) {
					return text(value, labels);
				}
			});
			result[i] = descriptor;
		}
		return result;
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
		return item == null ? null : item.getPropertyValue(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
		return item != null && item.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}

	private static String text(Object value, IItemLabelProvider labels) {
		Object unwrapped = value instanceof org.eclipse.emf.edit.provider.IItemPropertySource ? value
				: value instanceof org.eclipse.emf.edit.provider.ItemPropertyDescriptor.PropertyValueWrapper w
						? w.getEditableValue(null) : value;
		if (unwrapped instanceof java.math.BigDecimal d) {
			return Formats.number(d);
		} else if (unwrapped instanceof java.time.LocalDate d) {
			return Formats.date(d);
		}
		return labels == null ? String.valueOf(unwrapped) : labels.getText(unwrapped);
	}
}
