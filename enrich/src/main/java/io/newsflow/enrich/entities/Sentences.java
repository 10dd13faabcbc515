package io.newsflow.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences of tokens whose begin and end positions are offsets into the whole text.
 * News text puts a headline, a caption or a standfirst on a line of its own with no closing full stop, so a line
 * break always ends a sentence when {@code splitOnLineBreaks} is set; otherwise the text is split as CoreNLP would.
 */
final class Sentences {

    /** Default PTB options as the CRF was trained with, keeping the original spelling of every token. */
    private static final String TOKENIZER_OPTIONS = "invertible=false,untokenizable=noneKeep";

    private final boolean splitOnLineBreaks;

    Sentences(boolean splitOnLineBreaks) {
        this.splitOnLineBreaks = splitOnLineBreaks;
    }

    List<List<CoreLabel>> split(String text) {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        if (!splitOnLineBreaks) {
            addSentences(text, 0, sentences);
            return sentences;
        }
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                addSentences(text.substring(lineStart, lineEnd), lineStart, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void addSentences(String part, int offset, List<List<CoreLabel>> sentences) {
        PTBTokenizer<CoreLabel> tokenizer =
                new PTBTokenizer<>(new StringReader(part), new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
        List<CoreLabel> tokens = tokenizer.tokenize();
        if (offset != 0) {
            for (CoreLabel token : tokens) {
                token.setBeginPosition(token.beginPosition() + offset);
                token.setEndPosition(token.endPosition() + offset);
            }
        }
        // A new processor per call: it is cheap and its thread-safety is not documented.
        sentences.addAll(new WordToSentenceProcessor<CoreLabel>().process(tokens));
    }
}
