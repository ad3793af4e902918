import java.io.File;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model code (bundles/se.finsam.model) and the item providers (bundles/se.finsam.model.edit)
 * from model/finsam.ecore and model/finsam.genmodel, outside Eclipse. Hand edits marked @generated NOT survive
 * (EMF's JMerger). Creates the .genmodel from the .ecore when it is missing. Run: releng/scripts/generate-model
 */
public class GenerateModel {

	public static void main(String[] args) throws Exception {
		File root = new File(args.length > 0 ? args[0] : ".").getCanonicalFile();
		for (String bundle : List.of("se.finsam.model", "se.finsam.model.edit")) {
			URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + bundle + "/", false),
					URI.createFileURI(new File(root, "bundles/" + bundle).getPath() + "/"));
		}
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		set.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		set.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		URI genModelUri = URI.createPlatformResourceURI("/se.finsam.model/model/finsam.genmodel", false);
		GenModel genModel;
		if (set.getURIConverter().exists(genModelUri, Map.of())) {
			genModel = (GenModel) set.getResource(genModelUri, true).getContents().get(0);
			genModel.reconcile();
		} else {
			genModel = create(set, genModelUri);
		}
		genModel.getGenPackages().get(0).getEcorePackage().eResource();
		genModel.setCanGenerate(true);
		genModel.setValidateModel(true);
		genModel.eResource().save(Map.of());

		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic result = generator.generate(genModel, type, type, new BasicMonitor.Printing(System.out));
			report(type, result);
		}
	}

	private static GenModel create(ResourceSet set, URI genModelUri) throws Exception {
		Resource ecore = set.getResource(URI.createPlatformResourceURI("/se.finsam.model/model/finsam.ecore", false), true);
		EPackage ePackage = (EPackage) ecore.getContents().get(0);
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		Resource resource = set.createResource(genModelUri);
		resource.getContents().add(genModel);
		genModel.initialize(List.of(ePackage));
		genModel.setModelName("Finsam");
		genModel.setModelPluginID("se.finsam.model");
		genModel.setModelDirectory("/se.finsam.model/src");
		genModel.setEditPluginID("se.finsam.model.edit");
		genModel.setEditDirectory("/se.finsam.model.edit/src");
		genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
		genModel.setRuntimeVersion(GenRuntimeVersion.get("2.43"));
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.setCopyrightText("Finsam Workbench");
		genModel.setOperationReflection(true);
		genModel.setImportOrganizing(true);
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setCodeFormatting(false);
		genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
		genModel.getForeignModel().add("finsam.ecore");
		genModel.getGenPackages().get(0).setBasePackage("se.finsam");
		genModel.getGenPackages().get(0).setPrefix("Finsam");
		return genModel;
	}

	private static void report(String type, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() > Diagnostic.WARNING) {
			System.err.println(type + ": " + diagnostic.getMessage());
			for (Diagnostic child : diagnostic.getChildren()) {
				System.err.println("  " + child.getMessage());
			}
			System.exit(1);
		}
		System.out.println(type + ": generated");
	}
}
