package org.gazette;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request that takes as long as it is asked to, standing in for slow work when
 * {@link PackagedJarIntegrationTests} stops the jar in the middle of one. That test adds
 * this class to the packaged jar's class path and switches it on; nothing else does.
 */
@RestController
@ConditionalOnProperty("gazette.test.slow-requests")
class SlowRequests {

	@GetMapping("/test/slow")
	String slow(@RequestParam long millis) throws InterruptedException {
		Thread.sleep(millis);
		return "done after " + millis + " ms";
	}

}
