package se.finsam.plugins.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;

import se.finsam.testing.ui.Ui;

/** p2 repositories written as files for the dialogs' tests (metadata only), and a button pressed as a user does. */
final class TestRepositories {

	private TestRepositories() {
	}

	/** A simple p2 repository in {@code folder}: these {@code <unit>} elements, and no artifacts. */
	static Path write(Path folder, String name, int count, String units) throws Exception {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("content.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?metadataRepository version='1.2.0'?>
				<repository name='%s' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
				  <units size='%d'>
				%s
				  </units>
				</repository>
				""".formatted(name, count, units));
		Files.writeString(folder.resolve("artifacts.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?artifactRepository version='1.1.0'?>
				<repository name='%s' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
				  <mappings size='1'>
				    <rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/>
				  </mappings>
				  <artifacts size='0'/>
				</repository>
				""".formatted(name));
		return folder;
	}

	static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		Ui.flush();
	}
}
