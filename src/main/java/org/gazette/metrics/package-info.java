/**
 * Gazette's own counters (saves, search queries, content imports), published beside the
 * JVM, connection pool and request metrics at {@code /actuator/prometheus}. Any feature
 * may call {@link org.gazette.metrics.GazetteMetrics}; this module depends on none.
 */
package org.gazette.metrics;
