package kz.esimder.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the store lives and how the endpoint behaves. Every value comes from a system property,
 * else the environment variable named beside it, else the default:
 * <table>
 * <tr><td>{@code esimder.db} / {@code ESIMDER_DB}</td><td>{@code ./data/esimder}</td></tr>
 * <tr><td>{@code esimder.base} / {@code ESIMDER_BASE}</td><td>{@code http://localhost:8080/}</td></tr>
 * <tr><td>{@code esimder.sparql.timeout} / {@code ESIMDER_SPARQL_TIMEOUT}</td><td>30 (seconds; {@code 500ms} also accepted)</td></tr>
 * <tr><td>{@code esimder.sparql.resultLimit} / {@code ESIMDER_SPARQL_RESULT_LIMIT}</td><td>100000 rows</td></tr>
 * <tr><td>{@code esimder.sparql.maxConcurrentPerClient} / {@code ESIMDER_SPARQL_MAX_CONCURRENT_PER_CLIENT}</td><td>4</td></tr>
 * <tr><td>{@code esimder.admin.user} / {@code ESIMDER_ADMIN_USER}</td><td>{@code admin}</td></tr>
 * <tr><td>{@code esimder.admin.password} / {@code ESIMDER_ADMIN_PASSWORD}</td><td>none: admin disabled</td></tr>
 * </table>
 */
public final class StoreSettings {
    private final Path database;
    private final String base;
    private final Duration queryTimeout;
    private final long resultLimit;
    private final int maxConcurrentPerClient;
    private final String adminUser;
    private final String adminPassword;

    private StoreSettings(Builder b) {
        this.database = b.database.toAbsolutePath().normalize();
        this.base = b.base;
        this.queryTimeout = b.queryTimeout;
        this.resultLimit = b.resultLimit;
        this.maxConcurrentPerClient = b.maxConcurrentPerClient;
        this.adminUser = b.adminUser;
        this.adminPassword = b.adminPassword;
    }

    public static Builder builder() { return new Builder(); }

    /** Settings from system properties and the environment. */
    public static StoreSettings fromEnvironment() {
        return fromSource(name -> Optional.ofNullable(System.getProperty(name))
                .orElseGet(() -> System.getenv(environmentName(name))));
    }

    /** {@code esimder.sparql.maxConcurrentPerClient} → {@code ESIMDER_SPARQL_MAX_CONCURRENT_PER_CLIENT}. */
    static String environmentName(String property) {
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase();
    }

    /** Settings from any lookup of the property names (e.g. Spring's Environment::getProperty). */
    public static StoreSettings fromSource(UnaryOperator<String> lookup) {
        Builder b = builder();
        value(lookup, "esimder.db").map(Path::of).ifPresent(b::database);
        value(lookup, "esimder.base").ifPresent(b::base);
        value(lookup, "esimder.sparql.timeout").map(StoreSettings::duration).ifPresent(b::queryTimeout);
        value(lookup, "esimder.sparql.resultLimit").map(v -> number("esimder.sparql.resultLimit", v)).ifPresent(b::resultLimit);
        value(lookup, "esimder.sparql.maxConcurrentPerClient")
                .map(v -> (int) number("esimder.sparql.maxConcurrentPerClient", v)).ifPresent(b::maxConcurrentPerClient);
        value(lookup, "esimder.admin.user").ifPresent(b::adminUser);
        value(lookup, "esimder.admin.password").ifPresent(b::adminPassword);
        return b.build();
    }

    private static Optional<String> value(UnaryOperator<String> lookup, String name) {
        return Optional.ofNullable(lookup.apply(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a whole number: '" + value + "'", e);
        }
    }

    /** "30" is seconds; "500ms", "30s", "2m" carry their unit. */
    static Duration duration(String value) {
        String v = value.strip().toLowerCase();
        try {
            if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            if (v.endsWith("s")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).strip()));
            if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1).strip()));
            return Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("esimder.sparql.timeout: not a duration: '" + value + "'", e);
        }
    }

    public Path database() { return database; }
    public StoreLayout layout() { return new StoreLayout(database); }
    public String base() { return base; }
    public Duration queryTimeout() { return queryTimeout; }
    public long resultLimit() { return resultLimit; }
    public int maxConcurrentPerClient() { return maxConcurrentPerClient; }
    public String adminUser() { return adminUser; }
    /** Empty when no password is configured: then every admin request is refused. */
    public Optional<String> adminPassword() { return Optional.ofNullable(adminPassword); }
    public boolean adminEnabled() { return adminPassword != null; }

    public Builder toBuilder() {
        return builder().database(database).base(base).queryTimeout(queryTimeout).resultLimit(resultLimit)
                .maxConcurrentPerClient(maxConcurrentPerClient).adminUser(adminUser).adminPassword(adminPassword);
    }

    @Override
    public String toString() {
        // Never the password.
        return "StoreSettings[db=" + database + ", base=" + base + ", timeout=" + queryTimeout + ", resultLimit=" + resultLimit
                + ", maxConcurrentPerClient=" + maxConcurrentPerClient + ", admin=" + (adminEnabled() ? adminUser : "disabled") + "]";
    }

    public static final class Builder {
        private Path database = Path.of("data", "esimder");
        private String base = "http://localhost:8080/";
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long resultLimit = 100_000;
        private int maxConcurrentPerClient = 4;
        private String adminUser = "admin";
        private String adminPassword;

        public Builder database(Path v) { this.database = v; return this; }
        public Builder base(String v) { this.base = v; return this; }
        public Builder queryTimeout(Duration v) { this.queryTimeout = v; return this; }
        public Builder resultLimit(long v) { this.resultLimit = v; return this; }
        public Builder maxConcurrentPerClient(int v) { this.maxConcurrentPerClient = v; return this; }
        public Builder adminUser(String v) { this.adminUser = v; return this; }
        public Builder adminPassword(String v) { this.adminPassword = v; return this; }

        public StoreSettings build() {
            Objects.requireNonNull(database, "esimder.db");
            if (base == null || !(base.startsWith("http://") || base.startsWith("https://")) || !base.endsWith("/"))
                throw new IllegalArgumentException("esimder.base must be an http(s) IRI ending in '/': '" + base + "'");
            if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero())
                throw new IllegalArgumentException("esimder.sparql.timeout must be positive: '" + queryTimeout + "'");
            if (resultLimit < 1)
                throw new IllegalArgumentException("esimder.sparql.resultLimit must be at least 1: '" + resultLimit + "'");
            if (maxConcurrentPerClient < 1)
                throw new IllegalArgumentException("esimder.sparql.maxConcurrentPerClient must be at least 1: '" + maxConcurrentPerClient + "'");
            if (adminUser == null || adminUser.isBlank() || adminUser.contains(":"))
                throw new IllegalArgumentException("esimder.admin.user must be a non-empty name without ':': '" + adminUser + "'");
            if (adminPassword != null && adminPassword.isBlank())
                throw new IllegalArgumentException("esimder.admin.password must not be blank");
            return new StoreSettings(this);
        }
    }
}
