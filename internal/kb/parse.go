package kb

import (
	"fmt"
	"strings"
)

// parser reads knowledge files into a KB, checking every entry.
type parser struct {
	k       *KB
	pending []pendingRef // references checked once every file is read
}

type pendingRef struct {
	pos, what, key string
}

// columns per record kind, including the kind itself.
var columns = map[string]int{
	"country": 5, // country ISO3 ISO2 NAME ALIASES
	"alias":   4, // alias KEY NAME ALIASES
	"demonym": 3, // demonym ISO3 FORMS
	"seat":    7, // seat KEY TYPE NAME ALIASES FOR SECTOR
	"role":    6, // role NAME SECTOR CLASS FLAGS FORMS
	"actor":   8, // actor KEY TYPE NAME ALIASES COUNTRY SECTOR ROLES
}

func (p *parser) parse(file, text string) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		pos := fmt.Sprintf("%s:%d", file, n+1)
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		want, ok := columns[f[0]]
		if !ok {
			return fmt.Errorf("kb: %s: unknown record kind %q (want country, alias, demonym, seat, role or actor)", pos, f[0])
		}
		if len(f) != want {
			return fmt.Errorf("kb: %s: %s record has %d tab-separated columns, want %d", pos, f[0], len(f), want)
		}
		for i, c := range f {
			if c == "" {
				return fmt.Errorf("kb: %s: column %d is empty (write - for none)", pos, i+1)
			}
		}
		var err error
		switch f[0] {
		case "country":
			err = p.country(pos, f)
		case "alias":
			err = p.alias(pos, f)
		case "demonym":
			err = p.demonym(pos, f)
		case "seat":
			err = p.seat(pos, f)
		case "role":
			err = p.role(pos, f)
		case "actor":
			err = p.actor(pos, f)
		}
		if err != nil {
			return fmt.Errorf("kb: %s: %w", pos, err)
		}
	}
	return nil
}

