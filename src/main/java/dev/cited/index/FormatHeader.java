package dev.cited.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The header at the start of every binary file or blob Cited writes, after Lucene's {@code
 * CodecUtil}: the magic number {@value #MAGIC} ("CITD"), the codec name (one length byte, then
 * ASCII) and the format version, ints big-endian. Reading checks all three, so a file from
 * another program, another codec or another version fails with a message that names it and says
 * what was expected and what was found, instead of decoding as nonsense.
 */
public final class FormatHeader {

    /** The first four bytes of every Cited binary: {@code "CITD"}. */
    public static final int MAGIC = 0x43495444;

    /** The header does not match: another codec, another version, or no Cited header at all. */
    public static final class MismatchException extends IOException {
        private static final long serialVersionUID = 1L;

        MismatchException(String message) {
            super(message);
        }
    }

    private FormatHeader() {}

    /** Bytes the header of {@code codec} takes. */
    public static int length(String codec) {
        return Integer.BYTES + 1 + codec.length() + Integer.BYTES;
    }

    /**
     * The header for {@code codec} at {@code version}.
     *
     * @throws IllegalArgumentException if the codec name is not 1 to 127 ASCII characters
     */
    public static byte[] bytes(String codec, int version) {
        if (codec.isEmpty()
                || codec.length() > 127
                || !StandardCharsets.US_ASCII.newEncoder().canEncode(codec)) {
            throw new IllegalArgumentException("illegal codec name '" + codec + "': must be 1 to 127 ASCII characters");
        }
        return ByteBuffer.allocate(length(codec))
                .order(ByteOrder.BIG_ENDIAN)
                .putInt(MAGIC)
                .put((byte) codec.length())
                .put(codec.getBytes(StandardCharsets.US_ASCII))
                .putInt(version)
                .array();
    }

    /** True when {@code in} has at least four bytes left and they are the magic number (position unchanged). */
    public static boolean startsWithMagic(ByteBuffer in) {
        return in.remaining() >= Integer.BYTES && magicAt(in, in.position()) == MAGIC;
    }

    /**
     * Reads the header at {@code in}'s position and checks it is {@code codec} at {@code version};
     * afterwards the position is just past the header.
     *
     * @param source what is being read, for the message (a file name, or "sentence vectors of paper X")
     * @throws MismatchException naming {@code source}, what was expected and what was found
     */
    public static void check(ByteBuffer in, String codec, int version, String source) throws MismatchException {
        String expected = "codec '" + codec + "' version " + version;
        if (in.remaining() < length(codec)) {
            throw new MismatchException(
                    source + ": " + in.remaining() + " bytes are too few for a Cited header; expected " + expected);
        }
        int magic = magicAt(in, in.position());
        if (magic != MAGIC) {
            throw new MismatchException(String.format(
                    Locale.ROOT,
                    "%s: no Cited header (expected magic 0x%08X, found 0x%08X); written by an older Cited or another program",
                    source,
                    MAGIC,
                    magic));
        }
        in.position(in.position() + Integer.BYTES);
        int nameLength = in.get() & 0xff;
        if (nameLength != codec.length()) {
            throw new MismatchException(
                    source + ": expected " + expected + ", found a codec name of " + nameLength + " bytes");
        }
        byte[] name = new byte[nameLength];
        in.get(name);
        String found = new String(name, StandardCharsets.US_ASCII);
        if (!found.equals(codec)) {
            throw new MismatchException(source + ": expected " + expected + ", found codec '" + found + "'");
        }
        int foundVersion = in.order() == ByteOrder.BIG_ENDIAN ? in.getInt() : Integer.reverseBytes(in.getInt());
        if (foundVersion != version) {
            throw new MismatchException(source + ": expected " + expected + ", found version " + foundVersion);
        }
    }

    private static int magicAt(ByteBuffer in, int at) {
        int v = in.getInt(at);
        return in.order() == ByteOrder.BIG_ENDIAN ? v : Integer.reverseBytes(v);
    }
}
