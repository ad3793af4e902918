package se.finsam.reports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import se.finsam.model.FinsamPackage;
import se.finsam.model.ReportTemplate;
import se.finsam.reports.internal.TemplateContributions;

/**
 * The report templates installed as plug-ins (extension point {@code se.finsam.reports.templates}). Read once and
 * kept current: a template plug-in installed while the application runs shows up at the next call.
 */
public final class Templates {

	/**
	 * @param bundle the contributing bundle's symbolic name
	 * @param design the BIRT design giving the look, or null for the default
	 */
	public record Installed(ReportTemplate template, String bundle, URL design) {
	}

	private Templates() {
	}

	/** Every installed template, ordered by name; broken contributions are logged and left out. */
	public static List<Installed> installed() {
		return TemplateContributions.templates();
	}

	public static Optional<Installed> find(String id) {
		return installed().stream().filter(t -> t.template().getId().equals(id)).findFirst();
	}

	/** Reads one template file. */
	public static ReportTemplate read(URL url) throws IOException {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		set.getPackageRegistry().put(FinsamPackage.eNS_URI, FinsamPackage.eINSTANCE);
		Resource resource = set.createResource(URI.createURI(url.toString()));
		try (InputStream in = url.openStream()) {
			resource.load(in, Map.of());
		} catch (IOException | RuntimeException e) {
			throw new IOException(url + ": " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ReportTemplate template)) {
			throw new IOException(url + " holds no ReportTemplate");
		}
		if (template.getId() == null || template.getId().isBlank()) {
			throw new IOException(url + ": the template has no id");
		}
		return template;
	}
}
