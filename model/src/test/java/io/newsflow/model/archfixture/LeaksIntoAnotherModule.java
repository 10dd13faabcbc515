package io.newsflow.model.archfixture;

import io.newsflow.archfixture.OtherModuleType;

/** A model class that breaks the rule, so the dependency test can show it would catch one. */
public final class LeaksIntoAnotherModule {

    private final OtherModuleType dependency = new OtherModuleType();

    public String describe() {
        return dependency.toString();
    }
}
