/**
 * What the whole application shares: the clock, web configuration and error pages, and
 * operations: HTTP caching, who may reach the Actuator, where the database is. Nothing
 * depends on this module.
 */
package org.gazette.system;
