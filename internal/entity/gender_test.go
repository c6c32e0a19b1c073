package entity

import "testing"

func TestGivenNames(t *testing.T) {
	for name, want := range map[string]byte{
		"Kimberly": genderFemale, "Anna": genderFemale, "Michelle": genderFemale,
		// Listed more than once among men's names: still a man's.
		"Joe": genderMale, "Paul": genderMale, "Robert": genderMale, "Recep": genderMale,
		// Family names and names given to both are no evidence.
		"Xi": genderUnknown, "Kim": genderUnknown, "Jordan": genderUnknown,
	} {
		if got := givenNames[name]; got != want {
			t.Errorf("givenNames[%q] = %q, want %q", name, got, want)
		}
	}
}
