package entity

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/kb"
	"github.com/parallax-news/parallax/internal/ner"
	"github.com/parallax-news/parallax/internal/segment"
)

var (
	extOnce sync.Once
	ext     *Extractor
	extErr  error
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	extOnce.Do(func() {
		k, err := kb.Load(nil)
		if err != nil {
			extErr = err
			return
		}
		tg, err := ner.Load()
		if err != nil {
			extErr = err
			return
		}
		ext = New(k, tg)
	})
	if extErr != nil {
		t.Fatal(extErr)
	}
	return ext
}

func analyse(t testing.TB, x *Extractor, text string) *doc.Document {
	t.Helper()
	d := &doc.Document{ID: "test", Text: text}
	segment.Segment(d)
	if err := x.Extract(context.Background(), d); err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return d
}

// want is a mention expected at the n-th occurrence of text.
type want struct {
	text, typ, entity string
	nth               int
}

func find(d *doc.Document, w want) (doc.Mention, bool) {
	n := 0
	for _, m := range d.Mentions {
		if m.Text == w.text {
			if n == w.nth {
				return m, true
			}
			n++
		}
	}
	return doc.Mention{}, false
}

func TestExtract(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name  string
		text  string
		wants []want
		none  []string // texts that must not be mentions
	}{
		{
			name: "title, surname and possessive",
			text: "Russian President Vladimir Putin met envoys in the capital. Putin's aides said little.",
			wants: []want{
				{"Russian President Vladimir Putin", "PERSON", "kb:vladimir-putin", 0},
				{"Putin", "PERSON", "kb:vladimir-putin", 0},
			},
		},
		{
			name: "a place's name as a first name, a known surname after another first name",
			text: "Jordan Peterson spoke on Monday in Amman. Syria was ruled by Hafez al-Assad for decades. Brian Wagner, a spokesman, said the Pakistan Army moved.",
			wants: []want{
				{"Jordan Peterson", "PERSON", "person:jordan-peterson", 0},
				{"Amman", "GPE", "kb:city-amman", 0},
				{"Hafez al-Assad", "PERSON", "person:hafez-al-assad", 0},
				{"Brian Wagner", "PERSON", "person:brian-wagner", 0},
				{"Pakistan Army", "ORG", "org:pakistan-army", 0},
			},
			none: []string{"Jordan", "al-Assad", "Wagner"},
		},
		{
			name: "names with a place inside, names joined by and, events",
			text: "Shares fell on the New York Stock Exchange. Officials in New Mexico met the Organization of American States. The U.S. Securities and Exchange Commission and the Malaria Research and Development Alliance wrote to ABC News and The Washington Post. Fighters from al Qaida attacked before the Beijing Olympics.",
			wants: []want{
				{"New York Stock Exchange", "ORG", "kb:nyse", 0},
				{"New Mexico", "GPE", "kb:sub-us-nm", 0},
				{"Organization of American States", "ORG", "kb:oas", 0},
				{"U.S. Securities and Exchange Commission", "ORG", "org:u-s-securities-and-exchange-commission", 0},
				{"Malaria Research and Development Alliance", "ORG", "org:malaria-research-and-development-alliance", 0},
				{"ABC News", "ORG", "kb:abc-us", 0},
				{"The Washington Post", "ORG", "kb:wapo", 0},
				{"al Qaida", "ORG", "kb:al-qaeda", 0},
				{"Beijing Olympics", "EVENT", "event:beijing-olympics", 0},
			},
			none: []string{"New York", "Mexico", "American", "Exchange Commission", "Qaida", "Beijing"},
		},
		{
			name: "a country named like a US state is the state among US states, the country near its capital",
			text: "Voters in Georgia lined up on Tuesday. Georgia Governor Brian Kemp said turnout was high. Republicans hope to win Georgia and Arizona.",
			wants: []want{
				{"Georgia", "GPE", "kb:sub-us-ga", 0},
				{"Georgia", "GPE", "kb:sub-us-ga", 1},
				{"Arizona", "GPE", "kb:sub-us-az", 0},
			},
		},
		{
			name: "Georgia after naming the state in full is the state",
			text: "The museum is in Atlanta, Georgia. Georgia lawmakers voted on Monday.",
			wants: []want{
				{"Georgia", "GPE", "kb:sub-us-ga", 0},
				{"Georgia", "GPE", "kb:sub-us-ga", 1},
			},
		},
		{
			name: "the country Georgia, with its capital and a US state in the same text",
			text: "Protesters gathered in Tbilisi. Georgia applied to join the European Union, and a senator from Arizona visited Georgia.",
			wants: []want{
				{"Georgia", "GPE", "kb:GEO", 0},
				{"Georgia", "GPE", "kb:GEO", 1},
			},
		},
		{
			name: "military units, a name after a known one and a particle, two names joined by and",
			text: "Soldiers of the 3rd Battalion, 25th Marines and the 101st Airborne Division were deployed. The militant group Fatah al-Islam fought the army. Hamas and al-Aqsa Martyrs Brigades claimed the attack. The U.S. House of Representatives voted. The acting administrator of the U.S. Environmental Protection Agency resigned.",
			wants: []want{
				{"3rd Battalion", "ORG", "org:3rd-battalion", 0},
				{"25th Marines", "ORG", "org:25th-marines", 0},
				{"101st Airborne Division", "ORG", "org:101st-airborne-division", 0},
				{"Fatah al-Islam", "ORG", "org:fatah-al-islam", 0},
				{"Hamas", "ORG", "kb:hamas", 0},
				{"al-Aqsa Martyrs Brigades", "ORG", "org:al-aqsa-martyrs-brigades", 0},
				{"U.S. House of Representatives", "ORG", "kb:us-house", 0},
				{"U.S. Environmental Protection Agency", "ORG", "org:u-s-environmental-protection-agency", 0},
			},
			none: []string{"Battalion", "Marines", "Fatah", "Hamas and al-Aqsa Martyrs Brigades", "U.S. House", "Environmental Protection Agency"},
		},
		{
			name: "two names of one kind joined by and stay two; a short verb makes a sentence",
			text: "He lectured at the University of California and Columbia University in 1909. She trained at the British Library and Columbia University. The Ministry of Trade and Industry met on Monday. The Department of Health and Human Services agreed.",
			wants: []want{
				{"University of California", "ORG", "org:university-of-california", 0},
				{"Columbia University", "ORG", "org:columbia-university", 0},
				{"British Library", "FAC", "fac:british-library", 0},
				{"Columbia University", "ORG", "org:columbia-university", 1},
				{"Ministry of Trade and Industry", "ORG", "org:ministry-of-trade-and-industry", 0},
				{"Department of Health and Human Services", "ORG", "org:department-of-health-and-human-services", 0},
			},
			none: []string{"University of California and Columbia University", "British Library and Columbia University"},
		},
		{
			name: "what the words around a name say of a company",
			text: "Irish low cost airline, Skyrover, announced today that it is buying five jets. Skyrover CEO Michael Leary said so. German airline Brightair agreed. Aerlux Danvers, the Irish carrier, declined. Ford Motors Co., the car maker, posted a profit. Ford said that its sales rose. The general counsel of the company, Mark Chandler, spoke.",
			wants: []want{
				{"Skyrover", "ORG", "org:skyrover", 0},
				{"Skyrover", "ORG", "org:skyrover", 1},
				{"CEO Michael Leary", "PERSON", "person:michael-leary", 0},
				{"Brightair", "ORG", "org:brightair", 0},
				{"Aerlux Danvers", "ORG", "org:aerlux-danvers", 0},
				{"Mark Chandler", "PERSON", "person:mark-chandler", 0},
				{"Ford Motors Co.", "ORG", "kb:ford-motor", 0},
				{"Ford", "ORG", "kb:ford-motor", 0},
			},
			none: []string{"Skyrover CEO"},
		},
		{
			name: "a name things are in is a place",
			text: "Coral reefs surround Bellamy. Fishing is now the main industry in Bellamy. Bellamy was registered as a town in 1902 and grew quickly after the war.",
			wants: []want{
				{"Bellamy", "GPE", "gpe:bellamy", 0},
				{"Bellamy", "GPE", "gpe:bellamy", 2},
			},
		},
		{
			name: "two words starting with a given name are a person, unless a head word or a plural says otherwise",
			text: "His direction to Eric Holder to enforce some laws is another example. The town of Alice Springs grew. The Christian Democrats won.",
			wants: []want{
				{"Eric Holder", "PERSON", "person:eric-holder", 0},
				{"Alice Springs", "GPE", "gpe:alice-springs", 0},
			},
		},
		{
			name: "a title alone is no name; a company's last word makes a company",
			text: "\"This is a misguided decision.\"  John Cornyn, U.S. Senator (R-Texas)\n\nThe plane was built by Douglas Aircraft in Long Beach. The Ministry of Oil and Gas agreed.",
			wants: []want{
				{"John Cornyn", "PERSON", "person:john-cornyn", 0},
				{"Douglas Aircraft", "ORG", "org:douglas-aircraft", 0},
				{"Ministry of Oil and Gas", "ORG", "org:ministry-of-oil-and-gas", 0},
			},
			none: []string{"Senator", "U.S. Senator"},
		},
		{
			name: "a weak company name in a list of companies is the company; a short given name makes a person",
			text: "The rescue package for Chrysler, Ford, and General Motors was rejected. Steve Jobs, founder of Apple, resigned. The documents came from engine maker Vextrop.",
			wants: []want{
				{"Ford", "ORG", "kb:ford-motor", 0},
				{"Steve Jobs", "PERSON", "person:steve-jobs", 0},
				{"Vextrop", "ORG", "org:vextrop", 0},
			},
		},
		{
			name: "a surname that is a common word, opening a sentence after the full name; two companies joined by and",
			text: "Steve Jobs, founder of Apple, has stepped down. Jobs resigned in a letter to the board. Cook later stood in Steve Jobs' place. The plant was the home of Douglas Aircraft and McDonnell Douglas.",
			wants: []want{
				{"Steve Jobs", "PERSON", "person:steve-jobs", 0},
				{"Jobs", "PERSON", "person:steve-jobs", 0},
				{"Steve Jobs", "PERSON", "person:steve-jobs", 1},
				{"Douglas Aircraft", "ORG", "org:douglas-aircraft", 0},
				{"McDonnell Douglas", "ORG", "org:mcdonnell-douglas", 0},
			},
			none: []string{"Douglas Aircraft and McDonnell Douglas"},
		},
		{
			name: "a known surname is the other person of that name the text names in full; suffixes, initials and occupations are no names",
			text: "Wladimir Klitschko defended his title on Saturday. Klitschko won on points. Joseph Comeaux Jr escaped from prison. Comeaux was serving a life sentence. A judge in L. A court heard it. Moviemaker Gary Ross left the project.",
			wants: []want{
				{"Wladimir Klitschko", "PERSON", "person:wladimir-klitschko", 0},
				{"Klitschko", "PERSON", "person:wladimir-klitschko", 0},
				{"Comeaux", "PERSON", "person:joseph-comeaux-jr", 0},
				{"Gary Ross", "PERSON", "person:gary-ross", 0},
			},
			none: []string{"L.", "L", "Moviemaker Gary Ross"},
		},
		{
			name: "a demonym for one person is that person; for a people it is the country",
			text: "Wladimir Klitschko floored Tony Thompson in the fifth round, and the 40-year-old American never recovered. The area was evacuated by the Dutch.",
			wants: []want{
				{"American", "PERSON", "person:tony-thompson", 0},
				{"Dutch", "NORP", "kb:NLD", 0},
			},
		},
		{
			name: "a pronoun prefers the person of its gender in its sentence over one who may be",
			text: "Anna Berg left the hospital on Monday. Berg had checked into Morningside Recovery on Thursday, but her father said the stay was over.",
			wants: []want{
				{"her", "PERSON", "person:anna-berg", 0},
			},
		},
		{
			name: "a legal form ends a company's name; a person's name may end in an organisation's word",
			text: "It is too early, said the vice president and chairman of Chrysler LLC Jim Press.",
			wants: []want{
				{"Chrysler LLC", "ORG", "kb:chrysler", 0},
				{"Jim Press", "PERSON", "person:jim-press", 0},
			},
			none: []string{"Chrysler LLC Jim Press"},
		},
		{
			name: "a group noun after a name, and a source cited with its date, make organisations",
			text: "Document found on a rainy street\n\n— Edmonton Sun, August 16, 2008\n\nShe had ties to the Hells Angels biker gang. They built a Web site marketing Costner's band.",
			wants: []want{
				{"Edmonton Sun", "ORG", "org:edmonton-sun", 0},
				{"Hells Angels", "ORG", "org:hells-angels", 0},
			},
		},
		{
			name: "a run ending in an organisation's word is an organisation, whatever the tagger says",
			text: "Many analysts predict Britain's Labor Party will suffer losses. Israel's opposition Labor Party met. General Electric won the contract. Councillors Claudia Mo of the Civic Party and Wong Pik-wan of the Harbour Alliance voted against it.",
			wants: []want{
				{"Civic Party", "ORG", "org:civic-party", 0},
				{"Wong Pik-wan", "PERSON", "person:wong-pik-wan", 0},
				{"Harbour Alliance", "ORG", "org:harbour-alliance", 0},
				{"Labor Party", "ORG", "org:labor-party", 0},
				{"Labor Party", "ORG", "org:labor-party", 1},
				{"General Electric", "ORG", "kb:general-electric", 0},
			},
		},
		{
			name: "a sentence-initial common word before a verb is left to the tagger",
			text: "The results were announced. Intel is the largest chipmaker in the world. Church bells rang across the city.",
			wants: []want{
				{"Intel", "ORG", "kb:intel", 0},
			},
			none: []string{"Church", "The"},
		},
		{
			name: "a title picks the namesake who holds it",
			text: "Hillary Clinton spoke in Ohio. Trump invited a woman who once had an affair with President Clinton to sit in the front row.",
			wants: []want{
				{"Hillary Clinton", "PERSON", "kb:hillary-clinton", 0},
				{"President Clinton", "PERSON", "kb:bill-clinton", 0},
			},
		},
		{
			name: "abbreviated titles",
			text: "Gov. Mike Pence spoke in Iowa. Later Governor Pence met Adm. James Stavridis and Lt. Col. Oliver North.",
			wants: []want{
				{"Gov. Mike Pence", "PERSON", "person:mike-pence", 0},
				{"Governor Pence", "PERSON", "person:mike-pence", 0},
				{"Adm. James Stavridis", "PERSON", "person:james-stavridis", 0},
				{"Lt. Col. Oliver North", "PERSON", "person:oliver-north", 0},
			},
		},
		{
			name: "a known person's first name alone, a first name before a known surname",
			text: "Hillary Clinton spoke in Ohio. Later Hillary met voters. Ivanka Trump acknowledged the problem.",
			wants: []want{
				{"Hillary", "PERSON", "kb:hillary-clinton", 0},
				{"Ivanka Trump", "PERSON", "person:ivanka-trump", 0},
			},
		},
		{
			name: "party and state tags name nothing; abbreviated countries; named events",
			text: "Sen. Tim Kaine (D-Va.) spoke on Brexit. Rep. Todd Rokita (R-IN) visited N. Korea.",
			wants: []want{
				{"Brexit", "EVENT", "kb:brexit", 0},
				{"N. Korea", "GPE", "kb:PRK", 0},
			},
			none: []string{"D-Va", "R-IN"},
		},
		{
			name: "an outlet's short name is the outlet the document names in full",
			text: "The New York Times reported the deal. A spokesman told the Times that it was false. The Times of London disagreed.",
			wants: []want{
				{"the Times", "ORG", "kb:nyt", 0},
				{"The Times of London", "ORG", "kb:the-times", 0},
			},
		},
		{
			name: "a known name the tagger finds in a title-case headline is linked",
			text: "Obama Power Plant Rules Face Key Test In U.S. Court\n\nThe centerpiece of the plan was argued on Tuesday.",
			wants: []want{
				{"U.S.", "GPE", "kb:USA", 0},
			},
		},
		{
			name: "a capitalised stance word is no name",
			text: "For the Pro-Beijing camp, Elizabeth Quat won. Pan-democracy camp councillors lost. The Anti-Defamation League objected.",
			wants: []want{
				{"Elizabeth Quat", "PERSON", "person:elizabeth-quat", 0},
				{"Anti-Defamation League", "ORG", "org:anti-defamation-league", 0},
			},
			none: []string{"Pro-Beijing", "Pan-democracy"},
		},
		{
			name: "a pronoun skips a person of the other gender",
			text: "Anna Berg met Omar Dahl in Oslo. She thanked him. Mrs. Vik greeted Lars Holm. He smiled.",
			wants: []want{
				{"She", "PERSON", "person:anna-berg", 0},
				{"him", "PERSON", "person:omar-dahl", 0},
				{"He", "PERSON", "person:lars-holm", 0},
			},
		},
		{
			name: "a capital is its state only where it acts or is dealt with as one",
			text: "Tehran said the talks failed. The works were praised by the Berlin music critic Karl Ott. Putin refuses to arm Tehran. Speakers live in urban areas like Ziguinchor and Dakar. Moscow and Tehran have an alliance treaty.",
			wants: []want{
				{"Tehran", "GPE", "kb:IRN", 0},
				{"Berlin", "GPE", "kb:city-berlin", 0},
				{"Tehran", "GPE", "kb:IRN", 1},
				{"Dakar", "GPE", "kb:city-dakar", 0},
				{"Moscow", "GPE", "kb:RUS", 0},
				{"Tehran", "GPE", "kb:IRN", 2},
			},
		},
		{
			name: "a subject pronoun after a fronted phrase is the person the text is about",
			text: "Karel Novak was a Czech composer. Novak wrote nine symphonies. After Bedrich Smetana, he was the next great Czech composer.",
			wants: []want{
				{"he", "PERSON", "person:karel-novak", 0},
			},
		},
		{
			name: "an object pronoun is not the subject of its own verb",
			text: "Byron met many friends at Trinity. They included John Cam Hobhouse, who initiated him into the club.",
			wants: []want{
				{"him", "PERSON", "person:byron", 0},
			},
		},
		{
			name: "the State of a known state is that state",
			text: "Thousands of workers in the State of Texas lost jobs. Texas officials said so. The Kingdom of Bahrain objected.",
			wants: []want{
				{"State of Texas", "GPE", "kb:sub-us-tx", 0},
				{"Kingdom of Bahrain", "GPE", "kb:BHR", 0},
			},
		},
		{
			name: "a US state that shares its name with a country or a capital",
			text: "The museum in Seattle, Washington was proposed. Governor of Washington Chris Gregoire spoke. He flew from Atlanta, Georgia to Tbilisi, Georgia. Washington said the talks failed.",
			wants: []want{
				{"Washington", "GPE", "kb:sub-us-wa", 0},
				{"Washington", "GPE", "kb:sub-us-wa", 1},
				{"Georgia", "GPE", "kb:sub-us-ga", 0},
				{"Georgia", "GPE", "kb:GEO", 1},
				{"Washington", "GPE", "kb:USA", 2},
			},
		},
		{
			name: "a short sentence full of names is no headline",
			text: "He visited the Acme Research Center in Ohio.",
			wants: []want{
				{"Acme Research Center", "FAC", "fac:acme-research-center", 0}, // visited: the place
			},
		},
		{
			name: "a centre a text puts things at is a place, wherever it is named",
			text: "Engineers at the Harlow Space Center tested it. Later the agency praised the Harlow Space Center for its work.",
			wants: []want{
				{"Harlow Space Center", "FAC", "fac:harlow-space-center", 0},
				{"Harlow Space Center", "FAC", "fac:harlow-space-center", 1},
			},
		},
		{
			name: "a name after a settlement noun is that place",
			text: "Troops left the capital, Ondavi, on Monday. The deputy governor of Harel province, Tomas Brenk, visited the town of Kessaly.",
			wants: []want{
				{"Ondavi", "GPE", "gpe:ondavi", 0},
				{"Kessaly", "GPE", "gpe:kessaly", 0},
				{"Tomas Brenk", "PERSON", "person:tomas-brenk", 0},
			},
		},
		{
			name: "facility names joined by and, post-nominal ranks",
			text: "The trainer goes to the Harlow Air and Sea Museum, and the Brenk Planetarium gets a seat. Counsel for the family, Mark Ellery, QC, said the ruling was wrong.",
			wants: []want{
				{"Harlow Air and Sea Museum", "FAC", "fac:harlow-air-and-sea-museum", 0},
				{"Brenk Planetarium", "FAC", "fac:brenk-planetarium", 0},
				{"Mark Ellery", "PERSON", "person:mark-ellery", 0},
			},
			none: []string{"QC", "Sea Museum"},
		},
		{
			name: "countries as sides in a sports report are teams",
			text: "Belgium beat Panama 3-0 in Sochi. Lukaku scored twice in the second half and the coach praised the squad. Panama's goalkeeper kept the match close until half-time, England play next, and the tournament goes on in Russia.",
			wants: []want{
				{"Belgium", "ORG", "kb:BEL", 0},
				{"England", "ORG", "kb:england", 0},
				{"Panama", "ORG", "kb:PAN", 0},
				{"Russia", "GPE", "kb:RUS", 0},
			},
		},
		{
			name: "of the and for the inside names",
			text: "The prints were given by the Harlow Foundation for the Visual Arts. A study in the Medical Journal of Ruritania found more.",
			wants: []want{
				{"Harlow Foundation for the Visual Arts", "ORG", "org:harlow-foundation-for-the-visual-arts", 0},
				{"Medical Journal of Ruritania", "ORG", "org:medical-journal-of-ruritania", 0},
			},
		},
		{
			name: "a name built on of after an organisation word is one organisation",
			text: "Four sailors were hurt, the Armed Forces of Ruritania said. Ships crossed the Gulf of Varna.",
			wants: []want{
				{"Armed Forces of Ruritania", "ORG", "org:armed-forces-of-ruritania", 0},
				{"Gulf of Varna", "LOC", "loc:gulf-of-varna", 0},
			},
		},
		{
			name: "navy ships by their prefix",
			text: "The BRP Sierra Madre was grounded on the reef. The USS Carl Vinson sailed on Monday.",
			wants: []want{
				{"BRP Sierra Madre", "WEAPON", "weapon:brp-sierra-madre", 0},
				{"USS Carl Vinson", "WEAPON", "weapon:uss-carl-vinson", 0},
			},
		},
		{
			name: "countries in political news stay countries",
			text: "Belgium and Panama signed a trade agreement on Monday. The goal of the deal is to cut tariffs, the ministers said.",
			wants: []want{
				{"Belgium", "GPE", "kb:BEL", 0},
				{"Panama", "GPE", "kb:PAN", 0},
			},
		},
		{
			name: "seat as government, capital as city",
			text: "The Kremlin rejected the proposal. Sergei Lavrov flew to Moscow on Monday. Moscow and Beijing signed a pact.",
			wants: []want{
				{"Kremlin", "ORG", "kb:RUS", 0},
				{"Moscow", "GPE", "kb:city-moscow", 0},
				{"Moscow", "GPE", "kb:RUS", 1},
				{"Beijing", "GPE", "kb:CHN", 0},
			},
		},
		{
			name: "nominal role",
			text: "Iranian Foreign Minister Abbas Araghchi arrived in Oman. The Iranian minister said talks would go on.",
			wants: []want{
				{"Iranian Foreign Minister Abbas Araghchi", "PERSON", "kb:abbas-araghchi", 0},
				{"The Iranian minister", "PERSON", "kb:abbas-araghchi", 0},
			},
		},
		{
			name:  "leader of a country from the knowledge base",
			text:  "Analysts expect that the leader of the United States will decide soon.",
			wants: []want{{"the leader of the United States", "PERSON", "kb:donald-trump", 0}},
		},
		{
			name:  "pronoun to the previous subject",
			text:  "Chancellor Friedrich Merz spoke to reporters in Berlin. He said the budget was sound.",
			wants: []want{{"He", "PERSON", "kb:friedrich-merz", 0}},
		},
		{
			name:  "quoted pronoun left alone",
			text:  "Chancellor Friedrich Merz spoke. \"He is wrong,\" a rival said.",
			none:  []string{"He"},
			wants: []want{{"Chancellor Friedrich Merz", "PERSON", "kb:friedrich-merz", 0}},
		},
		{
			name: "names inside roles and group nominals",
			text: "The U.S. military denied it. The president of Iran spoke later. U.S. Senator Mark Ellery agreed.",
			wants: []want{
				{"U.S.", "GPE", "kb:USA", 0},
				{"Iran", "GPE", "kb:IRN", 0},
				{"U.S.", "GPE", "kb:USA", 1},
			},
		},
		{
			name:  "a run ending in a facility word is one name",
			text:  "Dozens of workers who were employed at the Jackson Regional Airport walked out, and visitors of the Peterson Museum were sent home early.",
			wants: []want{{"Jackson Regional Airport", "FAC", "fac:jackson-regional-airport", 0}, {"Peterson Museum", "FAC", "fac:peterson-museum", 0}},
			none:  []string{"Jackson", "Peterson"},
		},
		{
			name:  "a name only the tagger finds",
			text:  "Two men in the car said they belonged to the Al Aqsa Martyrs ' Brigades , officers in Ramallah said.",
			wants: []want{{"Al Aqsa Martyrs ' Brigades", "ORG", "org:al-aqsa-martyrs-brigades", 0}},
		},
		{
			name:  "a relative named with a known surname",
			text:  "Ravi Sam, 50, and his sister Meena Sam, 47, from Leeds, were fined.",
			wants: []want{{"Meena Sam", "PERSON", "person:meena-sam", 0}},
		},
		{
			name:  "a known word that starts a longer name after a title",
			text:  "The embassy said on Monday that spokeswoman Sharon Whitfield-Lane would brief reporters.",
			wants: []want{{"spokeswoman Sharon Whitfield-Lane", "PERSON", "person:sharon-whitfield-lane", 0}},
		},
		{
			name:  "a title inside a run of capitalised words",
			text:  "At the ceremony, Orvex Administrator Linnea Brandt announced the sites.",
			wants: []want{{"Administrator Linnea Brandt", "PERSON", "person:linnea-brandt", 0}},
			none:  []string{"Orvex Administrator Linnea Brandt"},
		},
		{
			name:  "a newspaper named by its city and masthead",
			text:  "The report was first published by the Brackley Star on Friday, according to officials.",
			wants: []want{{"Brackley Star", "ORG", "org:brackley-star", 0}},
		},
		{
			name:  "a national agency named by a noun and its country",
			text:  "A sensitive Environment Canada report was found on a street. Neighboring Russia objected.",
			wants: []want{{"Environment Canada", "ORG", "org:environment-canada", 0}, {"Russia", "GPE", "kb:RUS", 0}},
			none:  []string{"Canada", "Neighboring Russia"},
		},
		{
			name:  "a surname that is also a masthead word",
			text:  "The delegation met Foreign Minister Paek Nam Sun in the capital on Tuesday.",
			wants: []want{{"Foreign Minister Paek Nam Sun", "PERSON", "person:paek-nam-sun", 0}},
		},
		{
			name:  "a former state is a place, not an organisation",
			text:  "Many republics declared independence after the breakup of the Soviet Union in 1991.",
			wants: []want{{"Soviet Union", "GPE", "kb:soviet-union", 0}},
		},
		{
			name: "a name after a noun of kinship is a person everywhere",
			text: "Doctors treated their nine-month-old child, Gloria. Gloria developed a rash in May. The hospital said Gloria recovered.",
			wants: []want{
				{"Gloria", "PERSON", "person:gloria", 0},
				{"Gloria", "PERSON", "person:gloria", 1},
				{"Gloria", "PERSON", "person:gloria", 2},
			},
		},
		{
			name: "a name after an occupation is a person",
			text: "The gallery showed sketches by author Tomas Veldt. The novel was drawn with illustrator Johnny Winter.",
			wants: []want{
				{"Tomas Veldt", "PERSON", "person:tomas-veldt", 0},
				{"Johnny Winter", "PERSON", "person:johnny-winter", 0},
			},
		},
		{
			name: "group nominal",
			text: "Hamas fired rockets overnight. The militants said more would follow.",
			wants: []want{
				{"Hamas", "ORG", "kb:hamas", 0},
				{"The militants", "ORG", "kb:hamas", 0},
			},
		},
		{
			name: "unknown titled person and surname",
			text: "Defence Minister Oleg Petrenko of Ruritania resigned on Friday. Petrenko gave no reason.",
			wants: []want{
				{"Defence Minister Oleg Petrenko", "PERSON", "person:oleg-petrenko", 0},
				{"Petrenko", "PERSON", "person:oleg-petrenko", 0},
			},
		},
		{
			name:  "weak surname without its full name",
			text:  "Harris said the plan was dead.",
			wants: []want{{"Harris", "PERSON", "person:harris", 0}},
		},
		{
			name: "weak surname with its full name",
			text: "Kamala Harris spoke first. Harris said the plan was dead.",
			wants: []want{
				{"Kamala Harris", "PERSON", "kb:kamala-harris", 0},
				{"Harris", "PERSON", "kb:kamala-harris", 0},
			},
		},
		{
			name:  "apposition makes a person",
			text:  "Kovalenko, an expert on arms control, says the treaty is dead.",
			wants: []want{{"Kovalenko", "PERSON", "person:kovalenko", 0}},
		},
		{
			name: "weapons, legislature, outlet",
			text: "According to The Times, the US Congress debated sending Patriot batteries, while Russia tested the Oreshnik missile.",
			wants: []want{
				{"The Times", "ORG", "kb:the-times", 0},
				{"US Congress", "ORG", "kb:us-congress", 0},
				{"Patriot", "WEAPON", "kb:patriot", 0},
				{"Oreshnik", "WEAPON", "kb:oreshnik", 0},
			},
		},
		{
			name: "apposition gives a role to an unknown person",
			text: "Jeff Rathke, the State Department spokesperson, said talks would resume. The spokesperson added that nothing was agreed.",
			wants: []want{
				{"the State Department spokesperson", "PERSON", "person:jeff-rathke", 0},
				{"The spokesperson", "PERSON", "person:jeff-rathke", 0},
			},
		},
		{
			name: "dateline in capitals is the place",
			text: "MOSCOW — The Kremlin said on Monday that talks with Kyiv were over.",
			wants: []want{
				{"MOSCOW", "GPE", "kb:city-moscow", 0},
				{"Kremlin", "ORG", "kb:RUS", 0},
				{"Kyiv", "GPE", "kb:UKR", 0},
			},
		},
		{
			name: "they for the armed group just named",
			text: "The Houthis in Yemen have offered the strongest pledge yet, saying they support their armed wing.",
			wants: []want{
				{"they", "ORG", "kb:houthis", 0},
				{"their", "ORG", "kb:houthis", 0},
			},
		},
		{
			name: "organisation nominals",
			text: "Trump threatened tariffs on the European Union. The bloc said it would respond. NATO met in Brussels, and the alliance agreed to spend more.",
			wants: []want{
				{"The bloc", "ORG", "kb:eu", 0},
				{"the alliance", "ORG", "kb:nato", 0},
			},
		},
		{
			name: "actor inside a hyphenated compound",
			text: "The Iran-backed Houthi militia seized the port.",
			wants: []want{
				{"Iran", "GPE", "kb:IRN", 0},
				{"Houthi", "ORG", "kb:houthis", 0},
			},
		},
		{
			name:  "title with the place it belongs to",
			text:  "Deputy Governor of Ruritania Anton Valk said the militia had left.",
			wants: []want{{"Deputy Governor of Ruritania Anton Valk", "PERSON", "person:anton-valk", 0}},
		},
		{
			name: "party name before a party noun, prefix of a role",
			text: "The Unity for Change party marched. The United Nations envoy for Yemen was absent.",
			wants: []want{
				{"Unity for Change", "ORG", "org:unity-for-change", 0},
				{"United Nations", "ORG", "kb:un", 0},
			},
		},
		{
			name: "they for people is left alone",
			text: "Analysts at the institute met Vladimir Putin. They said little.",
			none: []string{"They"},
		},
		{
			name: "sentence-initial common word is no name",
			text: "However, nothing changed. Warning signs grew.",
			none: []string{"However", "Warning"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, x, tt.text)
			for _, w := range tt.wants {
				m, ok := find(d, w)
				if !ok {
					t.Errorf("no mention %q (#%d) in %q; got %v", w.text, w.nth, tt.text, d.Mentions)
					continue
				}
				if m.Type != w.typ || m.Entity != w.entity {
					t.Errorf("mention %q = %s %s, want %s %s", w.text, m.Type, m.Entity, w.typ, w.entity)
				}
			}
			for _, s := range tt.none {
				if m, ok := find(d, want{text: s}); ok {
					t.Errorf("unexpected mention %q -> %s in %q", s, m.Entity, tt.text)
				}
			}
			for _, m := range d.Mentions {
				found := false
				for _, e := range d.Entities {
					found = found || e.ID == m.Entity
				}
				if !found {
					t.Errorf("mention %q points at %q, which is not among the document's entities", m.Text, m.Entity)
				}
			}
		})
	}
}

