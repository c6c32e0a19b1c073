package ner

// Chunk is a run of BIO labels naming one thing: words [Start, End) of type Type ("PER").
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks reads the named runs of a BIO label sequence: a B- or I- label opens a run that
// the following I- labels of the same type continue ("I-" alone opens one, as taggers
// sometimes emit). "O" and malformed labels are outside every run.
func Chunks(labels []string) []Chunk {
	var out []Chunk
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == "O" || len(l) < 3 {
			i++
			continue
		}
		ty := l[2:]
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+ty {
			j++
		}
		out = append(out, Chunk{Start: i, End: j, Type: ty})
		i = j
	}
	return out
}
