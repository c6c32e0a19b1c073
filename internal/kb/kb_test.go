package kb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func load(t *testing.T) *KB {
	t.Helper()
	k, err := Load(nil)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return k
}

func TestLoadEmbedded(t *testing.T) {
	k := load(t)
	tests := []struct {
		name, text, key string
		weak            bool
	}{
		{"full name", "Vladimir Putin", "vladimir-putin", false},
		{"surname", "Putin", "vladimir-putin", false},
		{"country alias", "U.S.", "USA", false},
		{"country display", "Russia", "RUS", false},
		{"seat without the", "Kremlin", "kremlin", false},
		{"outlet with The", "The Times", "the-times", false},
		{"outlet with lower the", "the Times", "the-times", false},
		{"weak surname", "Harris", "kamala-harris", true},
		{"weapon", "S-400", "s-400", false},
		{"legislature", "Congress", "us-congress", false},
		{"dotted abbreviation", "U.S. Treasury", "us-treasury", false},
		{"state (generated from ISO 3166-2)", "New Mexico", "sub-us-nm", false},
		{"province without its diacritics", "Bihar", "sub-in-br", false},
		{"a country keeps a name a state shares", "Georgia", "GEO", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Split(tt.text)
			n, names := k.MatchName(toks, 0)
			if n != len(toks) || len(names) == 0 {
				t.Fatalf("MatchName(%q) = %d tokens, %v; want %d tokens", tt.text, n, names, len(toks))
			}
			if (strings.HasPrefix(tt.key, "sub-") || tt.key == "GEO") && len(names) != 1 {
				t.Errorf("MatchName(%q) gives %d actors, want one", tt.text, len(names))
			}
			if names[0].Actor.Key != tt.key || names[0].Weak != tt.weak {
				t.Errorf("MatchName(%q) = %s weak=%v, want %s weak=%v", tt.text, names[0].Actor.Key, names[0].Weak, tt.key, tt.weak)
			}
		})
	}
}

func TestMatchRoleAndDemonym(t *testing.T) {
	k := load(t)
	toks := Split("Iranian Foreign Minister Abbas Araghchi")
	if n, iso := k.MatchDemonym(toks, 0); n != 1 || iso != "IRN" {
		t.Errorf("MatchDemonym = %d %q, want 1 IRN", n, iso)
	}
	n, r := k.MatchRole(toks, 1)
	if n != 2 || r == nil || r.Name != "foreign minister" {
		t.Fatalf("MatchRole = %d %v, want 2 foreign minister", n, r)
	}
	min := k.Role("minister")
	if !k.RoleMatches(min, "foreign minister") {
		t.Errorf("generic minister should match foreign minister")
	}
	if k.RoleMatches(k.Role("president"), "former president") {
		t.Errorf("president should not match former president")
	}
	if !k.RoleMatches(k.Role("dictator"), "president") {
		t.Errorf("dictator (generic head) should match president")
	}
}

func TestUserFileErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"ok", "actor\tacme\tORG\tAcme Corp\tAcme\tUSA\tBUS\t-\n", ""},
		{"columns", "# c\nactor\tacme\tORG\tAcme\n", "user.tsv:2: actor record has 4"},
		{"type", "actor\tacme\tTHING\tAcme\t-\t-\t-\t-\n", "user.tsv:1: unknown type"},
		{"country", "actor\tacme\tORG\tAcme\t-\tXXX\t-\t-\n", "user.tsv:1: unknown country code"},
		{"role", "actor\tjo\tPERSON\tJo Bloggs\t-\tGBR\tGOV\tgrand vizier\n", "user.tsv:1: unknown role"},
		{"duplicate", "actor\tRUS\tGPE\tRussia again\t-\t-\t-\t-\n", "already defined"},
		{"kind", "person\tjo\n", "unknown record kind"},
		{"empty column", "actor\tacme\tORG\t\t-\t-\t-\t-\n", "column 4 is empty"},
		{"seat target", "seat\thq\tFAC\tAcme Tower\t-\tnowhere\tGOV\n", "user.tsv:1: seat stands for unknown key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := filepath.Join(t.TempDir(), "user.tsv")
			if err := os.WriteFile(f, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			k, err := Load([]string{f})
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				if n, names := k.MatchName(Split("Acme Corp"), 0); n != 2 || names[0].Actor.Key != "acme" {
					t.Errorf("user actor not found: %d %v", n, names)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load(%q) error = %v, want it to contain %q", tt.text, err, tt.want)
			}
		})
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"possessive", "Putin's reluctance", []string{"Putin", "'s", "reluctance"}},
		{"curly possessive", "Iran’s proxies", []string{"Iran", "’s", "proxies"}},
		{"dotted", "the U.S. Congress.", []string{"the", "U.S.", "Congress", "."}},
		{"hyphen", "S-400 and al-Qaeda", []string{"S-400", "and", "al-Qaeda"}},
		{"numbers", "1,000 and 3.5 km", []string{"1,000", "and", "3.5", "km"}},
		{"title", "Gen. Smith, Mr. Jones", []string{"Gen.", "Smith", ",", "Mr.", "Jones"}},
		{"quotes", `"serious consultations."`, []string{`"`, "serious", "consultations", ".", `"`}},
		{"contraction", "don't", []string{"don't"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"U.S. President Donald J. Trump's", "a.b.c", "’s", "x'", "1,2.3", "é-ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		Scan(s, func(tk Tok) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token %v after %d in %q", tk, prev, s)
			}
			prev = tk.End
		})
	})
}

// FuzzLoad feeds arbitrary user files to Load: it must fail with a message or succeed, never
// panic, and every name it accepts must be found again.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"actor\tacme\tORG\tAcme Corp\tAcme|~Ac\tUSA\tBUS\t-\n",
		"seat\thq\tFAC\tAcme Tower\t-\tacme\tGOV\n",
		"role\tgrand vizier\tGOV\thead\tgeneric,label\tgrand vizier|vizier\n",
		"alias\tRUS\t-\tRus\n", "demonym\tRUS\tRus\n", "#\n\n", "actor\t\t\t\t\t\t\t\n",
	} {
		f.Add(s)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, s string) {
		p := filepath.Join(dir, "user.tsv")
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		k, err := Load([]string{p})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "kb: ") {
				t.Fatalf("error %q lacks the package prefix", err)
			}
			return
		}
		for _, a := range k.Actors() {
			toks := Split(strings.TrimPrefix(a.Name, "the "))
			if len(toks) == 0 {
				continue
			}
			if n, _ := k.MatchName(toks, 0); n == 0 {
				t.Fatalf("actor %q: name %q not found", a.Key, a.Name)
			}
		}
	})
}
