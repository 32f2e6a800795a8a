package org.gazette.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Editor accounts in the database.
 */
interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	List<Account> findAllByOrderByUsername();

	long countByRoleAndEnabledTrue(Role role);

	@Query("select case when count(a) > 0 then true else false end from Account a"
			+ " where a.role = org.gazette.account.Role.ADMIN and a.enabled = true and a.passwordHash is not null")
	boolean existsAdminWhoCanSignIn();

}
