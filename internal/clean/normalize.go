package clean

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// normalize maps the raw input to text with "\n" line ends, single spaces for every kind of
// horizontal white space, and no invisible characters. Bytes kept as they are stay mapped.
// Mojibake (UTF-8 read as windows-1252, "Ã©" for "é") is decoded when the bytes decode to
// valid UTF-8; the decoded text is tagged as a repair.
func (c *cleaner) normalize(raw string, from int) rstr {
	if isASCII(raw[from:]) || norm.NFC.IsNormalString(raw[from:]) {
		// The usual case: the offsets of the input are its positions, not worth a table.
		return c.normalizeOff(raw[from:], nil, from, false)
	}
	return c.normalizeR(rawRange(raw, from, len(raw)), false)
}

// normalizeR normalises text that already carries its offsets; with flat, line breaks
// become spaces too.
func (c *cleaner) normalizeR(in rstr, flat bool) rstr {
	in = nfc(in)
	return c.normalizeOff(in.s, in.off, int(in.base), flat)
}

// normalizeOff normalises raw (in NFC) whose byte i comes from offset inOff[i], or from
// base+i when inOff is nil.
func (c *cleaner) normalizeOff(raw string, inOff []int32, base int, flat bool) rstr {
	nl := "\n"
	if flat {
		nl = " "
	}
	// Until the first change the text is raw itself: b and off are only filled (with what
	// came before) once a byte is dropped or rewritten, and most texts need neither.
	var b strings.Builder
	var off []int32
	changed := false
	i := 0
	// change starts the copy, at raw[i], where the text first differs from raw.
	change := func() {
		if changed {
			return
		}
		changed = true
		b.Grow(len(raw))
		off = make([]int32, 0, len(raw))
		b.WriteString(raw[:i])
		off = appendOffs(off, rstr{s: raw[:i], off: inOff[:min(i, len(inOff))], base: int32(base)})
	}
	// put writes s; o is the offset in raw of its first byte when s is a copy of raw (at
	// raw[i]), or a negative marker for inserted text.
	put := func(s string, o int) {
		if o >= 0 && !changed {
			return
		}
		change()
		b.WriteString(s)
		if o >= 0 && inOff != nil {
			off = append(off, inOff[o:o+len(s)]...)
			return
		}
		if o >= 0 {
			n := len(off)
			off = slices.Grow(off, len(s))[:n+len(s)]
			for i := range len(s) {
				off[n+i] = int32(base + o + i)
			}
			return
		}
		for range len(s) {
			off = append(off, int32(o))
		}
	}
	for i < len(raw) {
		ch := raw[i]
		if ' ' <= ch && ch < 0x7f || ch == '\n' && !flat {
			// A run of printable ASCII (and line ends) is kept as it is, in one copy.
			j := i + 1
			for j+8 <= len(raw) && plain8(word8(raw, j), flat) {
				j += 8
			}
			for j < len(raw) && (' ' <= raw[j] && raw[j] < 0x7f || raw[j] == '\n' && !flat) {
				j++
			}
			put(raw[i:j], i)
			i = j
			continue
		}
		if ch < utf8.RuneSelf {
			switch {
			case ch == '\r':
				if i+1 < len(raw) && raw[i+1] == '\n' && !flat {
					change()
					i++
					continue // the "\n" that follows is kept
				}
				put(nl, -1)
			case ch == '\n' && flat:
				put(" ", -1)
			case ch == '\n' || ch == ' ':
				put(raw[i:i+1], i)
			case ch == '\t' || ch == '\v' || ch == '\f':
				put(" ", -1)
			case ch < 0x20 || ch == 0x7f:
				change() // control characters are dropped
			default:
				put(raw[i:i+1], i)
			}
			i++
			continue
		}
		if dec, end, ok := mojibake(raw, i); ok {
			// Text encoded twice ("FranÃƒÂ§ois") decodes twice.
			for range 2 {
				again, e, ok := mojibake(dec, 0)
				if !ok || e != len(dec) {
					break
				}
				dec = again
			}
			tag := c.tag(repair{kind: "mojibake", raw: raw[i:end], detail: fmt.Sprintf("%q decoded as %q", raw[i:end], dec)})
			dec = strings.ReplaceAll(dec, "\u00a0", " ")
			put(dec, tag)
			i = end
			continue
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			put("\uFFFD", -1)
		case r == 0x200B || r == 0xFEFF || r == 0x00AD || r == 0x2060 || r == 0x200E || r == 0x200F:
			change() // zero-width space, BOM, soft hyphen, word joiner, direction marks
		case r == 0x2028 || r == 0x2029 || r == 0x85:
			put(nl, -1)
		case r == 0xA0 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000:
			put(" ", -1)
		case r >= 0x80 && r < 0xA0:
			change() // C1 controls
		default:
			put(raw[i:i+size], i)
		}
		i += size
	}
	if !changed {
		return rstr{s: raw, off: slices.Clip(inOff), base: int32(base)}
	}
	return rstr{s: b.String(), off: off}
}

// line is one line of normalised text, trimmed, with inner space runs collapsed.
type line struct {
	t     rstr
	blank bool
	md    string // Markdown structure: "heading", "item", "image"
}

