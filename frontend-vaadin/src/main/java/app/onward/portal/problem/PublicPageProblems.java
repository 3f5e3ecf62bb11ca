package app.onward.portal.problem;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.BackendProblem;
import app.onward.portal.security.SignInUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The public pages' answer when the backend or Keycloak cannot help: a friendly page with the right status,
 * never a stack trace. (Unknown addresses get templates/error/404.html from Spring Boot's error page.)
 */
@ControllerAdvice
class PublicPageProblems {

    private static final Logger log = LoggerFactory.getLogger(PublicPageProblems.class);

    @ExceptionHandler(BackendException.class)
    ModelAndView backendProblem(BackendException failure) {
        if (failure.problem() == BackendProblem.NOT_FOUND) {
            return new ModelAndView("error/404", Map.of(), HttpStatus.NOT_FOUND);
        }
        log.warn("Public page without an answer from the backend: {}", failure.getMessage(), failure);
        return unavailable(failure.problem().friendlyMessage());
    }

    @ExceptionHandler(SignInUnavailableException.class)
    ModelAndView signInUnavailable(SignInUnavailableException failure) {
        log.warn("Sign-in unreachable: {}", failure.getMessage(), failure);
        return unavailable("Signing in is not available right now. Please try again in a few minutes.");
    }

    private static ModelAndView unavailable(String message) {
        return new ModelAndView("error/503", Map.of("message", message), HttpStatus.SERVICE_UNAVAILABLE);
    }
}
