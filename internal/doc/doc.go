// Package doc defines the document model every stage reads and writes: the cleaned text and
// the spans of everything found in it, plus the run-level report that compare emits.
package doc

// SchemaVersion names the JSON schema of the report (see docs/SCHEMA.md). Bump the minor
// number when fields are added, the major number if a field ever changes meaning.
const SchemaVersion = "parallax/1.0"

// Span is a half-open range of byte offsets into a document's cleaned text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// TextSpan is a span that also carries its text, which always equals the slice of the
// cleaned text at its offsets.
type TextSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Span returns the bare offsets.
func (t TextSpan) Span() Span { return Span{t.Start, t.End} }

// Source is one input as read, before cleaning: bytes plus what the input said about itself.
type Source struct {
	// Name identifies the input in messages: a path, a URL, "-" or "path#record".
	Name      string
	File      string // path of the file it came from, if any
	URL       string
	Format    string // "text", "markdown", "html", "json"
	Raw       []byte // the bytes the cleaner works on (for JSON records: the text or html field)
	Title     string
	Subtitle  string
	Outlet    string
	Published string // as given by the input; parsed later
	Lang      string
	Err       error // set when the input could not be read; the document carries the error
	// Encoding names the character encoding Raw was decoded from when the input was not
	// UTF-8 ("windows-1252"); Raw then holds the UTF-8 text and offsets refer to it.
	Encoding string
}

// Block kinds.
const (
	BlockTitle       = "title"
	BlockSubtitle    = "subtitle"
	BlockDateline    = "dateline"
	BlockHeading     = "heading"
	BlockCaption     = "caption"
	BlockBoilerplate = "boilerplate"
	BlockBody        = "body"
)

// Block is a structural piece of the document. Boilerplate is not part of the cleaned text:
// it has no start/end but Raw and its offsets in the raw input instead.
type Block struct {
	Kind     string `json:"kind"`
	Start    *int   `json:"start,omitempty"`
	End      *int   `json:"end,omitempty"`
	Raw      string `json:"raw,omitempty"`
	RawStart *int   `json:"raw_start,omitempty"`
	RawEnd   *int   `json:"raw_end,omitempty"`
}

// Note kinds seen in scraped news.
const (
	NoteMissingSpace    = "missing_space"
	NoteFragment        = "fragment"
	NoteUnbalancedQuote = "unbalanced_quote"
	NoteMojibake        = "mojibake"
	NoteDuplicate       = "duplicate_paragraph"
	NoteTruncated       = "truncated"
	NoteNoPublished     = "no_published_date"
	NoteLanguage        = "language"
	NoteEncoding        = "encoding" // the input was not UTF-8 and was decoded
)

// Note records damage or a caveat found in the input, at a span of the cleaned text, with the
// raw input around it (for a repaired glue, the glued form).
type Note struct {
	Kind   string `json:"kind"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Raw    string `json:"raw,omitempty"`
	Detail string `json:"detail,omitempty"`
}

// Sentence is a sentence of the cleaned text. Block is the kind of block holding it (title,
// heading, caption and dateline sentences are analysed but are not body sentences). Voice is
// "outlet" when the outlet states it, "attributed" when it reports someone, "quoted" when it
// is mostly a direct quotation.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Block string `json:"block,omitempty"`
	Voice string `json:"voice,omitempty"`
}

// Span returns the sentence's offsets.
func (s Sentence) Span() Span { return Span{s.Start, s.End} }

// Token is a word or punctuation mark. Tag and Lemma are filled by stages that need them.
type Token struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Tag   string `json:"tag,omitempty"`
	Lemma string `json:"lemma,omitempty"`
}

// Mention kinds.
const (
	MentionName    = "name"
	MentionNominal = "nominal" // "the Russian president", "the militants"
	MentionPronoun = "pronoun"
)

// Mention is a span naming an actor, pointing at its entity (an id in the run's entities).
type Mention struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"`
	Kind   string `json:"kind,omitempty"`
	Entity string `json:"entity,omitempty"`
	// Role is set when a mention names the actor through a title or role ("the Russian
	// president"); Metonym when a place stands for its government ("the Kremlin").
	Role    string `json:"role,omitempty"`
	Metonym bool   `json:"metonym,omitempty"`
}

