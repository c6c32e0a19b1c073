package doc

// RemapEntities rewrites every entity reference in the document (mentions, quote speakers,
// attribution sources, event and relation actors, document-local entities) through m; ids
// not in m are kept. The run-level linker uses it when it merges actors across documents.
func (d *Document) RemapEntities(m map[string]string) {
	if len(m) == 0 {
		return
	}
	re := func(id string) string {
		if n, ok := m[id]; ok {
			return n
		}
		return id
	}
	for i := range d.Mentions {
		d.Mentions[i].Entity = re(d.Mentions[i].Entity)
	}
	for i := range d.Quotes {
		d.Quotes[i].Speaker = re(d.Quotes[i].Speaker)
		for j := range d.Quotes[i].Via {
			d.Quotes[i].Via[j] = re(d.Quotes[i].Via[j])
		}
	}
	for i := range d.Attributions {
		d.Attributions[i].Source = re(d.Attributions[i].Source)
		for j := range d.Attributions[i].Via {
			d.Attributions[i].Via[j] = re(d.Attributions[i].Via[j])
		}
	}
	actor := func(a *Actor) {
		if a != nil {
			a.Entity = re(a.Entity)
		}
	}
	for i := range d.Events {
		actor(d.Events[i].Source)
		actor(d.Events[i].Target)
		d.Events[i].ReportedBy = re(d.Events[i].ReportedBy)
	}
	for i := range d.Relations {
		actor(d.Relations[i].Source)
		actor(d.Relations[i].Target)
	}
	for i := range d.Entities {
		d.Entities[i].ID = re(d.Entities[i].ID)
	}
}