func list(s string) []string {
	if s == "-" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func opt(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func isISO3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func (p *parser) newActor(pos string, a *Actor) error {
	if a.Key == "" || strings.ContainsAny(a.Key, " \t|") {
		return fmt.Errorf("bad key %q", a.Key)
	}
	if old := p.k.byKey[a.Key]; old != nil {
		return fmt.Errorf("key %q already defined at %s", a.Key, old.Pos)
	}
	if !types[a.Type] {
		return fmt.Errorf("unknown type %q", a.Type)
	}
	if a.Sector != "" && !sectors[a.Sector] {
		return fmt.Errorf("unknown sector %q", a.Sector)
	}
	if a.Country != "" && p.k.Country(a.Country) == nil {
		return fmt.Errorf("unknown country code %q (want an ISO 3166-1 alpha-3 code)", a.Country)
	}
	for i, r := range a.Roles {
		// A role may be written by any of its forms; keep the role's name.
		prefix := ""
		if strings.HasPrefix(r, "former ") {
			prefix, r = "former ", strings.TrimPrefix(r, "former ")
		}
		toks := Split(strings.ToLower(r))
		n, role := p.k.MatchRole(toks, 0)
		if n != len(toks) || role == nil {
			return fmt.Errorf("unknown role %q (define it with a role record first)", r)
		}
		a.Roles[i] = prefix + role.Name
	}
	a.Pos = pos
	p.k.byKey[a.Key] = a
	p.k.actors = append(p.k.actors, a)
	if err := p.addName(a, a.Name, false); err != nil {
		return err
	}
	var aliases []string
	for _, al := range a.Aliases {
		weak := strings.HasPrefix(al, "~")
		al = strings.TrimPrefix(al, "~")
		if err := p.addName(a, al, weak); err != nil {
			return err
		}
		aliases = append(aliases, al)
	}
	a.Aliases = aliases
	return nil
}

// addName indexes a name. A leading lower-case "the" is not part of the name ("the Kremlin"
// is found as "Kremlin"); a capitalised "The" is ("The Times"), and matches "the" too.
func (p *parser) addName(a *Actor, name string, weak bool) error {
	name = strings.TrimPrefix(name, "the ")
	toks := Split(name)
	if len(toks) == 0 {
		return fmt.Errorf("empty name for %q", a.Key)
	}
	v := Name{Actor: a, Weak: weak}
	p.k.names.add(toks, v)
	// "US Treasury" is also written "U.S. Treasury"; "UN Security Council" "U.N. ...".
	if len(toks) > 1 {
		dotted := make([]string, len(toks))
		changed := false
		for i, t := range toks {
			dotted[i] = t
			if d, ok := dottedForms[t]; ok {
				dotted[i], changed = d, true
			}
		}
		if changed {
			p.k.names.add(dotted, v)
		}
	}
	if toks[0] == "The" && len(toks) > 1 {
		low := append([]string{"the"}, toks[1:]...)
		p.k.names.add(low, v)
	}
	return nil
}

// dottedForms are the abbreviations news writes with periods.
var dottedForms = map[string]string{"US": "U.S.", "UN": "U.N.", "UK": "U.K.", "EU": "E.U."}

func (p *parser) country(pos string, f []string) error {
	if !isISO3(f[1]) || len(f[2]) != 2 {
		return fmt.Errorf("bad ISO codes %q %q", f[1], f[2])
	}
	a := &Actor{Key: f[1], Type: "GPE", Name: f[3], Aliases: list(f[4]), Country: "", ISO2: f[2], Sector: ""}
	if err := p.newActor(pos, a); err != nil {
		return err
	}
	a.Country = a.Key
	p.k.byISO2[a.ISO2] = a
	return nil
}

func (p *parser) alias(pos string, f []string) error {
	a := p.k.byKey[f[1]]
	if a == nil {
		return fmt.Errorf("alias for unknown key %q", f[1])
	}
	if name := opt(f[2]); name != "" && name != a.Name {
		a.Aliases = append(a.Aliases, a.Name)
		a.Name = name
		if err := p.addName(a, name, false); err != nil {
			return err
		}
	}
	for _, al := range list(f[3]) {
		weak := strings.HasPrefix(al, "~")
		al = strings.TrimPrefix(al, "~")
		if err := p.addName(a, al, weak); err != nil {
			return err
		}
		a.Aliases = append(a.Aliases, al)
	}
	return nil
}

func (p *parser) demonym(pos string, f []string) error {
	if p.k.Country(f[1]) == nil {
		return fmt.Errorf("unknown country code %q", f[1])
	}
	forms := list(f[2])
	if len(forms) == 0 {
		return fmt.Errorf("demonym without forms")
	}
	for _, form := range forms {
		p.k.demonyms.add(Split(form), f[1])
	}
	return nil
}

func (p *parser) seat(pos string, f []string) error {
	a := &Actor{Key: f[1], Type: f[2], Name: f[3], Aliases: list(f[4]), For: opt(f[5]), ForSector: opt(f[6])}
	if a.ForSector != "" && !sectors[a.ForSector] {
		return fmt.Errorf("unknown sector %q", a.ForSector)
	}
	if c := p.k.Country(a.For); c != nil {
		a.Country = c.Key
	}
	if a.For != "" {
		p.pending = append(p.pending, pendingRef{pos, "seat stands for", a.For})
	}
	return p.newActor(pos, a)
}

func (p *parser) role(pos string, f []string) error {
	r := &Role{Name: f[1], Sector: opt(f[2]), Class: f[3], Forms: list(f[5])}
	if r.Sector != "" && !sectors[r.Sector] {
		return fmt.Errorf("unknown sector %q", r.Sector)
	}
	for _, fl := range list(strings.ReplaceAll(f[4], ",", "|")) {
		switch fl {
		case "generic":
			r.Generic = true
		case "label":
			r.Label = true
		case "honorific":
			r.Honorific = true
		default:
			return fmt.Errorf("unknown role flag %q (want generic, label or honorific)", fl)
		}
	}
	if old := p.k.roleByName[r.Name]; old != nil {
		return fmt.Errorf("role %q already defined", r.Name)
	}
	if len(r.Forms) == 0 {
		return fmt.Errorf("role %q has no forms", r.Name)
	}
	p.k.roleByName[r.Name] = r
	for _, form := range r.Forms {
		toks := Split(strings.ToLower(form))
		if n, v := p.k.roles.match(toks, 0, true); n == len(toks) && v[0] != r {
			return fmt.Errorf("form %q of role %q already belongs to role %q", form, r.Name, v[0].Name)
		}
		p.k.roles.add(toks, r)
	}
	return nil
}

func (p *parser) actor(pos string, f []string) error {
	a := &Actor{Key: f[1], Type: f[2], Name: f[3], Aliases: list(f[4]), Country: opt(f[5]), Sector: opt(f[6]), Roles: list(f[7])}
	return p.newActor(pos, a)
}

func (p *parser) finish() error {
	for _, r := range p.pending {
		if p.k.byKey[r.key] == nil {
			return fmt.Errorf("kb: %s: %s unknown key %q", r.pos, r.what, r.key)
		}
	}
	return nil
}
