package se.finsam.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

import se.finsam.model.provider.FinsamItemProviderAdapterFactory;

/** Lets the Properties view show any selected model object (registered for EObject in plugin.xml). */
public class ModelAdapterFactory implements IAdapterFactory {

	private final AdapterFactory items = new FinsamItemProviderAdapterFactory();

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class
				&& items.adapt(adaptable, IItemPropertySource.class) instanceof IItemPropertySource source) {
			return adapterType.cast(new ModelPropertySource(adaptable, source));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
