//! The tray icon's pictures, drawn from Tether's icon: a dark dot for unread messages, a red
//! badge with the number of mentions (1–9, then "9+"), an amber "!" over a faded icon when a
//! workspace needs the user. Plain RGBA in and out, so the shell (which decodes the PNG and
//! hands the pixels to the tray) and the tests (which compare the picture the desktop received)
//! draw exactly the same thing.

use crate::unread::TrayState;

/// The pictures' width and height in pixels (panels scale them; 64 stays sharp at 2×).
pub const SIZE: u32 = 64;

/// The dot is dark: the icon itself is blue, and the white ring keeps it apart on dark panels.
const UNREAD_DOT: [u8; 3] = [0x1f, 0x23, 0x29];
const MENTIONS: [u8; 3] = [0xe0, 0x1e, 0x37];
const ATTENTION: [u8; 3] = [0xf5, 0x9e, 0x0b];
const WHITE: [u8; 3] = [0xff, 0xff, 0xff];
const INK: [u8; 3] = [0x1f, 0x23, 0x29];

/// 3×5 glyphs, one row per 3 bits (most significant bit on the left).
fn glyph(c: char) -> [u8; 5] {
    match c {
        '0' => [0b111, 0b101, 0b101, 0b101, 0b111],
        '1' => [0b010, 0b110, 0b010, 0b010, 0b111],
        '2' => [0b111, 0b001, 0b111, 0b100, 0b111],
        '3' => [0b111, 0b001, 0b011, 0b001, 0b111],
        '4' => [0b101, 0b101, 0b111, 0b001, 0b001],
        '5' => [0b111, 0b100, 0b111, 0b001, 0b111],
        '6' => [0b111, 0b100, 0b111, 0b101, 0b111],
        '7' => [0b111, 0b001, 0b010, 0b010, 0b010],
        '8' => [0b111, 0b101, 0b111, 0b101, 0b111],
        '9' => [0b111, 0b101, 0b111, 0b001, 0b111],
        '+' => [0b000, 0b010, 0b111, 0b010, 0b000],
        '!' => [0b010, 0b010, 0b010, 0b000, 0b010],
        _ => [0; 5],
    }
}

struct Canvas {
    pixels: Vec<u8>,
}

impl Canvas {
    /// `base` (RGBA, `base_size`² pixels) scaled to [`SIZE`] by averaging (or repeating) pixels.
    fn from_base(base: &[u8], base_size: u32) -> Canvas {
        let mut pixels = vec![0u8; (SIZE * SIZE * 4) as usize];
        if base_size == 0 || base.len() < (base_size * base_size * 4) as usize {
            return Canvas { pixels };
        }
        for y in 0..SIZE {
            for x in 0..SIZE {
                let (x0, x1) = (
                    x * base_size / SIZE,
                    ((x + 1) * base_size / SIZE).max(x * base_size / SIZE + 1),
                );
                let (y0, y1) = (
                    y * base_size / SIZE,
                    ((y + 1) * base_size / SIZE).max(y * base_size / SIZE + 1),
                );
                let mut sum = [0u32; 4];
                for by in y0..y1 {
                    for bx in x0..x1 {
                        let at = ((by * base_size + bx) * 4) as usize;
                        for (s, &v) in sum.iter_mut().zip(&base[at..at + 4]) {
                            *s += u32::from(v);
                        }
                    }
                }
                let n = (x1 - x0) * (y1 - y0);
                let at = ((y * SIZE + x) * 4) as usize;
                for (p, s) in pixels[at..at + 4].iter_mut().zip(sum) {
                    *p = u8::try_from(s / n).unwrap_or(u8::MAX);
                }
            }
        }
        Canvas { pixels }
    }

    fn set(&mut self, x: i32, y: i32, rgb: [u8; 3]) {
        let size = SIZE as i32;
        if (0..size).contains(&x) && (0..size).contains(&y) {
            let at = ((y * size + x) * 4) as usize;
            self.pixels[at..at + 3].copy_from_slice(&rgb);
            self.pixels[at + 3] = 0xff;
        }
    }

    /// A filled circle with a white ring around it (so it stands out on any panel colour).
    fn badge(&mut self, cx: i32, cy: i32, r: i32, rgb: [u8; 3]) {
        for y in cy - r - 2..=cy + r + 2 {
            for x in cx - r - 2..=cx + r + 2 {
                let d2 = (x - cx).pow(2) + (y - cy).pow(2);
                if d2 <= r * r {
                    self.set(x, y, rgb);
                } else if d2 <= (r + 2).pow(2) {
                    self.set(x, y, WHITE);
                }
            }
        }
    }

