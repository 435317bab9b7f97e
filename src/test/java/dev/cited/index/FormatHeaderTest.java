package dev.cited.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class FormatHeaderTest {

    private static ByteBuffer withBody(byte[] header) {
        return ByteBuffer.allocate(header.length + 3)
                .put(header)
                .put(new byte[] {7, 8, 9})
                .flip();
    }

    @Test
    void a_header_is_read_back_and_leaves_the_position_at_the_body() throws Exception {
        ByteBuffer in = withBody(FormatHeader.bytes("Test", 2)).order(ByteOrder.LITTLE_ENDIAN);

        FormatHeader.check(in, "Test", 2, "test.bin");

        assertThat(in.position()).isEqualTo(FormatHeader.length("Test"));
        assertThat(in.get()).isEqualTo((byte) 7);
    }

    @Test
    void a_file_with_the_wrong_magic_is_rejected_naming_the_file_and_both_magics() {
        ByteBuffer in = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 4, 'T', 'e', 's', 't', 0, 0, 0, 2});

        assertThatThrownBy(() -> FormatHeader.check(in, "Test", 2, "test.bin"))
                .isInstanceOf(FormatHeader.MismatchException.class)
                .hasMessage("test.bin: no Cited header (expected magic 0x43495444, found 0x01020304);"
                        + " written by an older Cited or another program");
    }

    @Test
    void another_codec_or_version_is_rejected_saying_what_was_expected_and_found() {
        assertThatThrownBy(() -> FormatHeader.check(withBody(FormatHeader.bytes("Tess", 2)), "Test", 2, "a.bin"))
                .hasMessage("a.bin: expected codec 'Test' version 2, found codec 'Tess'");
        assertThatThrownBy(() -> FormatHeader.check(withBody(FormatHeader.bytes("Test", 1)), "Test", 2, "a.bin"))
                .hasMessage("a.bin: expected codec 'Test' version 2, found version 1");
        assertThatThrownBy(() -> FormatHeader.check(ByteBuffer.wrap(new byte[5]), "Test", 2, "a.bin"))
                .hasMessage("a.bin: 5 bytes are too few for a Cited header; expected codec 'Test' version 2");
    }

    @Test
    void the_magic_is_found_whatever_the_buffer_byte_order() {
        byte[] header = FormatHeader.bytes("Test", 1);
        assertThat(FormatHeader.startsWithMagic(ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN)))
                .isTrue();
        assertThat(FormatHeader.startsWithMagic(ByteBuffer.wrap(header))).isTrue();
        assertThat(FormatHeader.startsWithMagic(ByteBuffer.wrap(new byte[] {'C', 'I', 'T'})))
                .isFalse();
    }
}
