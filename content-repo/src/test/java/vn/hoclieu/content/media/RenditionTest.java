package vn.hoclieu.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenditionTest {

    @Test
    void fitsWidescreenExactlyIntoTheBox() {
        assertThat(Rendition.P360.fit(1280, 720)).containsExactly(640, 360);
        assertThat(Rendition.P240.fit(1280, 720)).containsExactly(426, 240);
        assertThat(Rendition.P240.fit(1920, 1080)).containsExactly(426, 240);
    }

    @Test
    void keepsTheShapeOfOtherPictures() {
        assertThat(Rendition.P360.fit(720, 480)).containsExactly(540, 360);  // 3:2
        assertThat(Rendition.P360.fit(640, 478)).containsExactly(482, 360);  // 4:3 DVD
        assertThat(Rendition.P240.fit(360, 640)).containsExactly(136, 240);  // upright phone
        assertThat(Rendition.P360.fit(1080, 1920)).containsExactly(202, 360);
    }

    @Test
    void neverEnlargesAndKeepsSizesEven() {
        assertThat(Rendition.P360.fit(320, 240)).containsExactly(320, 240);
        assertThat(Rendition.P360.fit(321, 181)).containsExactly(320, 180); // even for 4:2:0: scaled, not cropped
        assertThat(Rendition.P360.fit(640, 360)).containsExactly(640, 360);
    }

    @Test
    void theLowRenditionFitsThreeHundredKilobitsWithItsSound() {
        int worstVideo = Math.max(Rendition.P240.videoBitrate(), Rendition.P240.videoMaxrate());
        assertThat(worstVideo + Rendition.P240.audioBitrate()).isLessThanOrEqualTo(300_000 * 99 / 100);
        assertThat(Rendition.P360.videoBitrate() + Rendition.P360.audioBitrate()).isEqualTo(600_000);
        assertThat(Rendition.P360.fileName()).isEqualTo("360p.mp4");
    }
}
