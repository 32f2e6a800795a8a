package org.gazette.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first editor account, created when there is none ({@code GAZETTE_ADMIN_USERNAME},
 * {@code GAZETTE_ADMIN_PASSWORD}).
 *
 * @param username the first account's username
 * @param password its password; when absent a random one is generated and logged once
 */
@ConfigurationProperties("gazette.admin")
record AccountProperties(@DefaultValue("admin") String username, String password) {
}
