package kb

import (
	"unicode"
	"unicode/utf8"
)

// Tok is a token's byte span in the text it was cut from.
type Tok struct {
	Start, End int
}

// abbrevs take their final period: "Mr.", "Gen.", "Inc.".
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true,
	"Gen": true, "Lt": true, "Col": true, "Sgt": true, "Capt": true, "Gov": true, "Sen": true,
	"Rep": true, "Prof": true, "Rev": true, "Co": true, "Inc": true, "Ltd": true, "Corp": true,
	"Mt": true, "Ft": true, "No": true, "vs": true, "Adm": true, "Maj": true, "Cmdr": true,
	"gen": true, "sen": true, "rep": true, "col": true, "gov": true, "adm": true, "lt": true,
	"maj": true, "capt": true, "sgt": true, "cmdr": true, "Bros": true, "Messrs": true,
	// Months ("Oct. 4") and US states ("Flint, Mich.") as AP style abbreviates them.
	"Jan": true, "Feb": true, "Aug": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true,
	"Del": true, "Fla": true, "Ga": true, "Ill": true, "Ind": true, "Kan": true, "Ky": true,
	"La": true, "Md": true, "Mass": true, "Mich": true, "Minn": true, "Miss": true, "Mo": true,
	"Mont": true, "Neb": true, "Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true,
	"Va": true, "Vt": true, "Wash": true, "Wis": true, "Wyo": true,
}

// Scan cuts s into tokens: words (letters and digits, with inner hyphens, apostrophes and
// the periods of abbreviations such as "U.S."), numbers, and single punctuation marks.
// A possessive "'s" is a token of its own. It calls fn for each token in order.
func Scan(s string, fn func(Tok)) {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			// A possessive 's or ’s after a word.
			if (r == '\'' || r == '’') && i > 0 && i+w < len(s) && (s[i+w] == 's' || s[i+w] == 'S') && !wordAt(s, i+w+1) {
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				if isWordRune(prev) {
					fn(Tok{i, i + w + 1})
					i += w + 1
					continue
				}
			}
			fn(Tok{i, i + w})
			i += w
			continue
		}
		start := i
		i += w
		for i < len(s) {
			r, w := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += w
				continue
			}
			if r == '-' || r == '\'' || r == '’' || r == '.' || r == ',' || r == '&' {
				if !wordAt(s, i+w) {
					break
				}
				// A possessive: stop before the apostrophe.
				if (r == '\'' || r == '’') && (s[i+w] == 's' || s[i+w] == 'S') && !wordAt(s, i+w+1) {
					break
				}
				if r == ',' && !(isDigitBefore(s, i) && s[i+w] >= '0' && s[i+w] <= '9') {
					break
				}
				if r == '.' && !dotJoins(s[start:i], s[i+w:]) {
					break
				}
				if r == '&' && !(i-start == 1 && len(s) > i+w+1 && !wordAt(s, i+w+1)) {
					break
				}
				i += w
				continue
			}
			break
		}
		if i < len(s) && s[i] == '.' && (abbrevs[s[start:i]] || dotted(s[start:i]) || isInitial(s[start:i])) {
			i++
		}
		fn(Tok{start, i})
	}
}

// Split returns the token texts of s.
func Split(s string) []string {
	var out []string
	Scan(s, func(t Tok) { out = append(out, s[t.Start:t.End]) })
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

func isDigitBefore(s string, i int) bool { return i > 0 && s[i-1] >= '0' && s[i-1] <= '9' }

// dotJoins reports whether a period between word and rest is inside a token: a decimal
// number or a dotted abbreviation ("U.S", "D.C").
func dotJoins(word, rest string) bool {
	last := word[len(word)-1]
	if last >= '0' && last <= '9' && rest[0] >= '0' && rest[0] <= '9' {
		return true
	}
	return dotted(word) && len(rest) > 0 && isLetterByte(rest[0]) && (len(rest) == 1 || !isLetterByte(rest[1]))
}

// dotted reports whether w is single letters joined by periods: "U", "U.S", "D.C".
func dotted(w string) bool {
	if len(w) == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 0 && !isLetterByte(w[i]) || i%2 == 1 && w[i] != '.' {
			return false
		}
	}
	return len(w)%2 == 1 && (len(w) > 1 || w[0] >= 'A' && w[0] <= 'Z')
}

func isInitial(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' }

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
