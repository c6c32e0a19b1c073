package lang

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", "The minister said on Monday that the talks with the neighbouring country had been useful, but that no agreement was reached on the border.", "en"},
		{"french", "Le ministre a déclaré lundi que les discussions avec le pays voisin avaient été utiles, mais qu'aucun accord n'a été trouvé sur la frontière.", "fr"},
		{"german", "Der Minister sagte am Montag, dass die Gespräche mit dem Nachbarland nützlich gewesen seien, aber es wurde keine Einigung über die Grenze erzielt.", "de"},
		{"spanish", "El ministro dijo el lunes que las conversaciones con el país vecino habían sido útiles, pero que no se alcanzó un acuerdo sobre la frontera.", "es"},
		{"italian", "Il ministro ha detto lunedì che i colloqui con il paese vicino sono stati utili, ma che non è stato raggiunto un accordo sul confine.", "it"},
		{"portuguese", "O ministro disse na segunda-feira que as conversas com o país vizinho foram úteis, mas que não foi alcançado um acordo sobre a fronteira.", "pt"},
		{"dutch", "De minister zei maandag dat de gesprekken met het buurland nuttig waren, maar dat er geen akkoord is bereikt over de grens.", "nl"},
		{"russian", "Министр заявил в понедельник, что переговоры с соседней страной были полезными, но соглашение по границе не было достигнуто.", "ru"},
		{"ukrainian", "Міністр заявив у понеділок, що переговори з сусідньою країною були корисними, але угоди щодо кордону не було досягнуто.", "uk"},
		{"arabic", "قال الوزير يوم الاثنين إن المحادثات مع البلد المجاور كانت مفيدة لكن لم يتم التوصل إلى اتفاق بشأن الحدود", "ar"},
		{"persian", "وزیر روز دوشنبه گفت که گفتگوها با کشور همسایه مفید بوده اما هیچ توافقی درباره مرز حاصل نشده است", "fa"},
		{"chinese", "部长周一表示，与邻国的会谈很有帮助，但在边界问题上没有达成协议。", "zh"},
		{"japanese", "大臣は月曜日、隣国との会談は有益だったが、国境についての合意には至らなかったと述べた。", "ja"},
		{"greek", "Ο υπουργός δήλωσε τη Δευτέρα ότι οι συνομιλίες με τη γειτονική χώρα ήταν χρήσιμες.", "el"},
		{"danish", "Ministeren sagde mandag, at samtalerne med nabolandet havde været nyttige, men at der ikke blev indgået nogen aftale om grænsen efter mødet af de to lande.", "da"},
		{"norwegian", "Ministeren sa mandag at samtalene med nabolandet hadde vært nyttige, men at det ikke ble inngått noen avtale om grensen etter møtet av de to landene.", "no"},
		{"finnish", "Ministeri sanoi maanantaina, että neuvottelut naapurimaan kanssa olivat hyödyllisiä, mutta rajasta ei päästy sopimukseen, ja se oli hänen mukaansa vain alku.", "fi"},
		{"too short", "Hello there", ""},
		{"numbers only", "12 34 56 78 90 12 34 56 78 90 12 34 56 78 90", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatal(err)
	}
	if _, err := parseStopwords("xx: a b c\n"); err == nil || !strings.Contains(err.Error(), "stopwords.txt:1") {
		t.Errorf("short list: error %v, want one naming line 1", err)
	}
	if _, err := parseStopwords("english: a b c d e f g h i j\n"); err == nil {
		t.Error("bad code accepted")
	}
}

func TestNote(t *testing.T) {
	n := Note("fr")
	if n.Kind != "language" || !strings.Contains(n.Detail, "French") {
		t.Errorf("note %+v", n)
	}
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat("The minister said on Monday that the talks with the neighbouring country had been useful. ", 60)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if Detect(text) != "en" {
			b.Fatal("not en")
		}
	}
}
