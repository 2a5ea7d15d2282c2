package vn.hoclieu.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one JTA datasource, configured through MicroProfile Config (environment variables in a
 * district deployment). Connections are validated before use, so the pool recovers by itself
 * after MariaDB restarts.
 */
@DataSourceDefinition(
        name = HocLieuDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=hoclieu.db.url}",
        user = "${MPCONFIG=hoclieu.db.user}",
        password = "${MPCONFIG=hoclieu.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                // a real round trip: "meta-data" validation passes on a dead connection (the driver caches it)
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-leak-timeout-in-seconds=60",
                "connectTimeout=3000",
                "socketTimeout=30000"
        })
@ApplicationScoped
public class HocLieuDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/hoclieu";
}