func TestLink(t *testing.T) {
	x := extractor(t)
	a := analyse(t, x, "Defence Minister Oleg Petrenko of Ruritania met Vladimir Putin.")
	b := analyse(t, x, "Petrenko and Putin spoke again. Notte, an analyst, was not surprised.")
	ents := Link([]*doc.Document{a, b})
	byID := map[string]doc.Entity{}
	for _, e := range ents {
		byID[e.ID] = e
	}
	for _, m := range b.Mentions {
		if m.Text == "Petrenko" && m.Entity != "person:oleg-petrenko" {
			t.Errorf("Petrenko in the second document = %s, want person:oleg-petrenko", m.Entity)
		}
	}
	if e := byID["kb:vladimir-putin"]; e.Mentions != 2 || e.Country != "RUS" {
		t.Errorf("Putin = %+v, want 2 mentions, country RUS", e)
	}
	if _, ok := byID["person:notte"]; !ok {
		t.Errorf("Notte should stay an entity of its own: %v", ents)
	}
	if e := byID["person:oleg-petrenko"]; e.Mentions != 2 || !strings.Contains(strings.Join(e.Aliases, "|"), "Petrenko") {
		t.Errorf("Oleg Petrenko = %+v, want 2 mentions and alias Petrenko", e)
	}
	for i := 1; i < len(ents); i++ {
		p, q := ents[i-1], ents[i]
		if p.Mentions < q.Mentions || p.Mentions == q.Mentions && p.ID > q.ID {
			t.Errorf("entities not sorted: %s before %s", p.ID, q.ID)
		}
	}
}

