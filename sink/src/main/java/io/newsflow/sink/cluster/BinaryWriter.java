package io.newsflow.sink.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Appends values to a growing byte array: variable-length integers (small counts and lengths take one byte),
 * IEEE doubles, and UTF-8 strings prefixed by their length, with null as length 0.
 */
final class BinaryWriter {

    private byte[] bytes;
    private int size;

    BinaryWriter(int capacity) {
        bytes = new byte[capacity];
    }

    void writeVarLong(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes[size++] = (byte) rest;
    }

    /** Zig-zag, so small negative values stay short too. */
    void writeSignedVarLong(long value) {
        writeVarLong((value << 1) ^ (value >> 63));
    }

    void writeInt(int value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void writeDouble(double value) {
        long bits = Double.doubleToRawLongBits(value);
        writeInt((int) (bits >>> 32));
        writeInt((int) bits);
    }

    void writeString(String value) {
        if (value == null) {
            writeVarLong(0);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeVarLong(utf8.length + 1L);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** A nullable long: a presence byte, then the value. */
    void writeOptionalLong(Long value) {
        ensure(1);
        bytes[size++] = (byte) (value == null ? 0 : 1);
        if (value != null) {
            writeSignedVarLong(value);
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
