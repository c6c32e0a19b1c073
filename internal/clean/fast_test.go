package clean

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The byte scanners that replaced plain library calls must answer as those calls do: each
// is checked against the call it replaced on a table and under fuzzing.

var fastCases = []string{
	"", "a", "Photo: Jane Doe", "PHOTO", "an image of", "İmage", "imaGE", "ph\u0130to", "re\u212Auters",
	"Advertisement", "ADVERTISEMENT", "advertİsement", "ad vertisement", "xadvertisementx", "aadvertisement",
	"Vv advert advertisemen advertisement", "credit", "(left)", "(Left) ", "above:", "shutterstoc\u212A",
	"“quoted”", "«x»", "\"", "\xe2\x80", "\xe2\x80\x9c", "\xc2", "\xc2\xab", "\xff\xe2\x80\x9d",
	"two  words\there", "\u00a0a\u2003b\u0085c", "Ⱥⱥ ĲĳΣς 12 ٣", "x\xffy", "Café au lait", "a,b;c.d",
	"10:45 GMT", "9.30 a.m.", "12:00", "1:2", "abcdefgh  ", "abcdefg  h", "abcdefgh ", " abcdefg h",
	"AZ@[`{az\x80\xc1\xdaZ", "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[", "        ", "       x ", "abc\ndef\nghij", "ab\x1fcdefgh", "abcdefg\x7f", "abcdefg~", "\x00\x00\x00\x00\x00\x00\x00\x00",
	"\n\n\n\n\n\n\n\n", "\r\n\r\n\r\n\r\n", "\t\t\t\t\t\t\t\t", "\x80\x80\x80\x80\x80\x80\x80\x80", "\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0",
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
	if got, want := hasDoubleSpace(s), strings.Contains(s, "  "); got != want {
		t.Errorf("hasDoubleSpace(%q) = %v, want %v", s, got, want)
	}
	if got, want := isTimestamp(s), timestamp.MatchString(s); got != want {
		t.Errorf("isTimestamp(%q) = %v, want %v", s, got, want)
	}
	for i := 0; i+8 <= len(s); i++ {
		if w := word8(s, i); w&swarHi == 0 {
			m := alnum8(w)
			for k := range 8 {
				if got, want := m>>(8*k+7)&1 == 1, squashASCII[s[i+k]] != 0; got != want {
					t.Errorf("alnum8(%q) byte %d = %v, want %v", s[i:i+8], k, got, want)
				}
			}
		}
		for _, flat := range []bool{false, true} {
			want := true
			for _, c := range []byte(s[i : i+8]) {
				want = want && (' ' <= c && c < 0x7f || c == '\n' && !flat)
			}
			if got := plain8(word8(s, i), flat); got != want {
				t.Errorf("plain8(%q, %v) = %v, want %v", s[i:i+8], flat, got, want)
			}
		}
		m := upperASCII(word8(s, i))
		for k := range 8 {
			if got, want := m>>(8*k+7)&1 == 1, isUpperASCII(s[i+k]); got != want {
				t.Errorf("upperASCII(%q) byte %d = %v, want %v", s[i:i+8], k, got, want)
			}
		}
	}
	if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
		t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
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
	// The tables index their groups with a byte.
	if len(hintGroups) > 255 || len(strideGroups) > 255 {
		t.Errorf("%d and %d groups of caption hints: more than a uint8 index holds", len(hintGroups), len(strideGroups))
	}
}

// boilerCases are paragraphs, furniture or not, for the per-first-byte boilerplate patterns.
var boilerCases = []string{
	"", "Advertisement", "advertisment", "ADS", "Ad", "Paid content", "Sponsored by Acme Corp", "Promoted",
	"Scroll to continue", "Swipe down to read more please", "Continue reading", "Keep reading below", "The story continues below",
	"Read more: how it happened", "READ ALSO", "See also: the war", "More: x", "Related: a, b", "Related stories", "Recommended for you",
	"Most read", "Popular now", "Share this article", "Share on Facebook", "Post to Twitter via phone", "Facebook", "X", "WhatsApp 12",
	"Comments", "12 comments", "comment", "Tweet this", "Print this page", "Sign up for our newsletter", "Subscribe", "Get our newsletter today",
	"Newsletter", "Follow us on Twitter", "Click here to subscribe", "Listen to this article 5 min", "Watch the video", "5 min read", "3 minutes read",
	"We use cookies to improve", "This website uses cookies", "Accept all cookies", "All rights reserved.", "© 2024 The Post", "(c) Acme", "Copyright 2020 X",
	"Leave a comment", "Loading...", "Loading…", "Skip to main content", "Back to top", "Open menu", "Download our app", "Image 3 of 12", "Photo 1/5",
	"Tags: war, peace", "Filed under: x", "Updated: 12:30 GMT", "Published on 3 June", "Advertisement - Scroll to continue", "Report an error",
	"This article has been updated", "Show more comments", "Load more", "Click to expand", "Enlarge this image", "Toggle caption", "Image caption",
	"Previous article", "Next story", "Ad continues below", "Watch: the clip", "In pictures: the day", "Podcast: episode 3",
	"By John Smith", "By JOHN SMITH", "by John Smith", "By John Smith and Ana Ruiz, Reuters", "By Jane Doe | AP",
	"The minister said the talks would resume.", "Russia", "World", "EXCLUSIVE", "10:45 GMT", "Ⅹ", "ſubscribe", "\u212Aeep reading",
	"ſee also", "\u212Aeywords: x", "Photograph", "1", "0 comments", " comments", "«Advertisement»", "Ådvertisement",
}

