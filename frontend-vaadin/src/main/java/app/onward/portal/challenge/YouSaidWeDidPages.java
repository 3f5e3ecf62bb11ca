package app.onward.portal.challenge;

import app.onward.portal.OnwardProperties;
import app.onward.portal.identity.Authority;
import app.onward.portal.identity.AuthorityDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;

/**
 * An authority's published "you said, we did", signed out: plain server-rendered HTML like the offer pages it is
 * linked from (DESIGN.md, "Pages"), for young people who want to know their challenges were heard.
 */
@Controller
class YouSaidWeDidPages {

    private final AuthorityDirectory authorities;
    private final PublishedAnswers answers;
    private final URI quickExitUrl;

    YouSaidWeDidPages(AuthorityDirectory authorities, PublishedAnswers answers, OnwardProperties properties) {
        this.authorities = authorities;
        this.answers = answers;
        this.quickExitUrl = properties.quickExitUrl();
    }

    @GetMapping("/" + Authority.SLUG_IN_PATH + "/you-said-we-did")
    String youSaidWeDid(@PathVariable String slug, Model model) {
        Authority authority = authorities.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("authority", authority);
        model.addAttribute("answers", answers.of(authority.slug()));
        model.addAttribute("quickExitUrl", quickExitUrl);
        return "you-said-we-did";
    }
}