    /// `text` centred on (cx, cy), each glyph pixel `scale` pixels wide.
    fn text(&mut self, text: &str, cx: i32, cy: i32, scale: i32, rgb: [u8; 3]) {
        let n = i32::try_from(text.chars().count()).unwrap_or(1);
        let width = n * 3 * scale + (n - 1) * scale;
        let left = cx - width / 2;
        let top = cy - 5 * scale / 2;
        for (i, c) in (0i32..).zip(text.chars()) {
            let gx = left + i * 4 * scale;
            for (row, bits) in (0i32..).zip(glyph(c)) {
                for col in 0..3 {
                    if bits & (0b100 >> col) != 0 {
                        for dy in 0..scale {
                            for dx in 0..scale {
                                self.set(gx + col * scale + dx, top + row * scale + dy, rgb);
                            }
                        }
                    }
                }
            }
        }
    }

    /// Greys the picture and halves its opacity.
    fn fade(&mut self) {
        for px in self.pixels.chunks_exact_mut(4) {
            let grey =
                (u32::from(px[0]) * 30 + u32::from(px[1]) * 59 + u32::from(px[2]) * 11) / 100;
            let grey = u8::try_from(grey).unwrap_or(u8::MAX);
            px[0] = grey;
            px[1] = grey;
            px[2] = grey;
            px[3] /= 2;
        }
    }
}

/// The tray picture for `state`, from Tether's icon `base` (RGBA, `base_size`² pixels):
/// [`SIZE`]² RGBA pixels.
pub fn render(state: TrayState, base: &[u8], base_size: u32) -> Vec<u8> {
    let mut canvas = Canvas::from_base(base, base_size);
    let (cx, cy) = (SIZE as i32 - 17, 17);
    match state {
        TrayState::Idle => {}
        TrayState::Unread => canvas.badge(SIZE as i32 - 12, 12, 10, UNREAD_DOT),
        TrayState::Mentions { count } => {
            canvas.badge(cx, cy, 15, MENTIONS);
            canvas.text(&count.min(9).to_string(), cx, cy, 4, WHITE);
        }
        TrayState::ManyMentions => {
            canvas.badge(cx, cy, 15, MENTIONS);
            canvas.text("9+", cx, cy, 3, WHITE);
        }
        TrayState::Attention => {
            canvas.fade();
            canvas.badge(cx, cy, 15, ATTENTION);
            canvas.text("!", cx, cy, 4, INK);
        }
    }
    canvas.pixels
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Vec<u8> {
        // A grey 128×128 square.
        [0x80, 0x80, 0x80, 0xff].repeat(128 * 128)
    }

    fn pixel(img: &[u8], x: u32, y: u32) -> [u8; 4] {
        let at = ((y * SIZE + x) * 4) as usize;
        [img[at], img[at + 1], img[at + 2], img[at + 3]]
    }

    #[test]
    fn each_state_has_its_own_picture() {
        let states = [
            TrayState::Idle,
            TrayState::Unread,
            TrayState::Mentions { count: 1 },
            TrayState::Mentions { count: 2 },
            TrayState::Mentions { count: 9 },
            TrayState::ManyMentions,
            TrayState::Attention,
        ];
        let pictures: Vec<Vec<u8>> = states.iter().map(|s| render(*s, &base(), 128)).collect();
        for (i, a) in pictures.iter().enumerate() {
            assert_eq!(a.len(), (SIZE * SIZE * 4) as usize);
            for b in &pictures[i + 1..] {
                assert_ne!(a, b, "two states drew the same picture");
            }
        }
    }

    #[test]
    fn the_badges_colours_and_the_base() {
        let idle = render(TrayState::Idle, &base(), 128);
        assert_eq!(
            pixel(&idle, 32, 32),
            [0x80, 0x80, 0x80, 0xff],
            "the base, scaled"
        );
        let unread = render(TrayState::Unread, &base(), 128);
        assert_eq!(&pixel(&unread, SIZE - 12, 12)[..3], &UNREAD_DOT);
        let mentions = render(TrayState::Mentions { count: 1 }, &base(), 128);
        // The badge's edge is red, its digit white.
        assert_eq!(&pixel(&mentions, SIZE - 17 - 12, 17)[..3], &MENTIONS);
        let attention = render(TrayState::Attention, &base(), 128);
        assert_eq!(pixel(&attention, 10, 50)[3], 0x7f, "faded");
        assert_eq!(&pixel(&attention, SIZE - 17 - 12, 17)[..3], &ATTENTION);
    }
}
