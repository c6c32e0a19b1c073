package event

import "github.com/parallax-news/parallax/internal/doc"

// Link completes event and relation actors from the run-level entities once the linker has
// merged actors across documents: an actor whose document did not know its country or
// sector ("Arrieta" alone) gets them from the merged entity, and its name becomes the
// entity's canonical name. Actors keep their own text and offsets.
func Link(docs []*doc.Document, entities []doc.Entity) {
	byID := make(map[string]*doc.Entity, len(entities))
	for i := range entities {
		byID[entities[i].ID] = &entities[i]
	}
	fill := func(a *doc.Actor) {
		if a == nil || a.Entity == "" {
			return
		}
		e := byID[a.Entity]
		if e == nil {
			return
		}
		if e.Name != "" {
			a.Name = e.Name
		}
		if e.Country != "" {
			a.Country = e.Country // the knowledge of the run beats a guess from one sentence
		}
		if a.Sector == "" && e.Sector != "" {
			a.Sector = e.Sector
		}
		if a.Sector == "" && e.Country != "" && e.Type == "PERSON" && len(e.Roles) > 0 {
			a.Sector = "GOV" // an office holder the run knows by role
		}
		a.Code = a.Country + a.Sector
	}
	for _, d := range docs {
		for i := range d.Events {
			fill(d.Events[i].Source)
			fill(d.Events[i].Target)
		}
		for i := range d.Relations {
			fill(d.Relations[i].Source)
			fill(d.Relations[i].Target)
		}
	}
}
