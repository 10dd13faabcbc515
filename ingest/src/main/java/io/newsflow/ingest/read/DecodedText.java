package io.newsflow.ingest.read;

import java.util.List;

/** Bytes turned into text: the text with line ends as {@code \n}, the charset used and what the reader should know. */
record DecodedText(String text, String charset, List<String> warnings) {

    DecodedText {
        warnings = List.copyOf(warnings);
    }
}
