package io.newsflow.runtime.topics;

import io.newsflow.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics when they are missing and leaves existing ones alone, so it can run at every
 * start-up. {@code news.events} is compacted: its consumers rebuild the current state of every event from it.
 */
public final class TopicSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {
    }

    /**
     * @return the names of the topics this call created (empty when all existed)
     * @throws TopicSetupException when the broker cannot be reached in time or refuses the request
     */
    public static List<String> ensure(Map<String, Object> clientProperties, Topics topics, int partitions,
                                      short replicationFactor, Duration timeout) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000));
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : topics.names()) {
                if (!existing.contains(name)) {
                    NewTopic topic = new NewTopic(name, partitions, replicationFactor);
                    if (name.equals(topics.events().name())) {
                        topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(topic);
                }
            }
            create(admin, missing, timeout);
            List<String> created = missing.stream().map(NewTopic::name).toList();
            LOG.info("Topics {}: created {}, already there {}", topics.names(), created.size(),
                    topics.names().size() - created.size());
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicSetupException("interrupted while creating topics " + topics.names(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new TopicSetupException("cannot reach the Kafka brokers at "
                    + clientProperties.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + " to create topics "
                    + topics.names() + ": " + rootMessage(e), e);
        }
    }

    private static void create(Admin admin, List<NewTopic> missing, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // another process created them between our list and our create: the goal is reached
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** Topics could not be checked or created. */
    public static final class TopicSetupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TopicSetupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
