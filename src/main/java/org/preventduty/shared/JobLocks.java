package org.preventduty.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every scheduled job runs once across the nodes of the service: a job annotated with
 * {@link net.javacrumbs.shedlock.spring.annotation.SchedulerLock} takes its row of {@code job_lock} (ShedLock, by the
 * database's own clock) and the nodes that find it taken skip that run. A job holds its lock for at least
 * {@code lockAtLeastFor}, so that a node whose clock is a little behind does not run it again just after.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobLocks {

    @Bean
    LockProvider jobLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("job_lock")
                .usingDbTime()
                .build());
    }
}
