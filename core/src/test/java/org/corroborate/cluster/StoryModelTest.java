package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryModelTest {
    @Test
    void writesAndReadsBackTheSameModel() throws IOException {
        StoryModel shipped = StoryModel.shipped();
        StringWriter out = new StringWriter();
        shipped.write(out);
        StoryModel read = StoryModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
                "model.tsv");

        assertThat(read.threshold()).isEqualTo(shipped.threshold(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(read.shortThreshold()).isEqualTo(shipped.shortThreshold(),
                org.assertj.core.data.Offset.offset(1e-4));
        for (int k = 0; k < shipped.weights().length; k++) {
            assertThat(read.weights()[k]).isEqualTo(shipped.weights()[k], org.assertj.core.data.Offset.offset(1e-5));
        }
        assertThat(read.streamThreshold()).isEqualTo(shipped.streamThreshold(),
                org.assertj.core.data.Offset.offset(1e-4));
        assertThat(read.streamShortThreshold()).isEqualTo(shipped.streamShortThreshold(),
                org.assertj.core.data.Offset.offset(1e-4));
        assertThat(shipped.provenance()).anySatisfy(line -> assertThat(line).contains("ECB+"));
    }

    @Test
    void aBadLineIsNamed() {
        String text = "threshold\t0.5\ntitle\tnot-a-number\n";
        assertThatThrownBy(() -> StoryModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "mine.tsv")).hasMessageContaining("mine.tsv:2");
        assertThatThrownBy(() -> new StoryModel(new double[3], 0.5, 0.5, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
