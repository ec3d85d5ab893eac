package dev.fidelio.index;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.boot.StartupException;
import dev.fidelio.index.rules.TagMapper;
import dev.fidelio.index.rules.TagRules;
import dev.fidelio.index.rules.TagRulesException;
import io.quarkus.runtime.Startup;

/**
 * The tag rules in force: the shipped ones, overridden by the folder in FIDELIO_TAG_RULES. Loaded at start-up,
 * so that a mistake in a rule file stops the server with its file and line rather than surfacing mid-scan.
 */
@Startup
@ApplicationScoped
public class TagRulesProvider {

    private volatile TagRules rules;
    private volatile TagMapper mapper;

    TagRulesProvider(FidelioConfig config) {
        try {
            this.rules = TagRules.load(config.tagRules());
        } catch (TagRulesException e) {
            throw new StartupException("Invalid tag rules: " + e.getMessage());
        }
        this.mapper = new TagMapper(rules);
    }

    /** Puts other rules in force; the next scan of kind {@link ScanKind#RULES} applies them to the whole library. */
    void use(TagRules replacement) {
        this.rules = replacement;
        this.mapper = new TagMapper(replacement);
    }

    public TagRules rules() {
        return rules;
    }

    public TagMapper mapper() {
        return mapper;
    }
}
