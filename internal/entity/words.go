package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/kb"
)

// word is a token of one sentence.
type word struct {
	start, end int    // offsets in the document's text
	text       string // as matched: curly apostrophes made straight
	cap        bool   // starts with an upper-case letter
	upper      bool   // every letter upper case, two letters or more
	lower      bool   // starts with a lower-case letter
	initial    bool   // the sentence's first word (after opening punctuation)
}

// words cuts text[lo:hi] into words.
func words(text string, lo, hi int, out []word) []word {
	out = out[:0]
	first := true
	kb.Scan(text[lo:hi], func(t kb.Tok) {
		s := text[lo+t.Start : lo+t.End]
		w := word{start: lo + t.Start, end: lo + t.End, text: s}
		if strings.Contains(s, "’") {
			w.text = strings.ReplaceAll(s, "’", "'")
		}
		r, _ := utf8.DecodeRuneInString(s)
		switch {
		case unicode.IsUpper(r):
			w.cap = true
			w.upper = isUpperWord(s)
		case unicode.IsLower(r):
			w.lower = true
			// "al-Aqsa", "el-Sisi": a lower-case particle joined to a capitalised name.
			if k := strings.IndexByte(s, '-'); k > 0 && k+1 < len(s) && particles[s[:k]] {
				if r2, _ := utf8.DecodeRuneInString(s[k+1:]); unicode.IsUpper(r2) {
					w.cap, w.lower = true, false
				}
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			w.initial = first
			first = false
		} else if !strings.ContainsRune("\"“‘'(«[-–—•*", r) {
			// Punctuation other than an opening mark ends the sentence-initial zone.
			first = false
		}
		out = append(out, w)
	})
	return out
}

func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// months and days are capitalised but name no actor.
var calendar = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true,
	"December": true, "Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true, "Jan.": true, "Feb.": true, "Aug.": true,
	"Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true, "I": true, "I'm": true, "I've": true,
	"I'd": true, "I'll": true, "OK": true, "TV": true, "AM": true, "PM": true, "GMT": true,
	"UTC": true, "CEO": true, "Christmas": true, "Ramadan": true,
}

// particles join the parts of a name: "Bashar al-Assad", "Ursula von der Leyen".
var particles = map[string]bool{
	"al": true, "bin": true, "ibn": true, "de": true, "da": true, "van": true, "von": true,
	"der": true, "den": true, "la": true, "le": true, "du": true, "del": true, "dos": true,
	"di": true, "el": true, "bint": true, "abu": true, "ben": true, "y": true,
}

// orgHeads end organisation names; locHeads end place names; facHeads end facility names.
var orgHeads = map[string]bool{
	"Ministry": true, "Council": true, "Party": true, "Army": true, "Agency": true, "Bank": true,
	"Corporation": true, "Corp.": true, "Inc.": true, "Ltd": true, "Ltd.": true, "Co.": true,
	"University": true, "Committee": true, "Commission": true, "Organization": true,
	"Organisation": true, "Union": true, "Front": true, "Movement": true, "Brigade": true,
	"Brigades": true, "Forces": true, "Group": true, "Court": true, "Assembly": true,
	"Parliament": true, "Congress": true, "Senate": true, "Times": true, "News": true,
	"Post": true, "Institute": true, "Association": true, "Company": true, "Airlines": true,
	"Airways": true, "Department": true, "Office": true, "Service": true, "Services": true,
	"Foundation": true, "Federation": true, "Guard": true, "Guards": true, "Corps": true,
	"Korps": true, "Police": true, "Navy": true, "Church": true, "Authority": true,
	"Network": true, "Fund": true, "Bureau": true, "Centre": true, "Center": true,
	"Club": true, "Society": true, "League": true, "Alliance": true, "Coalition": true,
	"Trust": true, "Industries": true, "Group's": true, "Journal": true, "Herald": true,
	"Tribune": true, "Telegraph": true, "Gazette": true, "Press": true, "Cabinet": true,
	"Star":           true,
	"Administration": true, "Board": true, "Command": true, "Regiment": true, "Battalion": true,
	"Division": true, "Fleet": true, "Militia": true, "Council's": true, "Systems": true,
	"Technologies": true, "Motors": true, "Holdings": true, "Partners": true, "Media": true,
	"Force": true, "Monitor": true, "Observer": true, "Wire": true, "Chronicle": true,
	"Express": true, "Mirror": true, "Courier": true, "Sentinel": true, "Weekly": true,
	"Dispatch": true, "Bulletin": true, "Mission": true, "Directorate": true, "Secretariat": true,
	"Brotherhood": true, "Tribunal": true, "Radio": true, "Television": true, "Survey": true,
	"Marines": true, "Archives": true, "Reserve": true,
	"Academy": true, "College": true, "School": true, "Institution": true, "Ledger": true, "Examiner": true, "Inquirer": true,
}

