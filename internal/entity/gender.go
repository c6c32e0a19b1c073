package entity

import (
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// Grammatical gender of a person as English pronouns mark it.
const (
	genderUnknown byte = 0
	genderFemale  byte = 'f'
	genderMale    byte = 'm'
)

// femaleWords and maleWords are honorifics, kinship and role nouns that say whether the
// person named next to them is a woman or a man.
var femaleWords = map[string]bool{
	"mrs.": true, "mrs": true, "ms.": true, "ms": true, "miss": true, "madam": true,
	"madame": true, "mme": true, "lady": true, "dame": true, "queen": true, "princess": true,
	"spokeswoman": true, "chairwoman": true, "congresswoman": true, "businesswoman": true,
	"actress": true, "mother": true, "wife": true, "daughter": true, "sister": true,
	"girl": true, "woman": true, "widow": true, "grandmother": true, "aunt": true,
	"niece": true, "girlfriend": true, "mum": true, "mom": true, "empress": true,
	"duchess": true, "countess": true, "sister-in-law": true, "granddaughter": true,
}

var maleWords = map[string]bool{
	"mr.": true, "mr": true, "sir": true, "lord": true, "monsieur": true, "king": true,
	"prince": true, "spokesman": true, "congressman": true, "businessman": true,
	"father": true, "husband": true, "son": true, "brother": true, "boy": true, "man": true,
	"widower": true, "grandfather": true, "uncle": true, "nephew": true, "boyfriend": true,
	"dad": true, "emperor": true, "duke": true, "count": true, "brother-in-law": true,
	"grandson": true,
}

// givenNames are common given names, across the languages news names people in, that are
// almost always a woman's (f) or a man's (m). Names given to both are left out.
var givenNames = func() map[string]byte {
	female := strings.Fields(`
		Anna Anne Ann Maria Mary Marie Elizabeth Catherine Katherine Kate Sarah Sara Laura
		Julia Julie Emma Olivia Sophia Sophie Isabella Charlotte Amelia Emily Hannah Grace
		Alice Helen Helena Margaret Susan Linda Barbara Patricia Jennifer Jessica Karen Nancy
		Lisa Betty Sandra Donna Carol Ruth Sharon Michelle Kimberly Deborah Amy Angela Melissa
		Rebecca Stephanie Nicole Christine Rachel Heather Victoria Diana Diane Joanna Natalie
		Claudia Sabine Angela Ursula Annalena Giorgia Marine Ségolène Segolene Christine
		Nadia Fatima Aisha Ayesha Leila Layla Mariam Maryam Zainab Amina Noor Rania Hind
		Olga Natalia Natalya Tatiana Tatyana Svetlana Elena Irina Yulia Ekaterina Anastasia
		Maria Ana Lucia Lucía Carmen Isabel Sofia Gabriela Valentina Camila Paula Marta
		Hillary Kamala Nikki Theresa Jacinda Liz Ivanka Melania Michelle
		Lindsay Ellen Esther Portia Britney Jennifer Angelina Madonna Oprah Beyonce
		Rihanna Kylie Selena Miley Demi Nicole Megan Meghan Kristen Reese
		Priya Sonia Indira Benazir Yingluck Keiko Hana
		Gloria Regina Priscilla Eunice Starry Elizabeth Tanya Alice Claudia Emily Tanja
		Ursula Kaja Roberta Mette Sanna Magdalena Beata Agnieszka Ewa Zuzana Kristalina
	`)
	male := strings.Fields(`
		John James Robert Michael William David Richard Joseph Thomas Charles Christopher
		Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian
		George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan
		Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond
		Patrick Jack Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary
		Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur
		Austin Noah Lawrence Jesse Joe Bryan Billy Albert Dylan Bruce Willie Gabriel
		Alan Juan Logan Wayne Ralph Roy Eugene Randy Vincent Russell Louis Philip Bobby
		Johnny Bradley Barack Bill Joe Mike Boris Emmanuel Olaf Vladimir Sergei Sergey Dmitry
		Dmitri Alexei Alexey Nikolai Ivan Igor Yuri Viktor Volodymyr Petro Andriy Oleksandr
		Mohammed Muhammad Mohamed Ahmed Ahmad Ali Hassan Hussein Omar Abdullah Khalid Mahmoud
		Ibrahim Youssef Yusuf Mustafa Recep Tayyip Bashar Benjamin Yair Naftali Isaac Yitzhak
		Narendra Rahul Imran Nawaz Shehbaz Asif Recep Abbas Hossein Hasan Ebrahim
		Masoud Javad Mohammad Shinzo Fumio Yoshihide Justin Scott Anthony
		Jair Luiz Inácio Lula Javier Gustavo Andrés Nicolás Hugo Fidel Raúl Raul Evo Pedro
		Carlos Luis Miguel Manuel Francisco Antonio Jorge Alejandro Fernando Ricardo Rodrigo
		Tomás Tomas Emmanuel Friedrich Wolfgang Helmut Gerhard Klaus Hans Karl Franz
		Pierre François Francois Jacques Nicolas Giorgio Giuseppe Matteo Mario Sergio Silvio
		Recep Kemal Ahmet Mehmet Yoweri Paul Cyril Jacob Thabo Nelson Uhuru William Abiy
		Muhammadu Bola Goodluck Olusegun Emmerson Robert Thad Colin Kofi
		Steve Tim Tom Jim Bob Dave Dan Nick Rick Rob Matt Tony Greg Jeff Ken Ron Ed Fred
		Harry Andy Phil Pete Ted Doug Jon Chuck Hank Al Rudy Newt Mitt Rand Maurice Wladimir
		Vitali Vitaly Mikhail Oleg Pavel Arkady Anatoly Gennady Stanislav Mark Gary
	`)
	m := map[string]byte{}
	for _, n := range female {
		m[n] = genderFemale
	}
	for _, n := range male {
		m[n] = genderMale
	}
	for _, n := range female {
		if m[n] == genderMale {
			delete(m, n) // listed as both: no evidence
		}
	}
	return m
}()

// nameGender reads a person's gender from the words of a name mention and the words right
// before it: an honorific or title ("Mrs. Berg", "spokeswoman Julie Hahn"), a kinship noun
// ("his wife Ana"), or a given name only women or only men bear.
func nameGender(text string, c cand) byte {
	// The title part of a titled mention, and the word before the mention.
	before := strings.Fields(text[max(0, c.start-24):c.start])
	words := strings.Fields(text[c.start:c.nameStart])
	if len(before) > 0 {
		words = append(words, strings.Trim(before[len(before)-1], ",;:"))
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		switch {
		case femaleWords[lw]:
			return genderFemale
		case maleWords[lw]:
			return genderMale
		}
	}
	name := strings.Fields(text[c.nameStart:c.end])
	if len(name) >= 2 {
		return givenNames[name[0]]
	}
	return genderUnknown
}

// pronounGender is the gender a personal pronoun marks.
func pronounGender(p string) byte {
	switch p {
	case "she", "her", "hers", "herself":
		return genderFemale
	case "he", "him", "his", "himself":
		return genderMale
	}
	return genderUnknown
}

// genders records what the document says of each person entity's gender, from its name
// mentions; a pronoun resolved to an entity of unknown gender fixes it (see pronoun).
func (r *resolver) genders() {
	r.gender = map[string]byte{}
	for _, c := range r.cs {
		if c.kind != doc.MentionName || c.typ != "PERSON" || c.entity == "" {
			continue
		}
		if g := nameGender(r.d.Text, c); g != genderUnknown {
			if old, ok := r.gender[c.entity]; ok && old != g {
				r.gender[c.entity] = genderUnknown // the evidence disagrees
				continue
			}
			r.gender[c.entity] = g
		}
	}
}
