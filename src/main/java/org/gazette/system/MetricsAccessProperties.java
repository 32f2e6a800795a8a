package org.gazette.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read {@code /actuator/prometheus} ({@code GAZETTE_METRICS_ALLOWED_ADDRESSES}).
 *
 * @param allowedAddresses client addresses or CIDR ranges; behind a proxy, the client's
 * address as the proxy forwards it
 */
@ConfigurationProperties("gazette.metrics")
record MetricsAccessProperties(@DefaultValue( {
		"127.0.0.0/8", "::1" }) List<String> allowedAddresses){
}