// companyHeads end companies' names ("Douglas Aircraft", "Boeing Commercial Airplanes",
// "Shell Oil") and are organisation words too; inside a name they also name a trade, so
// "and" after one may go on with the name: "Ministry of Oil and Gas".
var companyHeads = map[string]bool{
	"Aircraft": true, "Airplanes": true, "Aerospace": true, "Automotive": true, "Motor": true,
	"Electronics": true, "Petroleum": true, "Oil": true, "Pharmaceuticals": true,
	"Chemicals": true, "Steel": true, "Telecom": true, "Communications": true,
	"Semiconductor": true, "Laboratories": true, "Labs": true, "Insurance": true,
	"Investments": true, "Ventures": true, "Entertainment": true, "Studios": true,
	"Pictures": true, "Records": true, "Foods": true, "Brands": true, "Auto": true,
}

func init() {
	for w := range companyHeads {
		orgHeads[w] = true
	}
}

var locHeads = map[string]bool{
	"City": true, "Province": true, "Region": true, "Sea": true, "Ocean": true, "River": true,
	"Mountains": true, "Mountain": true, "Valley": true, "Island": true, "Islands": true,
	"Gulf": true, "Strait": true, "County": true, "District": true, "Desert": true, "Lake": true,
	"Peninsula": true, "Bay": true, "Coast": true, "Basin": true, "Plain": true, "Hills": true,
	"Oblast": true, "Governorate": true, "Territory": true, "Canal": true,
	"Square": true, "Street": true, "Avenue": true, "Road": true, "Highway": true,
	"Shoal": true, "Reef": true, "Atoll": true, "Archipelago": true, "Cape": true, "Channel": true,
	"Pass": true, "Gorge": true, "Delta": true, "Plateau": true, "Heights": true, "Strip": true,
	"Hemisphere": true, "Falls": true, "Beach": true,
}

// eventHeads end the names of events: "the Beijing Olympics", "the Dakar Rally", "the Iraq
// War".
var eventHeads = map[string]bool{
	"Olympics": true, "Paralympics": true, "Games": true, "Cup": true, "Championship": true,
	"Championships": true, "Rally": true, "Festival": true, "Marathon": true, "War": true,
	"Summit": true, "Expo": true,
}

var facHeads = map[string]bool{
	"Airport": true, "Palace": true, "Hospital": true, "Stadium": true, "Bridge": true,
	"Base": true, "Plant": true, "Station": true, "Port": true, "Prison": true, "Tower": true,
	"Mosque": true, "Cathedral": true, "Temple": true, "Embassy": true, "Hotel": true,
	"Dam": true, "Facility": true, "Reactor": true, "Complex": true, "Building": true,
	"Hall": true, "Museum": true, "Library": true, "Planetarium": true, "Observatory": true,
	"Aquarium": true, "Zoo": true, "Arena": true, "Theatre": true, "Theater": true,
	"Gallery": true, "Memorial": true, "Cemetery": true, "Terminal": true,
}

// shipPrefixes are the prefixes navies and coast guards put before their ships' names,
// with the country (ISO 3166-1 alpha-3). Ambiguous ones ("ITS", "FS") are left out.
var shipPrefixes = map[string]string{
	"USS": "USA", "USNS": "USA", "USCGC": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN",
	"CCGS": "CAN", "HMNZS": "NZL", "INS": "IND", "ICGS": "IND", "BRP": "PHL", "RFS": "RUS",
	"ROKS": "KOR", "TCG": "TUR", "KRI": "IDN", "PNS": "PAK", "ARA": "ARG", "BNS": "BGD",
	"HNLMS": "NLD", "HDMS": "DNK", "HSwMS": "SWE", "KNM": "NOR", "NRP": "PRT", "SLNS": "LKA",
	"KD": "MYS", "RSS": "SGP", "HTMS": "THA", "IRIS": "IRN",
}

// postNominals are ranks and honours written after a name, and members' titles, that name
// no one by themselves: "Mark Tedeschi, QC", "Jane Roe MP".
var postNominals = map[string]bool{
	"QC": true, "KC": true, "SC": true, "MBE": true, "OBE": true, "CBE": true, "KBE": true,
	"MP": true, "MPs": true, "MEP": true, "MEPs": true, "MSP": true, "MSPs": true,
}

