package org.gazette.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Failed sign-ins, counted per username and per address.
 */
interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

	long countByUsernameAndFailedAtAfter(String username, Instant since);

	long countByRemoteAddressAndFailedAtAfter(String remoteAddress, Instant since);

	@Modifying
	@Query("delete from LoginFailure f where f.username = :username")
	void deleteByUsername(@Param("username") String username);

	@Modifying
	@Query("delete from LoginFailure f where f.failedAt < :before")
	void deleteOlderThan(@Param("before") Instant before);

}