func TestLinkTypesAndChains(t *testing.T) {
	mk := func(id, typ, name string, mentions ...string) *doc.Document {
		d := &doc.Document{Entities: []doc.Entity{{ID: id, Type: typ, Name: name}}}
		for _, m := range mentions {
			d.Mentions = append(d.Mentions, doc.Mention{Text: m, Type: typ, Kind: doc.MentionName, Entity: id})
		}
		return d
	}
	a := mk("org:oleg-petrenko", "ORG", "Oleg Petrenko", "Oleg Petrenko", "Oleg Petrenko")
	b := mk("person:oleg-petrenko", "PERSON", "Oleg Petrenko", "Oleg Petrenko")
	c := mk("person:petrenko", "PERSON", "Petrenko", "Petrenko")
	ents := Link([]*doc.Document{a, b, c})
	if len(ents) != 1 || ents[0].ID != "org:oleg-petrenko" || ents[0].Mentions != 4 {
		t.Fatalf("Link = %+v, want one entity org:oleg-petrenko with 4 mentions", ents)
	}
	for _, d := range []*doc.Document{a, b, c} {
		for _, m := range d.Mentions {
			if m.Entity != "org:oleg-petrenko" {
				t.Errorf("mention %q -> %s, want org:oleg-petrenko", m.Text, m.Entity)
			}
		}
	}
}

