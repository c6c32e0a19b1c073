package kb

import (
	"embed"
	"fmt"
	"os"
	"sort"
	"strings"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// embedded lists the knowledge files in load order: countries first (other files point at
// them), then roles (actors name them), then the rest.
var embedded = []string{
	"data/countries.tsv",
	"data/geo.tsv",
	"data/roles.tsv",
	"data/orgs.tsv",
	"data/companies.tsv",
	"data/people.tsv",
	"data/weapons.tsv",
	"data/subdivisions.tsv",
}

// Entity types an actor may have.
var types = map[string]bool{
	"PERSON": true, "ORG": true, "GPE": true, "LOC": true, "NORP": true, "WEAPON": true,
	"FAC": true, "EVENT": true, "PRODUCT": true,
}

// Sectors, in the spirit of CAMEO actor codes.
var sectors = map[string]bool{
	"GOV": true, "MIL": true, "REB": true, "INS": true, "OPP": true, "IGO": true, "NGO": true,
	"MED": true, "LEG": true, "JUD": true, "PTY": true, "BUS": true, "SPY": true, "REL": true,
	"EDU": true, "CVL": true, "COP": true,
}

// Actor is a known person, organisation, place or thing.
type Actor struct {
	Key     string
	Type    string
	Name    string
	Aliases []string
	Country string // ISO 3166-1 alpha-3; for a country, its own code
	Sector  string
	Roles   []string
	// ISO2 is set for countries.
	ISO2 string
	// For is the key of the actor a seat stands for when used as a metonym ("the Kremlin"
	// for Russia), with ForSector the sector it names ("the Pentagon": MIL).
	For       string
	ForSector string
	// Where the actor was defined, for messages.
	Pos string
}

// IsCountry reports whether the actor is a country.
func (a *Actor) IsCountry() bool { return a.ISO2 != "" }

// Role is an office, title or role a text can name someone by.
type Role struct {
	Name   string
	Sector string
	// Class groups roles a generic nominal can stand for ("minister" for any minister).
	Class     string
	Generic   bool // names the class, not one office ("minister", "leader")
	Label     bool // an evaluative label an outlet applies ("dictator")
	Honorific bool // a title without an office ("ayatollah", "prince")
	Forms     []string
}

// Name is one way the knowledge base knows to write an actor.
type Name struct {
	Actor *Actor
	// Weak names (common surnames) identify the actor only when a strong name of it appears
	// in the same document or run.
	Weak bool
}

// KB is the loaded knowledge base. It is read-only after Load and safe for concurrent use.
type KB struct {
	actors     []*Actor
	byKey      map[string]*Actor
	byISO2     map[string]*Actor
	names      phrases[Name]
	demonyms   phrases[string] // surface -> ISO3
	roles      phrases[*Role]  // lower-case surface -> role
	roleByName map[string]*Role
	words      map[string]bool // common lower-case English words
	propers    map[string]bool // capitalised dictionary words (names of all sorts)
}

// Load reads the embedded knowledge base and then the user's files, in order. A bad entry
// is an error naming its file and line.
func Load(userFiles []string) (*KB, error) {
	k := &KB{
		byKey:      map[string]*Actor{},
		byISO2:     map[string]*Actor{},
		names:      newPhrases[Name](),
		demonyms:   newPhrases[string](),
		roles:      newPhrases[*Role](),
		roleByName: map[string]*Role{},
	}
	p := &parser{k: k}
	for _, name := range embedded {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("kb: %w", err)
		}
		if err := p.parse("kb/"+name, string(b)); err != nil {
			return nil, err
		}
	}
	for _, f := range userFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("kb: %w", err)
		}
		if err := p.parse(f, string(b)); err != nil {
			return nil, err
		}
	}
	if err := p.finish(); err != nil {
		return nil, err
	}
	var err error
	if k.words, err = wordSet("data/words.txt"); err != nil {
		return nil, err
	}
	if k.propers, err = wordSet("data/propers.txt"); err != nil {
		return nil, err
	}
	sort.Slice(k.actors, func(i, j int) bool { return k.actors[i].Key < k.actors[j].Key })
	return k, nil
}

