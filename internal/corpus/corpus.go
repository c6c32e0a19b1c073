package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Article is one generated article.
type Article struct {
	Outlet string
	Title  string
	Body   string
}

// Text is the article as a plain-text file: title, blank line, body.
func (a Article) Text() string { return a.Title + "\n\n" + a.Body }

var (
	outlets   = []string{"The Harbour Post", "Northern Courier", "Daily Ledger", "Meridian News", "The Evening Standardbearer", "Capital Wire"}
	countries = []struct{ name, adj, capital string }{
		{"Peru", "Peruvian", "Lima"}, {"Chile", "Chilean", "Santiago"}, {"Norway", "Norwegian", "Oslo"},
		{"Kenya", "Kenyan", "Nairobi"}, {"Vietnam", "Vietnamese", "Hanoi"}, {"Poland", "Polish", "Warsaw"},
		{"Canada", "Canadian", "Ottawa"}, {"Egypt", "Egyptian", "Cairo"}, {"Japan", "Japanese", "Tokyo"},
		{"Brazil", "Brazilian", "Brasilia"}, {"Turkey", "Turkish", "Ankara"}, {"Ghana", "Ghanaian", "Accra"},
	}
	firstNames = []string{"Maria", "Jonas", "Amara", "Kenji", "Lucia", "Piotr", "Fatima", "Tomas", "Ingrid", "Kwame", "Hana", "Rafael"}
	lastNames  = []string{"Okafor", "Lindqvist", "Tanaka", "Herrera", "Nowak", "Haddad", "Mensah", "Silva", "Novak", "Arrieta", "Brandt", "Osei"}
	roles      = []string{"foreign minister", "defence minister", "prime minister", "president", "trade minister", "spokesperson"}
	orgs       = []string{"the United Nations", "the World Bank", "the International Monetary Fund", "NATO", "the African Union", "the European Union"}
	days       = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	verbsSaid  = []string{"said", "told reporters", "added", "warned", "insisted", "stated"}
	topics     = []string{"the fishing dispute", "the border crossing", "the grain shipments", "the pipeline project", "the peace talks", "the sanctions package", "the water treaty"}
)

// Generate returns n articles, deterministic for seed, each about words words long. Articles
// come in stories of three to five outlets reporting the same event, so comparisons have
// something to align.
func Generate(seed uint64, n, words int) []Article {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var out []Article
	for len(out) < n {
		st := newStory(r)
		k := 3 + r.IntN(3)
		for i := 0; i < k && len(out) < n; i++ {
			out = append(out, st.article(r, outlets[(i+len(out))%len(outlets)], words))
		}
	}
	return out
}

type person struct{ name, role, country, adj string }

type story struct {
	a, b    struct{ name, adj, capital string }
	p, q    person
	topic   string
	org     string
	day     string
	number  int
	month   string
	year    int
	killed  int
	crowd   int
	billion int
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func newStory(r *rand.Rand) story {
	var s story
	s.a = pick(r, countries)
	s.b = pick(r, countries)
	for s.b.name == s.a.name {
		s.b = pick(r, countries)
	}
	s.p = person{pick(r, firstNames) + " " + pick(r, lastNames), pick(r, roles), s.a.name, s.a.adj}
	s.q = person{pick(r, firstNames) + " " + pick(r, lastNames), pick(r, roles), s.b.name, s.b.adj}
	s.topic, s.org, s.day, s.month = pick(r, topics), pick(r, orgs), pick(r, days), pick(r, months)
	s.number, s.year = 2+r.IntN(40), 2015+r.IntN(10)
	s.killed, s.crowd, s.billion = r.IntN(12), 100*(1+r.IntN(50)), 1+r.IntN(9)
	return s
}

func surname(full string) string { return full[strings.LastIndexByte(full, ' ')+1:] }

func (s story) sentences(r *rand.Rand) []string {
	P, Q := s.p, s.q
	return []string{
		fmt.Sprintf("%s %s %s arrived in %s on %s to meet %s %s %s.", P.adj, titleCase(P.role), P.name, s.b.capital, s.day, Q.adj, titleCase(Q.role), Q.name),
		fmt.Sprintf("The talks focused on %s, which has strained relations between %s and %s since %s %d.", s.topic, s.a.name, s.b.name, s.month, s.year),
		fmt.Sprintf("\"We came here to find a solution, not to make threats,\" %s %s.", surname(P.name), pick(r, verbsSaid)),
		fmt.Sprintf("According to %s, at least %d people were detained and %d were injured during the protests.", s.org, s.number, s.killed),
		fmt.Sprintf("%s said the government would not accept any deal that ignored the interests of %s farmers.", surname(Q.name), s.b.adj),
		fmt.Sprintf("Analysts say the dispute could cost the region about %d billion dollars over the next three years.", s.billion),
		fmt.Sprintf("%s has repeatedly accused %s of violating the agreement signed last %s.", s.b.capital, s.a.name, pick(r, months)),
		fmt.Sprintf("The %s government denied the accusations and called them \"baseless\".", s.a.adj),
		fmt.Sprintf("About %d people gathered outside the %s embassy in %s on %s evening.", s.crowd, s.a.adj, s.b.capital, pick(r, days)),
		fmt.Sprintf("%s officials said they had not received a formal request for talks from %s.", s.b.adj, s.a.capital),
		fmt.Sprintf("The %s %s later told the state broadcaster that progress had been made.", s.a.adj, P.role),
		fmt.Sprintf("Both sides agreed to meet again in %s, a spokesperson for %s said.", pick(r, months), s.org),
		fmt.Sprintf("Critics in %s described the visit as a publicity stunt by a weak government.", s.a.capital),
		fmt.Sprintf("The %s navy has increased patrols near the border, according to local media.", s.b.adj),
		fmt.Sprintf("%s and %s signed a trade agreement worth %d billion dollars in %d.", s.a.name, s.b.name, s.billion, s.year),
		fmt.Sprintf("Mr. %s, who took office in %d, has promised a tougher line on %s.", surname(Q.name), s.year, s.topic),
	}
}

func (s story) article(r *rand.Rand, outlet string, words int) Article {
	pool := s.sentences(r)
	title := fmt.Sprintf("%s and %s hold talks over %s", s.a.name, s.b.name, strings.TrimPrefix(s.topic, "the "))
	var b strings.Builder
	n, para := 0, 0
	for n < words {
		sent := pool[r.IntN(len(pool))]
		if b.Len() > 0 {
			if para >= 3 {
				b.WriteString("\n\n")
				para = 0
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(sent)
		para++
		n += strings.Count(sent, " ") + 1
	}
	return Article{Outlet: outlet, Title: title, Body: b.String()}
}

func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}