func TestSlugID(t *testing.T) {
	tests := []struct{ name, typ, in, want string }{
		{"plain", "PERSON", "Oleg Petrenko", "person:oleg-petrenko"},
		{"punctuation", "ORG", "Al-Qaeda in the Islamic Maghreb", "org:al-qaeda-in-the-islamic-maghreb"},
		{"accents", "PERSON", "Jean-Noël Barrot", "person:jean-noël-barrot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slugID(tt.typ, tt.in); got != tt.want {
				t.Errorf("slugID(%q, %q) = %q, want %q", tt.typ, tt.in, got, tt.want)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Russian President Vladimir Putin's aides met the Kremlin's envoy in Moscow.",
		"The militants, who fired on \"Tehran\", left. He said: “she” was there.",
		"US President\nDonald", "the leader of the", "Mr.", "’s", "\xff\xfe Putin",
		"Klitschko floored Tony Thompson, and the 40-year-old American never recovered.",
		"— Edmonton Sun, August 16, 2008", "chairman of Chrysler LLC Jim Press.",
		"Ford Motors Co., the car maker, said that its sales rose. Jobs resigned in L. A",
		"the American", "in Jobs'", "X CEO", "Douglas Aircraft and",
	} {
		f.Add(s)
	}
	x := extractor(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc.Document{Text: s}
		segment.Segment(d)
		if err := x.Extract(context.Background(), d); err != nil {
			t.Fatalf("Extract(%q): %v", s, err)
		}
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text || m.Entity == "" {
				t.Fatalf("bad mention %+v in %q", m, s)
			}
		}
	})
}

