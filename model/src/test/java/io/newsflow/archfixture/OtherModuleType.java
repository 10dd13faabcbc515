package io.newsflow.archfixture;

/** Stands for a class of another newsflow module in the dependency test. */
public final class OtherModuleType {
}
