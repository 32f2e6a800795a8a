package org.gazette.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A query string with a broken escape ({@code ?q=%zz}) is the address's fault, not the
 * server's: it gets the site's 400 page, and the log a line at debug level instead of an
 * error with a stack trace.
 */
@ControllerAdvice
class MalformedRequestAdvice {

	private static final Log logger = LogFactory.getLog(MalformedRequestAdvice.class);

	@ExceptionHandler(InvalidParameterException.class)
	void badlyEncodedParameter(InvalidParameterException ex, HttpServletResponse response) throws IOException {
		logger.debug("Refused a request whose parameters could not be decoded: " + ex.getMessage());
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
