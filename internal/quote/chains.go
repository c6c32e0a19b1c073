package quote

import (
	"sort"

	"github.com/parallax-news/parallax/internal/doc"
)

// chains sets Via on quotes and attributions whose cue lies inside another one's content:
// "according to The Times, analysts have found that ..." makes The Times the channel of the
// analysts' finding. Via lists the channels nearest first.
func (w *work) chains() {
	items := w.items
	if len(items) < 2 {
		return
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	// Outer (longer) contents first, so their own chains are known when inner ones copy them.
	sort.SliceStable(order, func(a, b int) bool {
		return items[order[a]].content.Len() > items[order[b]].content.Len()
	})
	// Candidate outer items, by content start: an item's outer source is the shortest other
	// content holding its cue, found among the contents that start at most maxLen before it,
	// so long documents stay near linear.
	var byStart []int
	maxLen := 0
	for i := range items {
		if items[i].src.ok() {
			byStart = append(byStart, i)
			maxLen = max(maxLen, items[i].content.Len())
		}
	}
	sort.SliceStable(byStart, func(a, b int) bool {
		return items[byStart[a]].content.Start < items[byStart[b]].content.Start
	})
	via := make([][]string, len(items))
	for _, ii := range order {
		in := &items[ii]
		best := -1
		lo := sort.Search(len(byStart), func(k int) bool {
			return items[byStart[k]].content.Start >= in.cueStart-maxLen
		})
		for k := lo; k < len(byStart) && items[byStart[k]].content.Start <= in.cueStart; k++ {
			oi := byStart[k]
			if oi == ii {
				continue
			}
			out := &items[oi]
			if out.content.Len() <= in.content.Len() || in.cueStart >= out.content.End {
				continue
			}
			// The shortest holder wins; among equals, the one first in the original order.
			if best < 0 || out.content.Len() < items[best].content.Len() ||
				out.content.Len() == items[best].content.Len() && oi < best {
				best = oi
			}
		}
		if best < 0 {
			continue
		}
		name := items[best].src.entity
		if name == "" {
			name = items[best].src.text
		}
		own := in.src.entity
		if own == "" {
			own = in.src.text
		}
		if name == own {
			via[ii] = via[best]
			continue
		}
		v := []string{name}
		for _, u := range via[best] {
			if u != v[len(v)-1] {
				v = append(v, u)
			}
		}
		via[ii] = v
	}
	for i, it := range items {
		if len(via[i]) == 0 {
			continue
		}
		if it.quote >= 0 {
			w.d.Quotes[it.quote].Via = via[i]
		}
		if it.attr >= 0 {
			w.d.Attributions[it.attr].Via = via[i]
		}
	}
}

// voices marks each sentence: "quoted" when quotations cover most of it, "attributed" when
// it holds someone's reported words or a claim leaned on a source, else "outlet" (also for
// a position or act the outlet words itself, and for its own hedges).
func (w *work) voices() {
	d := w.d
	if len(d.Sentences) == 0 {
		return
	}
	quoted := make([]int, len(d.Sentences))
	attributed := make([]bool, len(d.Sentences))
	for _, q := range d.Quotes {
		if q.Kind == doc.QuoteIndirect || q.Cue == nil && q.Kind != doc.QuoteDirect {
			continue
		}
		for s := d.SentenceAt(q.Start); s >= 0 && s < len(d.Sentences) && d.Sentences[s].Start < q.End; s++ {
			lo, hi := max(q.Start, d.Sentences[s].Start), min(q.End, d.Sentences[s].End)
			if hi > lo {
				quoted[s] += hi - lo
			}
		}
	}
	for _, it := range w.items {
		if it.own || it.cueStart < 0 {
			continue
		}
		markRange(d, it.content.Start, it.content.End, attributed)
		markRange(d, it.cueStart, it.cueStart+1, attributed)
	}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		switch {
		case quoted[i]*2 > s.End-s.Start:
			s.Voice = "quoted"
		case attributed[i] || quoted[i] > 0:
			s.Voice = "attributed"
		default:
			s.Voice = "outlet"
		}
	}
}

func markRange(d *doc.Document, start, end int, mark []bool) {
	for s := d.SentenceAt(start); s >= 0 && s < len(d.Sentences) && d.Sentences[s].Start < end; s++ {
		mark[s] = true
	}
}
