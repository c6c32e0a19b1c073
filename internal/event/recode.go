package event

// CAMEO recoding by modality, following the CAMEO manual's conventions: an intention to
// cooperate is coded in 03 (express intent), an intention or conditional promise of
// conflict in 13 (threaten), a refusal to cooperate in 12 (reject), a demand in 10.

func root(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// cooperative roots: 03-08 (intent, consult, diplomatic and material cooperation, aid, yield).
func cooperative(code string) bool {
	r := root(code)
	return r >= "03" && r <= "08"
}

// lookupPrefix returns m[code] for the longest prefix of code in m.
func lookupPrefix(m map[string]string, code, def string) string {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if v, ok := m[c]; ok {
			return v
		}
	}
	return def
}

var intentCodes = map[string]string{
	"04": "036", "045": "039", "046": "036",
	"05": "032", "057": "030",
	"06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
	"0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
}

// intentCode: a planned cooperative act becomes an expressed intent ("will provide aid" 033).
func intentCode(code string) string {
	if root(code) == "03" {
		return code
	}
	return lookupPrefix(intentCodes, code, "030")
}

var threatCodes = map[string]string{
	"14": "133", "15": "138",
	"16": "131", "160": "1313", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	"17": "130", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "175": "137",
	"18": "1383", "19": "1384", "191": "1381", "192": "1382", "20": "1383", "204": "1385",
}

// threatCode: a planned or conditional act of conflict is a threat ("will attack" 1384);
// a threat to do anything else is a plain threat (130).
func threatCode(code string) string {
	if root(code) == "13" {
		return code
	}
	return lookupPrefix(threatCodes, code, "130")
}

var rejectCodes = map[string]string{
	"03": "120", "031": "121", "0311": "1211", "0312": "1212", "033": "122", "0332": "1222", "036": "125",
	"04": "125", "045": "126", "046": "125",
	"05": "120", "057": "127",
	"06": "121", "061": "1211", "062": "1212",
	"07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
	"08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233",
	"0834": "1234", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}

// rejectCode: refusing a cooperative act is a rejection ("refuses to arm" 1222).
func rejectCode(code string) string {
	return lookupPrefix(rejectCodes, code, "120")
}

var demandCodes = map[string]string{
	"04": "108", "05": "102", "06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
	"07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
	"08": "105", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042",
	"0833": "1043", "0834": "1044", "084": "1053", "085": "1054", "086": "1055", "087": "1056",
	"0871": "107", "0874": "106", "09": "101",
}

// demandCode: demanding an act ("X must release the prisoners" 1053).
func demandCode(code string) string {
	return lookupPrefix(demandCodes, code, "100")
}