// Entity is an actor shared by all documents of one run.
type Entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
	Country string   `json:"country,omitempty"` // ISO 3166-1 alpha-3
	Sector  string   `json:"sector,omitempty"`  // GOV, MIL, REB, MED, ...
	Roles   []string `json:"roles,omitempty"`
	KB      string   `json:"kb,omitempty"` // knowledge-base key when the actor is known
	// Mentions counts the entity's mentions across the run (filled at run level).
	Mentions int `json:"mentions,omitempty"`
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuotePartial  = "partial"
	QuoteIndirect = "indirect"
)

// Quote is a quotation or reported statement with its speaker and cue.
type Quote struct {
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Speaker is an entity id; SpeakerText the words naming the speaker ("analysts").
	Speaker     string    `json:"speaker,omitempty"`
	SpeakerText string    `json:"speaker_text,omitempty"`
	Cue         *TextSpan `json:"cue,omitempty"`
	// Via lists the sources the speaker's words reached the outlet through, nearest first.
	Via    []string `json:"via,omitempty"`
	Closed *bool    `json:"closed,omitempty"` // false for a quotation that never closes
}

// Attribution is a claim the outlet attributes to a source ("according to X, ...").
type Attribution struct {
	Cue        TextSpan `json:"cue"`
	Source     string   `json:"source,omitempty"`
	SourceText string   `json:"source_text,omitempty"`
	Claim      TextSpan `json:"claim"`
	Via        []string `json:"via,omitempty"`
}

// Actor is one side of an event or relation.
type Actor struct {
	Entity  string `json:"entity,omitempty"`
	Name    string `json:"name,omitempty"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Code    string `json:"code,omitempty"` // CAMEO-style actor code, e.g. RUSGOV
	Text    string `json:"text,omitempty"`
	Start   int    `json:"start,omitempty"`
	End     int    `json:"end,omitempty"`
}

// Event is a coded interaction between actors, with the words that support it.
type Event struct {
	Source     *Actor   `json:"source,omitempty"`
	Target     *Actor   `json:"target,omitempty"`
	CAMEO      string   `json:"cameo"`
	Label      string   `json:"label,omitempty"`
	PLOVER     string   `json:"plover,omitempty"`
	QuadClass  int      `json:"quad_class"`
	Goldstein  float64  `json:"goldstein"`
	Polarity   string   `json:"polarity"` // asserted | negated
	Modality   string   `json:"modality"` // actual | planned | hypothetical | demanded
	Time       string   `json:"time,omitempty"`
	ReportedBy string   `json:"reported_by,omitempty"`
	Trigger    TextSpan `json:"trigger"`
	Evidence   TextSpan `json:"evidence"`
}

// Relation is a stated standing relation between actors ("his ally, Vladimir Putin").
type Relation struct {
	Source   *Actor   `json:"source"`
	Type     string   `json:"type"`
	Target   *Actor   `json:"target"`
	Evidence TextSpan `json:"evidence"`
	// Role names the office of a role relation when the text states it ("foreign minister").
	Role string `json:"role,omitempty"`
}

// Time is a time expression resolved against the document's publication date.
type Time struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"` // DATE, TIME, DURATION, SET
	Value  string `json:"value"`
	Anchor string `json:"anchor,omitempty"`
	Mod    string `json:"mod,omitempty"` // EARLY, LATE, APPROX, ...
}

// SourceMapPiece maps a run of cleaned text to the raw input: Len bytes at Clean in the
// cleaned text came from Len bytes at Raw in the input. Bytes inserted by cleaning (a space
// repairing a glue, a paragraph break) are not covered by any piece.
type SourceMapPiece struct {
	Clean int `json:"clean"`
	Raw   int `json:"raw"`
	Len   int `json:"len"`
}

