package org.gazette.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Editor accounts in the database.
 */
interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	List<Account> findAllByOrderByUsername();

	long countByRoleAndEnabledTrue(Role role);

}
