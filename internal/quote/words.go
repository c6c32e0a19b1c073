package quote

// Small closed word classes the extractor reasons with. These are grammar, not knowledge
// about the world, so they live in code next to the rules that use them.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// auxiliaries and adverbs that may stand between a subject and its cue verb.
var auxAdv = set("has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "am",
	"will", "would", "could", "should", "may", "might", "can", "must", "shall", "did", "does", "do",
	"also", "reportedly", "previously", "repeatedly", "later", "then", "again", "publicly",
	"recently", "never", "not", "n't", "always", "often", "still", "just", "already", "clearly",
	"flatly", "categorically", "simply", "further", "once", "privately", "openly", "explicitly",
	"earlier", "specifically", "frequently", "quickly", "immediately", "subsequently", "initially",
	"first", "separately", "apparently", "allegedly", "indeed", "personally", "directly",
	"angrily", "bluntly", "confidently", "emphatically", "firmly", "proudly", "loudly", "openly",
	"insistently", "falsely", "wrongly", "correctly", "rightly", "only", "even", "now", "ever",
	"long", "since", "too", "plainly", "squarely", "strongly", "sharply", "harshly", "bitterly",
	"tearfully", "jokingly", "finally", "eventually", "variously", "consistently", "officially")

// time words that may stand around a cue ("said on Monday", "last week stated").
var timeWord = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "tomorrow", "week", "month", "year", "weekend", "morning",
	"afternoon", "evening", "night", "last", "this", "next", "earlier", "later", "ago", "on",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.",
	"dec.", "in", "at", "days", "weeks", "months", "years", "day", "recently", "late", "early")

// determiners and possessives that open a noun phrase.
var determiner = set("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
	"these", "those", "some", "many", "most", "several", "few", "other", "another", "each",
	"every", "both", "all", "no", "one", "two", "three", "four", "five", "any", "such", "more",
	"much", "top", "senior", "former", "which")

// personal pronouns that can be a speaker.
var pronoun = set("he", "she", "they", "it", "we", "i", "you", "who")

// words that never belong inside a speaker's noun phrase.
var npStop = set("that", "which", "who", "whom", "whose", "what", "when", "where", "why", "how",
	"and", "or", "but", "nor", "so", "yet", "if", "because", "while", "although", "though",
	"as", "than", "unless", "until", "since", "after", "before", "whether", "to", "in", "on",
	"at", "by", "for", "with", "from", "into", "about", "against", "over", "under", "during",
	"without", "through", "between", "among", "upon", "within", "despite", "like", "there",
	"here", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would",
	"could", "should", "may", "might", "can", "must", "do", "does", "did", "not", "also",
	"him", "them", "us", "me", "it", "he", "she", "they", "we", "i", "you", "whom", "even",
	"just", "only", "however", "meanwhile", "instead", "then", "too", "very", "now", "already",
	"said", "says", "say", "told", "according", "once", "this", "these", "those", "such")

// words that lead a sentence and are no part of the speaker ("However, ...", "Only X said").
var leader = set("however", "but", "and", "only", "also", "so", "yet", "thus", "meanwhile",
	"still", "even", "now", "then", "indeed", "moreover", "furthermore", "instead", "later",
	"first", "finally", "additionally", "similarly", "likewise", "nevertheless", "nonetheless",
	"besides", "or", "although", "though", "while", "because", "since", "as", "when", "if")

// words that may open an appositive after a subject ("Hezbollah, once Iran's ally, said").
var appositiveStart = set("a", "an", "the", "one", "once", "who", "which", "whose", "now",
	"formerly", "himself", "herself", "itself", "themselves", "his", "her", "its", "their",
	"also", "then", "both", "another", "long", "until", "like", "chief", "head", "president",
	"director", "spokesman", "spokeswoman", "spokesperson", "leader", "minister", "former",
	"senior", "deputy", "acting", "executive", "co-founder", "founder", "chairman", "chairwoman",
	"professor", "author", "secretary", "aged", "whom", "at", "in", "on", "during", "after",
	"speaking", "through", "via", "writing", "addressing")

// words that can open a reported clause when no "that" introduces it.
var clauseStart = set("the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "this",
	"these", "those", "there", "his", "her", "its", "their", "our", "my", "no", "none", "some",
	"many", "most", "all", "both", "neither", "either", "any", "every", "each", "such", "nothing",
	"everyone", "nobody", "somebody", "someone", "anyone", "everything", "something", "one",
	"two", "three", "several", "more", "less", "fewer", "only", "if", "what", "whether",
	"why", "how", "who")

// personal pronouns and their plural/singular reading for antecedent search.
var personPronoun = set("he", "she", "him", "her", "his")

// objects after which a that-clause is unlikely ("said it", "said so" end a clause).
var weakObject = set("so", "it", "this", "nothing", "something", "anything", "little", "much")
