package clean

import (
	"strings"
	"testing"
	"unicode"
)

// The byte scanners that replaced plain library calls must answer as those calls do: each
// is checked against the call it replaced on a table and under fuzzing.

var fastCases = []string{
	"", "a", "Photo: Jane Doe", "PHOTO", "an image of", "İmage", "imaGE", "ph\u0130to", "re\u212Auters",
	"Advertisement", "ADVERTISEMENT", "advertİsement", "ad vertisement", "xadvertisementx", "aadvertisement",
	"Vv advert advertisemen advertisement", "credit", "(left)", "(Left) ", "above:", "shutterstoc\u212A",
	"“quoted”", "«x»", "\"", "\xe2\x80", "\xe2\x80\x9c", "\xc2", "\xc2\xab", "\xff\xe2\x80\x9d",
	"two  words\there", "\u00a0a\u2003b\u0085c", "Ⱥⱥ ĲĳΣς 12 ٣", "x\xffy", "Café au lait", "a,b;c.d",
	"The Reuters photograph shows (centre) a scene from EPA-EFE", "source", "sourc", "ﬁle photo",
}

func oldHasHint(s string) bool {
	lower := strings.ToLower(s)
	for _, h := range captionHints {
		if strings.Contains(lower, h) {
			return true
		}
	}
	return false
}

func oldSquash(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func checkFast(t *testing.T, s string) {
	t.Helper()
	want := oldHasHint(s)
	if got := hasHint(lowerASCII(nil, s)); got != want {
		t.Errorf("hasHint(%q) = %v, strings.Contains(strings.ToLower) says %v", s, got, want)
	}
	if got, sure := hasHintASCII(s); sure && got != want || got && !want {
		t.Errorf("hasHintASCII(%q) = %v (sure %v), strings.Contains(strings.ToLower) says %v", s, got, sure, want)
	}
	if got, want := containsAdvertisement(s), strings.Contains(strings.ToLower(s), "advertisement"); got != want {
		t.Errorf("containsAdvertisement(%q) = %v, want %v", s, got, want)
	}
	if got, want := words(s), len(strings.Fields(s)); got != want {
		t.Errorf("words(%q) = %d, strings.Fields gives %d", s, got, want)
	}
	if got, want := squash(s), oldSquash(s); got != want {
		t.Errorf("squash(%q) = %q, want %q", s, got, want)
	}
	if got, want := hasQuoteMark(s), strings.ContainsAny(s, "\"“”«»"); got != want {
		t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
	}
}

func TestFastPathsAgree(t *testing.T) {
	for _, s := range fastCases {
		t.Run(s, func(t *testing.T) { checkFast(t, s) })
	}
	// Every hint, in every case, alone and inside text.
	for _, h := range captionHints {
		for _, s := range []string{h, strings.ToUpper(h), "x " + h + " y", h[:len(h)-1]} {
			t.Run(s, func(t *testing.T) { checkFast(t, s) })
		}
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range fastCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFast(t, s) })
}

func TestCaptionHintsLongEnough(t *testing.T) {
	for _, h := range captionHints {
		if len(h) < 3 {
			t.Errorf("caption hint %q: hasHint needs three bytes or more", h)
		}
	}
}
