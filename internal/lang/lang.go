package lang

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/parallax-news/parallax/internal/doc"
)

//go:embed data/stopwords.txt
var stopwordsFile string

// profile maps a function word to the languages it marks.
type profile map[string][]string

var loadProfile = sync.OnceValues(func() (profile, error) { return parseStopwords(stopwordsFile) })

// parseStopwords reads "code: word word ..." lines.
func parseStopwords(src string) (profile, error) {
	p := profile{}
	for i, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		code, words, ok := strings.Cut(l, ":")
		code = strings.TrimSpace(code)
		if !ok || len(code) != 2 || strings.ToLower(code) != code {
			return nil, fmt.Errorf("lang: data/stopwords.txt:%d: want \"code: words\" with a two-letter code", i+1)
		}
		ws := strings.Fields(words)
		if len(ws) < 10 {
			return nil, fmt.Errorf("lang: data/stopwords.txt:%d: %s has %d words, want 10 or more", i+1, code, len(ws))
		}
		for _, w := range ws {
			if w != strings.ToLower(w) {
				return nil, fmt.Errorf("lang: data/stopwords.txt:%d: %q is not lower case", i+1, w)
			}
			p[w] = append(p[w], code)
		}
	}
	return p, nil
}

// Check validates the embedded data; Detect answers "" if it is bad.
func Check() error {
	_, err := loadProfile()
	return err
}

// maxScan bounds the text Detect reads: a few thousand characters settle the question.
const maxScan = 8000

// Detect returns the ISO 639-1 code of the language text is written in, or "" when unsure.
func Detect(text string) string {
	if len(text) > maxScan {
		cut := maxScan
		for cut > 0 && text[cut]&0xC0 == 0x80 {
			cut--
		}
		text = text[:cut]
	}
	// Writing system first.
	counts := map[string]int{}
	letters := 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case r < 0x250:
			counts["latin"]++
		case unicode.Is(unicode.Cyrillic, r):
			counts["cyrillic"]++
			switch r {
			case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
				counts["uk-letter"]++
			case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ё':
				counts["ru-letter"]++
			}
		case unicode.Is(unicode.Greek, r):
			counts["el"]++
		case unicode.Is(unicode.Arabic, r):
			counts["arabic"]++
			switch r {
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
				counts["fa-letter"]++
			}
		case unicode.Is(unicode.Hebrew, r):
			counts["he"]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			counts["ja"]++
		case unicode.Is(unicode.Hangul, r):
			counts["ko"]++
		case unicode.Is(unicode.Han, r):
			counts["han"]++
		case unicode.Is(unicode.Devanagari, r):
			counts["hi"]++
		case unicode.Is(unicode.Thai, r):
			counts["th"]++
		case unicode.Is(unicode.Armenian, r):
			counts["hy"]++
		case unicode.Is(unicode.Georgian, r):
			counts["ka"]++
		case unicode.Is(unicode.Bengali, r):
			counts["bn"]++
		}
	}
	if letters < 20 {
		return ""
	}
	script, best := "", 0
	for _, s := range []string{"latin", "cyrillic", "el", "arabic", "he", "ja", "ko", "han", "hi", "th", "hy", "ka", "bn"} {
		if counts[s] > best {
			script, best = s, counts[s]
		}
	}
	if best*2 < letters {
		return ""
	}
	switch script {
	case "latin", "cyrillic":
		return byWords(text, script, counts)
	case "arabic":
		if counts["fa-letter"]*50 > counts["arabic"] {
			return "fa"
		}
		return "ar"
	case "han":
		if counts["ja"] > 0 {
			return "ja"
		}
		return "zh"
	case "ja":
		return "ja"
	}
	return script
}

// byWords scores the function words of each language written in script.
func byWords(text, script string, counts map[string]int) string {
	p, err := loadProfile()
	if err != nil {
		return ""
	}
	score := map[string]int{}
	total := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		total++
		for _, l := range p[w] {
			score[l]++
		}
	}
	cyr := map[string]bool{"ru": true, "uk": true, "bg": true, "sr": true}
	type cand struct {
		code string
		n    int
	}
	var cs []cand
	for l, n := range score {
		if cyr[l] == (script == "cyrillic") {
			cs = append(cs, cand{l, n})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].n != cs[j].n {
			return cs[i].n > cs[j].n
		}
		return cs[i].code < cs[j].code
	})
	if script == "cyrillic" {
		if counts["uk-letter"]*100 > counts["cyrillic"] && counts["ru-letter"] == 0 {
			return "uk"
		}
	}
	if len(cs) == 0 || total < 5 || cs[0].n*100 < total*8 {
		return ""
	}
	// Unsure when the runner-up is close, unless the words that set them apart (close
	// languages share many function words) clearly favour the leader.
	if len(cs) > 1 && cs[1].n*10 > cs[0].n*8 && cs[0].n-cs[1].n < 4 {
		return ""
	}
	return cs[0].code
}

// Note is the note a document in language code (not English) carries: the pipeline
// segments it and reports it, but its analysis stages are English-only.
func Note(code string) doc.Note {
	return doc.Note{Kind: doc.NoteLanguage, Detail: "written in " + Name(code) + " (" + code + "): segmented and reported, not analysed (the analysis is English-only)"}
}

// Name is the English name of a language code Detect returns, or the code itself.
func Name(code string) string {
	if n, ok := names[code]; ok {
		return n
	}
	return code
}

var names = map[string]string{
	"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
	"pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
	"pl": "Polish", "cs": "Czech", "ro": "Romanian", "tr": "Turkish", "id": "Indonesian",
	"ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "sr": "Serbian", "el": "Greek",
	"ar": "Arabic", "fa": "Persian", "he": "Hebrew", "ja": "Japanese", "ko": "Korean",
	"zh": "Chinese", "hi": "Hindi", "th": "Thai", "hy": "Armenian", "ka": "Georgian",
	"bn": "Bengali", "fi": "Finnish", "hu": "Hungarian", "vi": "Vietnamese",
}
