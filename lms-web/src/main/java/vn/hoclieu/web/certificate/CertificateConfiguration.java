package vn.hoclieu.web.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoclieu.core.certificate.CertificateSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The district's certificate settings. The secret signs every code: {@code hoclieu.certificate.secret}
 * if set (several nodes must share it), else a random one generated once into
 * {@code certificate.secret} beside the blob store ({@code var/}) and read back at every start —
 * losing it would turn every certificate issued so far into "unknown".
 */
@ApplicationScoped
public class CertificateConfiguration {

    @Inject
    @ConfigProperty(name = "hoclieu.certificate.secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "hoclieu.blobs.dir", defaultValue = "var/blobs")
    String blobsDir;

    @Inject
    @ConfigProperty(name = "hoclieu.certificate.issuer", defaultValue = "Phòng Văn hóa – Xã hội")
    String issuer;

    @Inject
    @ConfigProperty(name = "hoclieu.certificate.place")
    Optional<String> place;

    /** The address printed on certificates and in their QR codes; else the one the request came in by. */
    @Inject
    @ConfigProperty(name = "hoclieu.public-url")
    Optional<String> publicUrl;

    private CertificateSettings settings;

    @Produces
    synchronized CertificateSettings settings() {
        if (settings == null) {
            byte[] secret = configuredSecret.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(this::secretFromFile);
            settings = new CertificateSettings(secret, issuer, place.orElse(""));
        }
        return settings;
    }

    /** {@code https://hoclieu.example.vn/verify/}: where a code is checked by anyone. */
    public String verifyBaseUrl(HttpServletRequest request) {
        String base = publicUrl.filter(u -> !u.isBlank()).orElseGet(() -> requestBase(request));
        return (base.endsWith("/") ? base : base + "/") + "verify/";
    }

    private static String requestBase(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String path = request.getRequestURI();
        return url.substring(0, url.length() - path.length()) + request.getContextPath() + "/";
    }

    private byte[] secretFromFile() {
        Path file = Path.of(blobsDir).toAbsolutePath().getParent().resolve("certificate.secret");
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (secret.length < 16) {
                throw new IllegalStateException(file + " holds fewer than 16 bytes of secret");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("certificate secret unusable at " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            // its secret is the one to use
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's permissions protect it
        }
    }
}
