package se.finsam.plugins.internal;

import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.osgi.util.NLS;

/**
 * What p2's certificate check asks during an install (unsigned jars, certificates no trusted authority issued,
 * unknown PGP keys): answered from the user's {@code trust} choice, never from a dialog of p2's own, and kept so
 * that a refusal can say who signed what.
 */
final class TrustPrompt extends UIServices {

	private static final int MAX_NAMED = 6;

	private final boolean trust;
	private final List<String> seen = new ArrayList<>();

	TrustPrompt(boolean trust) {
		this.trust = trust;
	}

	/** One line per unsigned file or untrusted signer that p2 asked about. */
	List<String> seen() {
		return seen;
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
		return getTrustInfo(untrustedChains, List.of(), unsignedDetail);
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedPGPKeys,
			String[] unsignedDetail) {
		List<Certificate> certificates = new ArrayList<>();
		if (untrustedChains != null) {
			for (Certificate[] chain : untrustedChains) {
				if (chain.length > 0) {
					certificates.add(chain[0]);
					seen.add(NLS.bind(Messages.Trust_signedBy, Signers.subject(chain[0])));
				}
			}
		}
		for (PGPPublicKey key : untrustedPGPKeys) {
			seen.add(NLS.bind(Messages.Trust_pgpKey, Long.toHexString(key.getKeyID()).toUpperCase()));
		}
		if (unsignedDetail != null && unsignedDetail.length > 0) {
			List<String> files = Arrays.stream(unsignedDetail).map(TrustPrompt::fileName).sorted().toList();
			// a whole product update is dozens of files: the first few name it well enough
			String named = files.size() <= MAX_NAMED ? String.join(", ", files)
					: NLS.bind(Messages.Trust_andMore, String.join(", ", files.subList(0, MAX_NAMED)),
							files.size() - MAX_NAMED);
			seen.add(NLS.bind(Messages.Trust_unsigned, named));
		}
		// Trusted for this install only: nothing is added to the installation's trust store.
		return trust ? new TrustInfo(certificates, untrustedPGPKeys, false, true)
				: new TrustInfo(List.of(), List.of(), false, false);
	}

	private static String fileName(String path) {
		return path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}
}