// splitLines splits normalised text into trimmed lines.
func splitLines(n rstr) []line {
	lines := make([]line, 0, strings.Count(n.s, "\n")+1)
	start := 0
	for start <= len(n.s) {
		i := len(n.s)
		if j := strings.IndexByte(n.s[start:], '\n'); j >= 0 {
			i = start + j
		}
		t := squeeze(n.slice(start, i))
		lines = append(lines, line{t: t, blank: t.s == ""})
		start = i + 1
	}
	return lines
}

// squeeze trims spaces at both ends and collapses inner runs of spaces to one.
func squeeze(r rstr) rstr {
	i, j := 0, len(r.s)
	for i < j && r.s[i] == ' ' {
		i++
	}
	for j > i && r.s[j-1] == ' ' {
		j--
	}
	r = r.slice(i, j)
	if !hasDoubleSpace(r.s) {
		return r
	}
	var b strings.Builder
	off := make([]int32, 0, len(r.s))
	for k := 0; k < len(r.s); k++ {
		if r.s[k] == ' ' && k > 0 && r.s[k-1] == ' ' {
			continue
		}
		b.WriteByte(r.s[k])
		off = append(off, r.at(k))
	}
	return rstr{s: b.String(), off: off}
}

// mojibake decodes the run of UTF-8-read-as-windows-1252 characters starting at raw[i]: it
// returns the decoded text and the end of the run, ok false when there is none.
func mojibake(raw string, i int) (dec string, end int, ok bool) {
	var out []byte
	end = i
	for end < len(raw) {
		r1, s1 := utf8.DecodeRuneInString(raw[end:])
		b1, ok1 := cp1252Byte(r1)
		if !ok1 || b1 < 0xC2 || b1 > 0xF4 {
			break
		}
		n := 1
		if b1 >= 0xF0 {
			n = 3
		} else if b1 >= 0xE0 {
			n = 2
		}
		unit := []byte{b1}
		j := end + s1
		for range n {
			if j >= len(raw) {
				break
			}
			r, s := utf8.DecodeRuneInString(raw[j:])
			b, okb := cp1252Byte(r)
			if !okb || b < 0x80 || b > 0xBF {
				break
			}
			unit = append(unit, b)
			j += s
		}
		if len(unit) != n+1 || !utf8.Valid(unit) {
			break
		}
		out = append(out, unit...)
		end = j
	}
	if len(out) == 0 {
		return "", i, false
	}
	return string(out), end, true
}

// cp1252Byte is the windows-1252 byte a character was read from; C1 controls stand for
// the bytes windows-1252 leaves undefined.
func cp1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r < 0xA0 {
		return byte(r), true
	}
	if r < 0x80 {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}

// nfc composes decomposed characters ("e" + combining acute accent becomes "é"), so names
// match however the input spelled them; composed characters are inserted text.
func nfc(in rstr) rstr {
	if isASCII(in.s) || norm.NFC.IsNormalString(in.s) {
		return in
	}
	var b rbuilder
	for i := 0; i < len(in.s); {
		n := norm.NFC.NextBoundaryInString(in.s[i+1:], true) + 1
		if n <= 0 || i+n > len(in.s) {
			n = len(in.s) - i
		}
		seg := in.s[i : i+n]
		if comp := norm.NFC.String(seg); comp != seg {
			b.add(lit(comp))
		} else {
			b.add(in.slice(i, i+n))
		}
		i += n
	}
	return b.rstr()
}

// Eight bytes at a time (SWAR): swarLo7 keeps the low seven bits of each byte, swarHi the
// top one.
const (
	swarLo7 = 0x7f7f7f7f7f7f7f7f
	swarHi  = 0x8080808080808080
)

// word8 reads s[i:i+8] as a little-endian word.
func word8(s string, i int) uint64 {
	s = s[i : i+8] // one bounds check; the compiler joins the eight loads into one
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// spaces has the top bit of every byte of w that is ' ' (exact: no carry crosses bytes).
func spaces(w uint64) uint64 { return zeroBytes(w ^ 0x2020202020202020) }

// zeroBytes has the top bit of every byte of w that is 0 (exact: no carry crosses bytes).
func zeroBytes(w uint64) uint64 {
	return ^((w & swarLo7) + swarLo7 | w) & swarHi
}

// plain8 reports whether the eight bytes of w are all printable ASCII (' ' to '~'), or
// line ends too unless flat: what normalize keeps as it is.
func plain8(w uint64, flat bool) bool {
	below := ^((w & swarLo7) + 0x6060606060606060) & swarHi // under 0x20 (or 0x80 and up)
	if !flat {
		below &^= zeroBytes(w ^ 0x0a0a0a0a0a0a0a0a) // "\n"
	}
	return (w&swarHi | below | zeroBytes(w^0x7f7f7f7f7f7f7f7f)) == 0
}

// hasDoubleSpace reports whether s holds "  " (strings.Contains(s, "  ")), eight bytes at
// a time.
func hasDoubleSpace(s string) bool {
	i := 0
	prev := uint64(0) // the top bit of the last byte of the previous word, when a space
	for ; i+8 <= len(s); i += 8 {
		m := spaces(word8(s, i))
		if m&(m<<8) != 0 || prev != 0 && m&0x80 != 0 {
			return true
		}
		prev = m >> 56
	}
	for ; i < len(s); i++ {
		if s[i] == ' ' {
			if prev != 0 {
				return true
			}
			prev = 1
		} else {
			prev = 0
		}
	}
	return false
}
