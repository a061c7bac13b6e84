package org.corroborate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is. */
final class Utf8 {
    /** Thrown for bytes that are not UTF-8; {@code offset} is the index of the first bad byte. */
    static final class InvalidUtf8Exception extends Exception {
        final int offset;

        InvalidUtf8Exception(int offset) {
            super("invalid UTF-8 at byte " + offset, null, false, false);
            this.offset = offset;
        }
    }

    private Utf8() {
    }

    static String decode(byte[] bytes, int offset, int length) throws InvalidUtf8Exception {
        int start = offset;
        if (length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB
                && (bytes[offset + 2] & 0xFF) == 0xBF) {
            start += 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, offset + length - start);
        CharBuffer out = CharBuffer.allocate(offset + length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidUtf8Exception(in.position() - offset);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The 1-based line of a byte offset. */
    static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Whether the bytes look binary: a NUL byte in the first 8 KiB. */
    static boolean looksBinary(byte[] bytes, int length) {
        for (int i = 0; i < Math.min(length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** LF line ends for CRLF and CR. */
    static String unixLines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