// Document is one article and everything found in it.
type Document struct {
	ID        string     `json:"id"`
	File      string     `json:"file,omitempty"`
	URL       string     `json:"url,omitempty"`
	Outlet    string     `json:"outlet,omitempty"`
	Title     string     `json:"title,omitempty"`
	Subtitle  string     `json:"subtitle,omitempty"`
	Dateline  string     `json:"dateline,omitempty"`
	Lang      string     `json:"lang,omitempty"`
	Published string     `json:"published,omitempty"` // ISO 8601
	Error     string     `json:"error,omitempty"`
	Text      string     `json:"text"`
	Blocks    []Block    `json:"blocks"`
	Notes     []Note     `json:"notes"`
	Sentences []Sentence `json:"sentences"`
	Tokens    []Token    `json:"tokens,omitempty"`

	Mentions     []Mention     `json:"mentions"`
	Quotes       []Quote       `json:"quotes"`
	Attributions []Attribution `json:"attributions"`
	Events       []Event       `json:"events"`
	Relations    []Relation    `json:"relations"`
	Times        []Time        `json:"times"`

	SourceMap []SourceMapPiece `json:"source_map,omitempty"`

	// Entities are the actors this document mentions, before the run links them; the
	// run-level list is Report.Entities.
	Entities []Entity `json:"-"`
}

// Slice returns the cleaned text at s, or "" when s is out of range.
func (d *Document) Slice(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// TextSpan builds a TextSpan for s.
func (d *Document) TextSpan(s Span) TextSpan {
	return TextSpan{Start: s.Start, End: s.End, Text: d.Slice(s)}
}

// RawOffset maps an offset of the cleaned text back to the raw input; ok is false for bytes
// that cleaning inserted.
func (d *Document) RawOffset(clean int) (raw int, ok bool) {
	for _, p := range d.SourceMap {
		if clean >= p.Clean && clean < p.Clean+p.Len {
			return p.Raw + clean - p.Clean, true
		}
	}
	return 0, false
}

// SentenceAt returns the index of the sentence holding offset off, or -1.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// Support is one document's evidence for a claim.
type Support struct {
	Doc          int    `json:"doc"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Text         string `json:"text"`
	AttributedTo string `json:"attributed_to,omitempty"`
	// Upstream names the shared upstream source (a wire, an agency) when known.
	Upstream string `json:"upstream,omitempty"`
}

// Claim statuses.
const (
	Corroborated = "corroborated"
	SingleSource = "single_source"
	Contested    = "contested"
)

// Claim is a proposition grouped across documents.
type Claim struct {
	ID        string    `json:"id"`
	Gist      string    `json:"gist"`
	Status    string    `json:"status"`
	Actors    []string  `json:"actors,omitempty"`
	Predicate string    `json:"predicate,omitempty"`
	Polarity  string    `json:"polarity,omitempty"`
	Support   []Support `json:"support"`
	// Independent counts the independent sources behind the claim.
	Independent int    `json:"independent"`
	Note        string `json:"note,omitempty"`
}

// Term is a loaded or evaluative word an outlet uses in its own voice.
type Term struct {
	Term  string     `json:"term"`
	Count int        `json:"count"`
	Spans []TextSpan `json:"spans"`
}

// Framing is how one outlet names and frames one actor.
type Framing struct {
	Doc       int      `json:"doc"`
	Entity    string   `json:"entity"`
	Names     []string `json:"names"`
	Terms     []Term   `json:"terms"`
	Tone      float64  `json:"tone"`
	Omissions []string `json:"omissions,omitempty"` // claim ids others make that this one does not
}

// Report is the output of one run of analyze or compare.
type Report struct {
	Schema    string      `json:"schema"`
	Generator string      `json:"generator,omitempty"`
	Documents []*Document `json:"documents"`
	Entities  []Entity    `json:"entities"`
	Claims    []Claim     `json:"claims,omitempty"`
	Framing   []Framing   `json:"framing,omitempty"`
}
