package io.newsflow.sink.cluster;

import io.newsflow.model.EntityType;
import io.newsflow.model.Event;
import io.newsflow.model.Language;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Compact binary encodings of the clustering state, for the stores and their changelogs. The task reads up to
 * twenty event summaries per article, so decoding must be cheap: no field names, variable-length counts, and a
 * member's feature weights refer to its terms and entity keys by position instead of repeating them. Each value
 * starts with a format byte, so a later layout can still read an earlier one.
 */
public final class StateSerdes {

    private static final byte FORMAT = 2;
    private static final EntityType[] ENTITY_TYPES = EntityType.values();
    private static final PublishedAt.Origin[] ORIGINS = PublishedAt.Origin.values();

    private StateSerdes() {
    }

    public static Serde<EventState> events() {
        return serde("event summary", StateSerdes::writeEvent, StateSerdes::readEvent);
    }

    public static Serde<Member> members() {
        return serde("event member", StateSerdes::writeMember, StateSerdes::readMember);
    }

    private static <T> Serde<T> serde(String what, BiConsumer<BinaryWriter, T> write, Function<BinaryReader, T> read) {
        return Serdes.serdeFrom(
                (topic, value) -> {
                    if (value == null) {
                        return null;
                    }
                    BinaryWriter out = new BinaryWriter(1024);
                    out.writeVarLong(FORMAT);
                    write.accept(out, value);
                    return out.toByteArray();
                },
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    try {
                        BinaryReader in = new BinaryReader(bytes);
                        long format = in.readVarLong();
                        if (format != FORMAT) {
                            throw new SerializationException("unknown " + what + " format " + format + " in " + topic);
                        }
                        T value = read.apply(in);
                        if (!in.atEnd()) {
                            throw new SerializationException("trailing bytes after a " + what + " in " + topic);
                        }
                        return value;
                    } catch (RuntimeException e) {
                        if (e instanceof SerializationException) {
                            throw e;
                        }
                        throw new SerializationException("cannot read a " + what + " of " + bytes.length
                                + " bytes from " + topic, e);
                    }
                });
    }

    static void writeEvent(BinaryWriter out, EventState event) {
        out.writeString(event.eventId());
        out.writeVarLong(event.version());
        out.writeString(event.createdAt());
        out.writeString(event.updatedAt());
        out.writeVarLong(event.createdArrival());
        out.writeSignedVarLong(event.lastActiveMillis());
        out.writeVarLong(event.size());
        out.writeOptionalLong(event.earliestPublished());
        out.writeOptionalLong(event.latestPublished());
        writeStrings(out, event.years());
        out.writeVarLong(event.features().size());
        event.features().forEach((feature, weight) -> {
            out.writeString(feature);
            out.writeDouble(weight);
        });
    }

    static EventState readEvent(BinaryReader in) {
        String eventId = in.readString();
        long version = in.readVarLong();
        String createdAt = in.readString();
        String updatedAt = in.readString();
        long createdArrival = in.readVarLong();
        long lastActive = in.readSignedVarLong();
        int size = in.readNumber();
        Long earliest = in.readOptionalLong();
        Long latest = in.readOptionalLong();
        TreeSet<String> years = new TreeSet<>(readStrings(in));
        int featureCount = in.readCount();
        Map<String, Double> features = new HashMap<>(featureCount * 4 / 3 + 1);
        for (int i = 0; i < featureCount; i++) {
            features.put(in.readString(), in.readDouble());
        }
        return new EventState(eventId, version, createdAt, updatedAt, createdArrival, lastActive, size, earliest,
                latest, years, features);
    }

    static void writeMember(BinaryWriter out, Member member) {
        out.writeString(member.articleId());
        out.writeString(member.title());
        writeSource(out, member.source());
        PublishedAt publishedAt = member.publishedAt();
        out.writeVarLong(publishedAt == null ? 0 : 1);
        if (publishedAt != null) {
            out.writeString(publishedAt.value());
            out.writeVarLong(publishedAt.origin() == null ? 0 : publishedAt.origin().ordinal() + 1);
        }
        Language language = member.language();
        out.writeVarLong(language == null ? 0 : 1);
        if (language != null) {
            out.writeString(language.code());
            out.writeDouble(language.confidence());
        }
        out.writeVarLong(member.arrival());
        out.writeOptionalLong(member.publishedMillis());
        out.writeString(member.nearDuplicateOf());
        Event.Score score = member.score();
        out.writeVarLong(score == null ? 0 : 1);
        if (score != null) {
            out.writeDouble(score.text());
            out.writeDouble(score.entities());
            out.writeDouble(score.time());
            out.writeDouble(score.total());
        }
        out.writeVarLong(member.terms().size());
        member.terms().forEach((word, count) -> {
            out.writeString(word);
            out.writeVarLong(count);
        });
        out.writeVarLong(member.entities().size());
        for (Member.EntityName entity : member.entities()) {
            out.writeString(entity.key());
            out.writeString(entity.name());
            out.writeVarLong(entity.type() == null ? 0 : entity.type().ordinal() + 1);
        }
        writeStrings(out, member.years());
        writeStrings(out, member.dateValues());
        out.writeVarLong(member.shingleCount());
        out.writeVarLong(member.minHash().size());
        member.minHash().forEach(out::writeInt);
        List<String> ownFeatures = ownFeatures(member.entities(), member.terms());
        Map<String, Integer> positions = new HashMap<>(ownFeatures.size() * 2);
        for (int i = 0; i < ownFeatures.size(); i++) {
            positions.put(ownFeatures.get(i), i);
        }
        writeFeatureList(out, member.indexKeys(), positions);
        out.writeVarLong(member.weights().size());
        member.weights().forEach((feature, weight) -> {
            writeFeature(out, feature, positions);
            out.writeDouble(weight);
        });
    }

    static Member readMember(BinaryReader in) {
        String articleId = in.readString();
        String title = in.readString();
        Source source = readSource(in);
        PublishedAt publishedAt = null;
        if (in.readVarLong() == 1) {
            String value = in.readString();
            int origin = in.readNumber();
            publishedAt = new PublishedAt(value, origin == 0 ? null : ORIGINS[origin - 1]);
        }
        Language language = null;
        if (in.readVarLong() == 1) {
            language = new Language(in.readString(), in.readDouble());
        }
        long arrival = in.readVarLong();
        Long publishedMillis = in.readOptionalLong();
        String nearDuplicateOf = in.readString();
        Event.Score score = null;
        if (in.readVarLong() == 1) {
            score = new Event.Score(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
        }
        int termCount = in.readCount();
        Map<String, Integer> terms = new LinkedHashMap<>(termCount * 4 / 3 + 1);
        for (int i = 0; i < termCount; i++) {
            String word = in.readString();
            terms.put(word, in.readNumber());
        }
        int entityCount = in.readCount();
        List<Member.EntityName> entities = new ArrayList<>(entityCount);
        for (int i = 0; i < entityCount; i++) {
            String key = in.readString();
            String name = in.readString();
            int type = in.readNumber();
            entities.add(new Member.EntityName(key, name, type == 0 ? null : ENTITY_TYPES[type - 1]));
        }
        List<String> years = readStrings(in);
        List<String> dateValues = readStrings(in);
        int shingleCount = in.readNumber();
        int hashes = in.readCount();
        List<Integer> minHash = new ArrayList<>(hashes);
        for (int i = 0; i < hashes; i++) {
            minHash.add(in.readInt());
        }
        List<String> ownFeatures = ownFeatures(entities, terms);
        List<String> indexKeys = readFeatureList(in, ownFeatures);
        int weightCount = in.readCount();
        Map<String, Double> weights = new LinkedHashMap<>(weightCount * 4 / 3 + 1);
        for (int i = 0; i < weightCount; i++) {
            String feature = readFeature(in, ownFeatures);
            weights.put(feature, in.readDouble());
        }
        return new Member(articleId, title, source, publishedAt, language, arrival, publishedMillis, nearDuplicateOf,
                score, terms, entities, years, dateValues, shingleCount, minHash, indexKeys, weights);
    }

    /** The features a member's weights and index keys name, in an order both sides rebuild from what came before. */
    private static List<String> ownFeatures(List<Member.EntityName> entities, Map<String, Integer> terms) {
        List<String> features = new ArrayList<>(entities.size() + terms.size());
        features.addAll(FeatureKeys.entities(entities));
        terms.keySet().forEach(word -> features.add(FeatureKeys.term(word)));
        return features;
    }

    private static void writeFeatureList(BinaryWriter out, List<String> features, Map<String, Integer> positions) {
        out.writeVarLong(features.size());
        features.forEach(feature -> writeFeature(out, feature, positions));
    }

    private static List<String> readFeatureList(BinaryReader in, List<String> ownFeatures) {
        int count = in.readCount();
        List<String> features = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            features.add(readFeature(in, ownFeatures));
        }
        return features;
    }

    /** Position + 1 among the member's own features, or 0 followed by the feature itself. */
    private static void writeFeature(BinaryWriter out, String feature, Map<String, Integer> positions) {
        Integer position = positions.get(feature);
        out.writeVarLong(position == null ? 0 : position + 1L);
        if (position == null) {
            out.writeString(feature);
        }
    }

    private static String readFeature(BinaryReader in, List<String> ownFeatures) {
        int position = in.readNumber();
        return position == 0 ? in.readString() : ownFeatures.get(position - 1);
    }

    private static void writeSource(BinaryWriter out, Source source) {
        out.writeVarLong(source == null ? 0 : 1);
        if (source != null) {
            out.writeString(source.path());
            out.writeString(source.fileName());
            out.writeSignedVarLong(source.sizeBytes());
            out.writeString(source.modifiedAt());
            out.writeString(source.receivedAt());
            out.writeString(source.contentType());
            out.writeString(source.charset());
        }
    }

    private static Source readSource(BinaryReader in) {
        if (in.readVarLong() == 0) {
            return null;
        }
        return new Source(in.readString(), in.readString(), in.readSignedVarLong(), in.readString(), in.readString(),
                in.readString(), in.readString());
    }

    private static void writeStrings(BinaryWriter out, Collection<String> values) {
        out.writeVarLong(values.size());
        values.forEach(out::writeString);
    }

    private static List<String> readStrings(BinaryReader in) {
        int count = in.readCount();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.readString());
        }
        return values;
    }
}
