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
import java.util.List;
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

    public EntityRecognizer() {
        this.crf = loadModel();
        this.sentences = new Sentences(true);
    }

    /**
     * The names in {@code text}, in text order, with offsets into {@code text} (start inclusive, end exclusive).
     */
    public List<EntityMention> find(String text) {
        List<EntityMention> mentions = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences.split(text)) {
            // classifySentence, not classify: it prepares the token annotations the model's features expect
            // (on bare tokens classify misses most names) and labels copies in the same order.
            collect(text, sentence, labels(crf.classifySentence(sentence)), mentions);
        }
        return mentions;
    }

    private static List<String> labels(List<CoreLabel> classified) {
        List<String> labels = new ArrayList<>(classified.size());
        for (CoreLabel token : classified) {
            labels.add(token.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return labels;
    }

    /** Joins runs of tokens with the same label into mentions. */
    private static void collect(String text, List<CoreLabel> sentence, List<String> labels,
                                List<EntityMention> mentions) {
        int i = 0;
        while (i < sentence.size()) {
            String label = labels.get(i);
            if (label == null || OUTSIDE.equals(label)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < sentence.size() && label.equals(labels.get(j))) {
                j++;
            }
            int start = sentence.get(i).beginPosition();
            int end = sentence.get(j - 1).endPosition();
            EntityType type = typeOf(label);
            String name = text.substring(start, end);
            mentions.add(new EntityMention(name, type, NameKey.of(type, name), start, end));
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

    private static CRFClassifier<CoreLabel> loadModel() {
        InputStream resource = EntityRecognizer.class.getClassLoader().getResourceAsStream(MODEL);
        if (resource == null) {
            throw new IllegalStateException("NER model " + MODEL + " is not on the class path");
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(resource, 1 << 16))) {
            return CRFClassifier.getClassifier(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + MODEL, e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("NER model " + MODEL + " does not fit this CoreNLP version", e);
        }
    }
}