func checkBoiler(t *testing.T, k *knowledge, s string) {
	t.Helper()
	if got, want := k.isBoiler(s), k.boiler.MatchString(s); got != want {
		t.Errorf("isBoiler(%q) = %v, the whole boilerplate expression says %v", s, got, want)
	}
}

func TestBoilerByFirstAgrees(t *testing.T) {
	k, err := loadKnowledge()
	if err != nil {
		t.Fatal(err)
	}
	matched := 0
	for _, s := range boilerCases {
		t.Run(s, func(t *testing.T) { checkBoiler(t, k, s) })
		if k.boiler.MatchString(s) {
			matched++
		}
	}
	if matched < len(boilerCases)/2 {
		t.Errorf("only %d of %d boilerCases are furniture: the table no longer exercises the patterns", matched, len(boilerCases))
	}
}

func FuzzBoilerByFirst(f *testing.F) {
	for _, s := range boilerCases {
		f.Add(s)
	}
	k, err := loadKnowledge()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) { checkBoiler(t, k, s) })
}

// checkDups holds dupFinder to the plain way: a map from each squashed text of 40 bytes or
// more to the first paragraph with it.
func checkDups(t *testing.T, paras []string) {
	t.Helper()
	want := map[string]int{}
	f := newDupFinder(len(paras))
	for i, s := range paras {
		exp := -1
		if key := oldSquash(s); len(key) >= 40 {
			if first, ok := want[key]; ok {
				exp = first
			} else {
				want[key] = i
			}
		}
		if got := f.seen(i, s); got != exp {
			t.Errorf("paragraph %d %q: seen = %d, want %d", i, s, got, exp)
		}
	}
}

var dupCases = [][]string{
	{"short", "short"},
	{
		"The ministry said on Tuesday that the talks would resume next week in Geneva.",
		"The ministry said on Tuesday that talks on the border would resume next week in Geneva.",
		"THE MINISTRY said, on Tuesday, that the talks would resume next week in Geneva!",
		"The ministry said on Tuesday that the talks would resume next week in Geneva.",
		"The ministry said on Tuesday that talks on the border would resume next week in Geneva.",
		"The ministry said on Tuesday that the talks would resume  next week  in Geneva.",
		"The ministry said on Tuesday that the talks would resume next week in Geneva. ",
	},
	{strings.Repeat("a", 39), strings.Repeat("A", 39), strings.Repeat("a", 40), strings.Repeat("a.", 40), strings.Repeat("b", 48), strings.Repeat("b", 48)},
	{
		"Ünïcödé text with accents, repeated once for good measure and then some more.",
		"ÜNÏCÖDÉ TEXT WITH ACCENTS repeated once for good measure and then some more",
		"unicode text with accents repeated once for good measure and then some more",
		"“Unicode text” with accents — repeated once for good measure and then some more.",
		"Unicode text with accents, repeated once for good measure and then some more.",
	},
	{"abcdefgh" + strings.Repeat("x", 30) + "12345678", "abcdefgh" + strings.Repeat("y", 30) + "12345678", "ABCDEFGH" + strings.Repeat("y", 30) + "12345678"},
}

func TestDupFinderAgrees(t *testing.T) {
	for i, ps := range dupCases {
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkDups(t, ps) })
	}
}

func FuzzDupFinder(f *testing.F) {
	for _, ps := range dupCases {
		f.Add(strings.Join(ps, "\n"))
	}
	f.Fuzz(func(t *testing.T, s string) { checkDups(t, strings.Split(s, "\n")) })
}
