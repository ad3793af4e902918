package se.finsam.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileInputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A folder served over https on 127.0.0.1, as a förbund publishes its p2 repository, with a certificate made here
 * (keytool) that the product trusts only when given {@link #trustingVmArgs()}.
 */
final class HttpsRepository implements AutoCloseable {

	private static final String PASSWORD = "hemligt";

	private final HttpsServer server;
	private final Path trustStore;

	HttpsRepository(Path folder, Path work) throws Exception {
		Path keyStore = work.resolve("server.p12");
		trustStore = work.resolve("trust.p12");
		Path certificate = work.resolve("server.cer");
		keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=127.0.0.1, O=Testforbundet, C=SE", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
				keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
		keytool("-exportcert", "-alias", "server", "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-file",
				certificate.toString());
		keytool("-importcert", "-noprompt", "-alias", "server", "-file", certificate.toString(), "-storetype", "PKCS12",
				"-keystore", trustStore.toString(), "-storepass", PASSWORD);
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (FileInputStream in = new FileInputStream(keyStore.toFile())) {
			keys.load(in, PASSWORD.toCharArray());
		}
		KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		managers.init(keys, PASSWORD.toCharArray());
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(managers.getKeyManagers(), null, null);
		server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(tls));
		server.createContext("/", exchange -> {
			Path file = folder.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
			boolean found = file.startsWith(folder) && Files.isRegularFile(file);
			byte[] body = found ? Files.readAllBytes(file) : "saknas".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(found ? 200 : 404, "HEAD".equals(exchange.getRequestMethod()) ? -1 : body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				if (!"HEAD".equals(exchange.getRequestMethod())) {
					out.write(body);
				}
			}
		});
		server.start();
	}

	/** The repository's address. */
	String url() {
		return "https://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	/** JVM options under which the product trusts this server's certificate (as IT would add a förbund's CA). */
	String trustingVmArgs() {
		return "-Djavax.net.ssl.trustStore=" + trustStore + " -Djavax.net.ssl.trustStorePassword=" + PASSWORD
				+ " -Djavax.net.ssl.trustStoreType=PKCS12";
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private static void keytool(String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(ReportCliTest.java()).resolveSibling("keytool").toString());
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), log);
	}
}
