package se.finsam.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Who signed a bundle jar, read as the JVM verifies it (every entry read, so a tampered entry throws). */
final class Signers {

	private Signers() {
	}

	/** The signers' subjects ("CN=…, O=…"), joined with "; ", or null when the jar is not signed (or not a jar). */
	static String of(Path jar) {
		if (jar == null || !Files.isRegularFile(jar)) {
			return null;
		}
		Set<String> subjects = new LinkedHashSet<>();
		try (JarFile file = new JarFile(jar.toFile(), true)) {
			byte[] buffer = new byte[8192];
			for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
				JarEntry entry = e.nextElement();
				if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) {
					continue;
				}
				try (InputStream in = file.getInputStream(entry)) {
					while (in.read(buffer) >= 0) {
						// the signature is checked as the entry is read
					}
				}
				CodeSigner[] signers = entry.getCodeSigners();
				if (signers == null) {
					return null; // one unsigned entry makes the jar unsigned
				}
				for (CodeSigner signer : signers) {
					subjects.add(subject(signer.getSignerCertPath().getCertificates().get(0)));
				}
			}
		} catch (IOException | SecurityException e) {
			return null;
		}
		return subjects.isEmpty() ? null : String.join("; ", subjects);
	}

	static String subject(Certificate certificate) {
		return certificate instanceof X509Certificate x ? x.getSubjectX500Principal().getName() : certificate.getType();
	}
}