func wordSet(name string) (map[string]bool, error) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("kb: %w", err)
	}
	s := string(b)
	m := make(map[string]bool, strings.Count(s, "\n"))
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		line := s
		if i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if line != "" && line[0] != '#' {
			m[line] = true
		}
	}
	return m, nil
}

// Actor returns the actor with key, or nil.
func (k *KB) Actor(key string) *Actor { return k.byKey[key] }

// Actors returns every actor, sorted by key.
func (k *KB) Actors() []*Actor { return k.actors }

// Country returns the country with an ISO 3166-1 alpha-3 code, or nil.
func (k *KB) Country(iso3 string) *Actor {
	if a := k.byKey[iso3]; a != nil && a.IsCountry() {
		return a
	}
	return nil
}

// Role returns the role with that name, or nil.
func (k *KB) Role(name string) *Role { return k.roleByName[strings.TrimPrefix(name, "former ")] }

// MatchName finds the longest knowledge-base name starting at toks[i] (tokens as Split cuts
// them, case as written). It returns the number of tokens matched and the names, or 0.
func (k *KB) MatchName(toks []string, i int) (int, []Name) { return k.names.match(toks, i, false) }

// MatchDemonym finds the longest demonym or adjective of a country at toks[i] ("Russian",
// "South Korean") and returns the tokens matched and the country's ISO3 code.
func (k *KB) MatchDemonym(toks []string, i int) (int, string) {
	n, v := k.demonyms.match(toks, i, false)
	if n == 0 {
		return 0, ""
	}
	return n, v[0]
}

// MatchRole finds the longest role form at toks[i], ignoring case ("Foreign Minister",
// "defence minister").
func (k *KB) MatchRole(toks []string, i int) (int, *Role) {
	n, v := k.roles.match(toks, i, true)
	if n == 0 {
		return 0, nil
	}
	return n, v[0]
}

// Common reports whether w (lower case) is a common English word.
func (k *KB) Common(w string) bool { return k.words[w] }

// Proper reports whether w is a capitalised dictionary word (a name of some sort).
func (k *KB) Proper(w string) bool { return k.propers[w] }

// RoleMatches reports whether a person holding role held can be named by role r:
// the same office, or r is generic and held is of r's class.
func (k *KB) RoleMatches(r *Role, held string) bool {
	if strings.HasPrefix(held, "former ") {
		return false
	}
	if held == r.Name {
		return true
	}
	h := k.roleByName[held]
	if h == nil {
		return false
	}
	return r.Generic && h.Class == r.Class
}

// phrases is an index of token sequences for longest-match lookup.
type phrases[T any] struct {
	m   map[string][]T
	max map[string]int // first token -> most tokens of a phrase starting with it
}

func newPhrases[T any]() phrases[T] {
	return phrases[T]{m: map[string][]T{}, max: map[string]int{}}
}

func (p *phrases[T]) add(toks []string, v T) {
	key := strings.Join(toks, " ")
	p.m[key] = append(p.m[key], v)
	if len(toks) > p.max[toks[0]] {
		p.max[toks[0]] = len(toks)
	}
}

func (p *phrases[T]) match(toks []string, i int, fold bool) (int, []T) {
	first := toks[i]
	if fold {
		first = strings.ToLower(first)
	}
	mx := p.max[first]
	if mx == 0 {
		return 0, nil
	}
	if i+mx > len(toks) {
		mx = len(toks) - i
	}
	var key strings.Builder
	for n := mx; n >= 1; n-- {
		key.Reset()
		for j := i; j < i+n; j++ {
			if j > i {
				key.WriteByte(' ')
			}
			if fold {
				key.WriteString(strings.ToLower(toks[j]))
			} else {
				key.WriteString(toks[j])
			}
		}
		if v, ok := p.m[key.String()]; ok {
			return n, v
		}
	}
	return 0, nil
}
