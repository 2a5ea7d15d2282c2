package vn.hoclieu.web.roster;

import jakarta.enterprise.context.ApplicationScoped;
import vn.hoclieu.core.roster.LoginCard;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * First passwords just issued (an import, a reset), kept in this server's memory only, for 30
 * minutes, so that the person who issued them can print the login cards: never in the database,
 * never on disk. After that, or after a restart, new cards mean new passwords (a reset). Behind a
 * load balancer the download must reach the same node (sticky sessions).
 */
@ApplicationScoped
public class LoginCardStore {

    static final Duration KEPT = Duration.ofMinutes(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(long ownerId, List<LoginCard> cards, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** Keeps the cards for their issuer; answers the token that fetches them. */
    public String keep(long ownerId, List<LoginCard> cards) {
        Instant now = Instant.now();
        entries.values().removeIf(e -> e.until().isBefore(now));
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        String key = HexFormat.of().formatHex(token);
        entries.put(key, new Entry(ownerId, List.copyOf(cards), now.plus(KEPT)));
        return key;
    }

    /** The cards behind a token, for their issuer only, while they are kept; optionally one class's. */
    public Optional<List<LoginCard>> cards(String token, long ownerId, String className) {
        Entry e = token == null ? null : entries.get(token);
        if (e == null || e.ownerId() != ownerId || e.until().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(className == null || className.isBlank() ? e.cards()
                : e.cards().stream().filter(c -> c.className().equalsIgnoreCase(className.strip())).toList());
    }
}
