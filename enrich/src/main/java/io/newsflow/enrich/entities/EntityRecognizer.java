package io.newsflow.enrich.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.model.EntityMention;
import io.newsflow.model.EntityType;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Finds people, organizations, places and other names in English text with the Stanford CoreNLP CRF
 * ({@code english.conll.4class.distsim}) applied to tokens, and gives each a key shared by spelling variants.
 *
 * <p>Thread-safe: the model is loaded once per instance (about two seconds, 18 MB on disk) and only read while
 * classifying, so one instance serves every thread of a process.
 */
public final class EntityRecognizer {

    /** Class-path location of the CRF model; the build copies only this file out of the CoreNLP models jar. */
    static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private static final String OUTSIDE = "O";

    private final CRFClassifier<CoreLabel> crf;
    private final Sentences sentences;

    private final Refiner refiner;

    /** Loads the model and applies every refinement. */
    public EntityRecognizer() {
        this(loadModel(), EnumSet.allOf(Refinement.class));
    }

    EntityRecognizer(CRFClassifier<CoreLabel> crf, Set<Refinement> refinements) {
        this.crf = crf;
        this.sentences = new Sentences(refinements.contains(Refinement.LINE_BREAKS));
        this.refiner = new Refiner(Lexicon.load(), Set.copyOf(refinements));
    }

    /**
     * The names in {@code text}, in text order, with offsets into {@code text} (start inclusive, end exclusive).
     */
    public List<EntityMention> find(String text) {
        List<List<CoreLabel>> tokens = sentences.split(text);
        List<Span> spans = new ArrayList<>();
        for (List<CoreLabel> sentence : tokens) {
            // classifySentence, not classify: it prepares the token annotations the model's features expect
            // (on bare tokens classify misses most names) and labels copies in the same order.
            collect(sentence, crf.classifySentence(sentence), spans);
        }
        List<Span> refined = refiner.refine(text, tokens, spans);
        List<String> keys = ArticleKeys.of(text, refined);
        List<EntityMention> mentions = new ArrayList<>(refined.size());
        for (int i = 0; i < refined.size(); i++) {
            Span span = refined.get(i);
            mentions.add(new EntityMention(span.text(text), span.type(), keys.get(i), span.start(), span.end()));
        }
        return mentions;
    }

    /** Joins runs of tokens with the same label into spans. */
    private static void collect(List<CoreLabel> sentence, List<CoreLabel> labelled, List<Span> spans) {
        int i = 0;
        while (i < sentence.size()) {
            String label = labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            if (label == null || OUTSIDE.equals(label)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < sentence.size() && label.equals(labelled.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            List<CoreLabel> tokens = sentence.subList(i, j);
            // a quote mark or dash alone, labelled as part of a name, names nothing and would key nothing
            if (tokens.stream().anyMatch(token -> token.word().codePoints().anyMatch(Character::isLetterOrDigit))) {
                spans.add(new Span(tokens, typeOf(label)));
            }
            i = j;
        }
    }

    private static EntityType typeOf(String label) {
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }

    static CRFClassifier<CoreLabel> loadModel() {
        InputStream resource = EntityRecognizer.class.getClassLoader().getResourceAsStream(MODEL);
        if (resource == null) {
            throw new IllegalStateException("NER model " + MODEL + " is not on the class path");
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(resource, 1 << 16))) {
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(in);
            if (crf.flags.wordFunction != null) {
                crf.flags.wordFunction = new MemoizedWordFunction(crf.flags.wordFunction);
            }
            return crf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + MODEL, e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("NER model " + MODEL + " does not fit this CoreNLP version", e);
        }
    }
}
