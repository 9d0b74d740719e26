package org.preventduty.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/** Spring Data JDBC for every module, with the value converters the modules contribute. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackages = "org.preventduty")
class PersistenceConfiguration extends AbstractJdbcConfiguration {

    private final ObjectProvider<JdbcConverters> contributions;

    PersistenceConfiguration(ObjectProvider<JdbcConverters> contributions) {
        this.contributions = contributions;
    }

    /**
     * Names are not quoted, so that H2 (which folds them to lower case here) and PostgreSQL read the same SQL the same
     * way as the migrations wrote it.
     */
    @Override
    public JdbcMappingContext jdbcMappingContext(
            Optional<NamingStrategy> namingStrategy,
            JdbcCustomConversions customConversions,
            RelationalManagedTypes jdbcManagedTypes) {
        var context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
        context.setForceQuote(false);
        return context;
    }

    @Override
    protected List<?> userConverters() {
        var converters = new ArrayList<Object>();
        contributions.orderedStream().forEach(c -> converters.addAll(c.converters()));
        return converters;
    }
}