// mastheads end the names of newspapers and news services: "Toronto Star", "Daily
// Telegraph" ("Sun" is also a surname: "Paek Nam Sun").
var mastheads = map[string]bool{
	"Times": true, "News": true, "Post": true, "Journal": true, "Herald": true, "Tribune": true,
	"Telegraph": true, "Gazette": true, "Star": true, "Chronicle": true, "Ledger": true,
	"Courier": true, "Observer": true, "Sentinel": true, "Examiner": true, "Inquirer": true,
}

// function words open sentences but never names.
var function = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "for": true,
	"but": true, "and": true, "or": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "when": true, "while": true, "after": true, "before": true,
	"during": true, "as": true, "if": true, "since": true, "both": true, "many": true,
	"some": true, "other": true, "only": true, "even": true, "according": true,
	"meanwhile": true, "however": true, "also": true, "then": true, "now": true, "today": true,
	"yesterday": true, "tomorrow": true, "last": true, "next": true, "with": true, "from": true,
	"by": true, "to": true, "of": true, "under": true, "over": true, "about": true,
	"all": true, "most": true, "several": true, "few": true, "every": true, "each": true,
	"no": true, "not": true, "why": true, "what": true, "who": true, "how": true, "where": true,
	"there": true, "here": true, "it": true, "we": true, "they": true, "he": true, "she": true,
	"you": true, "i": true, "former": true, "new": true, "top": true, "senior": true,
	"first": true, "second": true, "third": true, "unlike": true, "like": true, "despite": true,
	"although": true, "though": true, "because": true, "until": true, "once": true,
	"so": true, "yet": true, "still": true, "instead": true, "thus": true, "therefore": true,
	"among": true, "between": true, "against": true, "without": true, "within": true,
	"through": true, "across": true, "toward": true, "towards": true, "into": true,
	"upon": true, "via": true, "per": true, "more": true, "less": true, "such": true,
	"do": true, "does": true, "did": true, "is": true, "are": true,
	"was": true, "were": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "has": true, "have": true,
	"had": true, "be": true, "been": true, "being": true, "don't": true, "image": true,
	"photo": true, "video": true, "read": true, "watch": true, "see": true, "update": true,
}

// occupations are nouns for people by what they do; a name right after one is a person's
// ("author Truman Capote", "English captain Harry Kane", "photographers Nat Finkelstein").
var occupations = map[string]bool{
	"actor": true, "actress": true, "artist": true, "author": true, "writer": true,
	"novelist": true, "poet": true, "playwright": true, "director": true, "producer": true,
	"singer": true, "songwriter": true, "singer-songwriter": true, "musician": true,
	"composer": true, "guitarist": true, "drummer": true, "rapper": true, "comedian": true,
	"photographer": true, "painter": true, "sculptor": true, "designer": true,
	"illustrator": true, "curator": true, "architect": true, "filmmaker": true, "moviemaker": true,
	"journalist": true, "reporter": true, "correspondent": true, "editor": true,
	"columnist": true, "blogger": true, "broadcaster": true, "presenter": true, "host": true,
	"captain": true, "coach": true, "manager": true, "player": true, "striker": true,
	"forward": true, "midfielder": true, "defender": true, "goalkeeper": true,
	"quarterback": true, "pitcher": true, "champion": true, "athlete": true, "runner": true,
	"cyclist": true, "boxer": true, "swimmer": true, "skier": true, "driver": true,
	"teammate": true, "referee": true, "umpire": true, "scientist": true, "researcher": true,
	"professor": true, "lecturer": true, "instructor": true, "teacher": true,
	"economist": true, "historian": true, "physicist": true, "biologist": true,
	"chemist": true, "astronomer": true, "engineer": true, "astronaut": true, "pilot": true,
	"doctor": true, "physician": true, "surgeon": true, "nurse": true, "lawyer": true,
	"attorney": true, "businessman": true, "businesswoman": true, "entrepreneur": true,
	"investor": true, "billionaire": true, "founder": true, "co-founder": true,
	"cofounder": true, "owner": true, "chef": true, "farmer": true, "priest": true,
	"pastor": true, "rabbi": true, "imam": true, "monk": true, "activist": true,
	"campaigner": true, "protester": true, "student": true, "victim": true, "suspect": true,
	"defendant": true, "witness": true, "survivor": true, "resident": true, "neighbour": true,
	"neighbor": true, "coauthor": true, "co-author": true, "colleague": true, "rival": true,
	"challenger": true, "candidate": true, "nominee": true, "opponent": true,
}

// occupation reports whether w is an occupation noun, singular or plural.
func occupation(w string) bool {
	if occupations[w] {
		return true
	}
	if strings.HasSuffix(w, "s") && occupations[w[:len(w)-1]] {
		return true
	}
	return strings.HasSuffix(w, "men") && (w == "businessmen" || w == "businesswomen")
}
