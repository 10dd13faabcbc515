package io.newsflow.sink.cluster;

import java.nio.charset.StandardCharsets;

/** Reads what {@link BinaryWriter} wrote, in the same order. */
final class BinaryReader {

    private final byte[] bytes;
    private int position;

    BinaryReader(byte[] bytes) {
        this.bytes = bytes;
    }

    long readVarLong() {
        long value = 0;
        int shift = 0;
        while (true) {
            byte next = bytes[position++];
            value |= (long) (next & 0x7F) << shift;
            if (next >= 0) {
                return value;
            }
            shift += 7;
        }
    }

    /** A non-negative int that is no length: a position, an ordinal, a tally. */
    int readNumber() {
        long value = readVarLong();
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalStateException("corrupt state record: number " + value + " before byte " + position);
        }
        return (int) value;
    }

    /** How many elements or bytes follow: each takes at least one byte, so no more than the bytes left. */
    int readCount() {
        long count = readVarLong();
        if (count < 0 || count > bytes.length - position + 1L) {
            throw new IllegalStateException("corrupt state record: count " + count + " at byte " + position);
        }
        return (int) count;
    }

    long readSignedVarLong() {
        long raw = readVarLong();
        return (raw >>> 1) ^ -(raw & 1);
    }

    int readInt() {
        int value = (bytes[position] & 0xFF) << 24 | (bytes[position + 1] & 0xFF) << 16
                | (bytes[position + 2] & 0xFF) << 8 | bytes[position + 3] & 0xFF;
        position += 4;
        return value;
    }

    double readDouble() {
        long high = readInt() & 0xFFFFFFFFL;
        long low = readInt() & 0xFFFFFFFFL;
        return Double.longBitsToDouble(high << 32 | low);
    }

    String readString() {
        int length = readCount();
        if (length == 0) {
            return null;
        }
        String value = new String(bytes, position, length - 1, StandardCharsets.UTF_8);
        position += length - 1;
        return value;
    }

    Long readOptionalLong() {
        return bytes[position++] == 0 ? null : readSignedVarLong();
    }

    boolean atEnd() {
        return position == bytes.length;
    }
}