func TestOfficeHoldersTheRunNames(t *testing.T) {
	x := extractor(t)
	// Within a document: the president it has named is "the Chilean president".
	a := analyse(t, x, "President Tomás Ibarra met envoys on Monday. The Chilean president said the talks went well.")
	for _, m := range a.Mentions {
		if m.Text == "The Chilean president" && m.Entity != "person:tomás-ibarra" {
			t.Errorf("%q -> %s, want person:tomás-ibarra", m.Text, m.Entity)
		}
	}
	// Across a run: a knowledge-base holder no document names gives way to the one person
	// the run names in that office and country.
	b := analyse(t, x, "The Chilean president said the navy acted within the law.")
	c := analyse(t, x, "Chilean President Tomás Ibarra defended the navy.")
	Link([]*doc.Document{b, c})
	for _, m := range b.Mentions {
		if m.Text == "The Chilean president" && m.Entity != "person:tomás-ibarra" {
			t.Errorf("across the run %q -> %s, want person:tomás-ibarra", m.Text, m.Entity)
		}
	}
}

func TestLinkShorterForms(t *testing.T) {
	x := extractor(t)
	a := analyse(t, x, "Joshua Abraham Norton declared himself emperor in 1859. Later Joshua Norton wrote a decree. Otto Jespersen met Jens Otto Harry Jespersen's students.")
	Link([]*doc.Document{a})
	ids := map[string]string{}
	for _, m := range a.Mentions {
		ids[m.Text] = m.Entity
	}
	if ids["Joshua Norton"] != ids["Joshua Abraham Norton"] || ids["Joshua Norton"] == "" {
		t.Errorf("Joshua Norton = %q, Joshua Abraham Norton = %q: want one entity", ids["Joshua Norton"], ids["Joshua Abraham Norton"])
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Joshua Norton", "Joshua Abraham Norton", true},
		{"Otto Jespersen", "Jens Otto Harry Jespersen", true},
		{"Anna Norton", "Joshua Abraham Norton", false},
		{"Joshua Norton", "Joshua Norton", false},
		{"Norton Joshua", "Joshua Abraham Norton", false},
		{"Comeaux", "Joseph Comeaux Jr", true},
		{"Joseph Comeaux", "Joseph Comeaux Jr", true},
	} {
		if got := shorterForm(strings.Fields(c.a), strings.Fields(c.b)); got != c.want {
			t.Errorf("shorterForm(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestLinkHeadlineCapitalsAndPlaceless(t *testing.T) {
	x := extractor(t)
	a := analyse(t, x, "TEIXEIRA SIGNS WITH BOSTON\n\nThe Red Sox signed a first baseman on Monday.")
	b := analyse(t, x, "Mark Teixeira agreed to terms with the Boston Red Sox. Teixeira played in Boston before.")
	Link([]*doc.Document{a, b})
	ids := map[string]string{}
	for _, d := range []*doc.Document{a, b} {
		for _, m := range d.Mentions {
			ids[m.Text] = m.Entity
		}
	}
	if ids["Red Sox"] == "" || ids["Red Sox"] != ids["Boston Red Sox"] {
		t.Errorf("Red Sox = %q, Boston Red Sox = %q: want one entity", ids["Red Sox"], ids["Boston Red Sox"])
	}
	if ids["TEIXEIRA"] == "" || ids["TEIXEIRA"] != ids["Mark Teixeira"] {
		t.Errorf("TEIXEIRA = %q, Mark Teixeira = %q: want one entity", ids["TEIXEIRA"], ids["Mark Teixeira"])
	}
}

func TestLinkKnownNameOtherCapitals(t *testing.T) {
	x := extractor(t)
	a := analyse(t, x, "The film was released by Lionsgate on Friday, Yonhap reported.")
	b := analyse(t, x, "A spokesman for LionsGate declined to comment. Most of the Australian population agreed.")
	Link([]*doc.Document{a, b})
	ids := map[string]string{}
	for _, d := range []*doc.Document{a, b} {
		for _, m := range d.Mentions {
			ids[m.Text] = m.Entity
		}
	}
	for text, want := range map[string]string{"Lionsgate": "kb:lionsgate", "LionsGate": "kb:lionsgate", "Yonhap": "kb:yonhap", "Australian": "kb:AUS"} {
		if ids[text] != want {
			t.Errorf("%q -> %q, want %q", text, ids[text], want)
		}
	}
}
