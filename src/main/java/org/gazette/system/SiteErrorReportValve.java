package org.gazette.system;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Answers the requests that Tomcat refuses before the application sees them — an invalid
 * escape or character in the address, a query too long, a forbidden method — with a short
 * page in the site's look instead of Tomcat's bare report. The application's own errors
 * never get here: their pages are written by the time this valve looks.
 */
class SiteErrorReportValve extends ErrorReportValve {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s · Gazette</title>
				<link rel="stylesheet" href="/css/gazette.css">
			</head>
			<body>
				<header class="site-header"><div class="site-header__inner"><a class="site-name" href="/">Gazette</a></div></header>
				<main id="main" class="error-page">
					<h1>%s</h1>
					<p>%s (error %d)</p>
					<p><a href="/">Go to the front page</a></p>
				</main>
			</body>
			</html>
			""";

	SiteErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(page(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone, or the response was sent already: nothing to add.
		}
	}

	static String page(int status) {
		return switch (status) {
			case 400 -> PAGE.formatted("Bad request", "That address is not quite right",
					"Part of the address could not be understood.", status);
			case 405 -> PAGE.formatted("Not allowed", "That cannot be done here",
					"This address does not answer that kind of request.", status);
			case 413, 414, 431 -> PAGE.formatted("Too large", "That request is too large",
					"The address or the data sent with it is longer than this site accepts.", status);
			default -> PAGE.formatted("Something went wrong", "Something went wrong",
					"The request could not be answered.", status);
		};
	}

}
