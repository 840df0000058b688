package segment

import (
	"os"
	"strings"
	"testing"
)

// corpusSentences returns the corpus's sentences (split at 。！？；).
func corpusSentences(t testing.TB) []string {
	data, err := os.ReadFile("../testdata/gov-work-reports-2022.txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.FieldsFunc(string(data), func(r rune) bool { return strings.ContainsRune("。！？；\n", r) })
}

func newTestSegmenter(t testing.TB) *Segmenter {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// maxSentencesPerTerm bounds how many corpus sentences are checked for each
// term.
const maxSentencesPerTerm = 20

// TestPolicyTermsComeOutWhole: every pure-Han term of the dictionary that
// occurs in the 2022 corpus comes out as one token in the real sentences
// that contain it — except where a longer policy term contains it there.
func TestPolicyTermsComeOutWhole(t *testing.T) {
	d, err := builtinTerms()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(d.Terms()); n < 400 {
		t.Fatalf("%d policy terms, want at least 400", n)
	}
	s := newTestSegmenter(t)
	sentences := corpusSentences(t)
	checked, whole, terms := 0, 0, 0
	var misses []string
	for _, term := range d.Terms() {
		if len(hanRuns(term)) != 1 || hanRuns(term)[0] != term {
			continue // terms with letters or digits: the segmenter only cuts Han runs
		}
		var found []string
		for _, sent := range sentences {
			if strings.Contains(sent, term) {
				found = append(found, sent)
				if len(found) == maxSentencesPerTerm {
					break
				}
			}
		}
		if len(found) == 0 {
			continue
		}
		terms++
		for i, toks := range s.CutAll(found) {
			checked++
			if !cutInside(toks, found[i], term) {
				whole++
				continue
			}
			misses = append(misses, term+": "+joinTokens(toks))
		}
	}
	share := float64(whole) / float64(checked)
	t.Logf("%d terms in %d sentences: whole in %d (%.1f%%)", terms, checked, whole, 100*share)
	for _, m := range misses {
		t.Logf("split: %s", m)
	}
	if share < minWholeShare {
		t.Errorf("terms whole in %.1f%% of their sentences, want at least %.0f%%", 100*share, 100*minWholeShare)
	}
}

// minWholeShare: where two dictionary units overlap (新冠疫苗 and 疫苗接种 in
// 新冠疫苗接种, 农产品加工 and 加工业 in 农产品加工业) only one can stay whole;
// the test lists each such split and requires the rest to be whole.
const minWholeShare = 0.97

// TestTermsAreAtomic: no term is the concatenation of two others.
func TestTermsAreAtomic(t *testing.T) {
	d, err := builtinTerms()
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range d.Terms() {
		for i := range term {
			if i > 0 && term != "六稳六保" && d.terms[term[:i]] > 0 && d.terms[term[i:]] > 0 {
				t.Errorf("%s is %s + %s: keep terms atomic", term, term[:i], term[i:])
			}
		}
	}
}

// The terms the issue names, which gse's own dictionary cuts apart, in the
// corpus sentences that use them.
func TestNamedTermsStayWhole(t *testing.T) {
	s := newTestSegmenter(t)
	for _, c := range []struct{ sentence, term string }{
		{"全面推进乡村振兴", "乡村振兴"},
		{"有序推进碳达峰碳中和工作", "碳中和"},
		{"有序推进碳达峰碳中和工作", "碳达峰"},
		{"着力培育“专精特新”企业", "专精特新"},
		{"对小微企业的存量留抵税额于6月底前一次性全部退还", "留抵"},
		{"实施大规模增值税留抵退税", "留抵退税"},
		{"城镇调查失业率全年控制在5.5%以内", "城镇调查失业率"},
		{"新建1亿亩高标准农田", "高标准农田"},
		{"深化“放管服”改革", "放管服"},
		{"扎实做好“六稳”“六保”工作", "六稳"},
		{"落实“双减”政策", "双减"},
	} {
		if toks := s.Cut(c.sentence); cutInside(toks, c.sentence, c.term) {
			t.Errorf("%s: %s not whole in %s", c.sentence, c.term, joinTokens(toks))
		}
	}
}

// splitByGSE are terms that gse's own dictionary cuts apart (专精/特/新,
// 留/抵/退税 …): each must be whole in every corpus sentence that has it.
var splitByGSE = []string{"专精特新", "留抵退税", "放管服", "一网通办", "揭榜挂帅", "减税降费", "碳达峰", "碳中和",
	"乡村振兴", "动态清零", "双减", "六稳", "首台套", "能耗双控", "跨省通办", "城镇调查失业率", "保障性租赁住房",
	"国企改革三年行动", "非粮化", "医共体", "东数西算", "山水林田湖草沙", "高标准农田", "新型城镇化", "共同富裕"}

func TestTermsSplitByGSEStayWholeInTheCorpus(t *testing.T) {
	s := newTestSegmenter(t)
	sentences := corpusSentences(t)
	for _, term := range splitByGSE {
		n := 0
		for _, sent := range sentences {
			if !strings.Contains(sent, term) {
				continue
			}
			n++
			if toks := s.Cut(sent); cutInside(toks, sent, term) {
				t.Errorf("%s cut apart in %s", term, joinTokens(toks))
			}
		}
		if n == 0 && term != "六稳六保" {
			t.Errorf("%s: no sentence of the corpus has it", term)
		}
	}
}

func TestTokensRejoinTheText(t *testing.T) {
	s := newTestSegmenter(t)
	for _, text := range []string{
		"国内生产总值增长5.5%左右；城镇新增就业1100万人以上，PM2.5浓度下降。",
		"推进5G基站建设，ＡＢ１２３ 和 abc！",
		"",
	} {
		var b strings.Builder
		toks := s.Cut(text)
		for _, tok := range toks {
			b.WriteString(tok.Text)
		}
		if b.String() != text {
			t.Errorf("tokens %s do not rejoin %q", joinTokens(toks), text)
		}
	}
	toks := s.Cut("增长5.5%左右，1100万人")
	want := []struct {
		text string
		kind Kind
	}{{"增长", Word}, {"5.5%", Number}, {"左右", Word}, {"，", Punct}, {"1100", Number}, {"万人", Word}}
	if len(toks) != len(want) {
		t.Fatalf("tokens %s", joinTokens(toks))
	}
	for i, w := range want {
		if toks[i].Text != w.text || toks[i].Kind != w.kind {
			t.Errorf("token %d: %q kind %d, want %q kind %d", i, toks[i].Text, toks[i].Kind, w.text, w.kind)
		}
	}
}

func TestUserDictionary(t *testing.T) {
	d, err := ParseDict("my.txt", "# mine\n粤菜师傅\n南粤家政\t500\n")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	if toks := s.Cut("推动粤菜师傅南粤家政工程"); !hasToken(toks, "粤菜师傅") || !hasToken(toks, "南粤家政") {
		t.Errorf("user terms not whole: %s", joinTokens(toks))
	}
	for _, c := range []struct{ text, err string }{
		{"词\tabc\n", "my.txt: line 1: bad frequency \"abc\" (expected a positive number)"},
		{"# c\n词 1 2\n", "my.txt: line 2: expected a term and an optional frequency, got \"词 1 2\""},
		{"词\t-3\n", "my.txt: line 1: bad frequency \"-3\" (expected a positive number)"},
	} {
		if _, err := ParseDict("my.txt", c.text); err == nil || err.Error() != c.err {
			t.Errorf("ParseDict(%q): %v, want %q", c.text, err, c.err)
		}
	}
}

func TestStopWords(t *testing.T) {
	s := newTestSegmenter(t)
	words := s.Words(s.Cut("要进一步加快推进高标准农田建设和乡村振兴。"))
	if strings.Join(words, "/") != "高标准农田/乡村振兴" {
		t.Errorf("words %q", words)
	}
}

func hasToken(toks []Token, term string) bool {
	for _, t := range toks {
		if t.Text == term {
			return true
		}
	}
	return false
}

// cutInside reports whether a token boundary falls strictly inside the
// first occurrence of term in sentence: the term is cut apart. A token that
// contains the whole term (专精特新企业) does not cut it.
func cutInside(toks []Token, sentence, term string) bool {
	start := strings.Index(sentence, term)
	end := start + len(term)
	off := 0
	for _, t := range toks {
		if off > start && off < end {
			return true
		}
		off += len(t.Text)
	}
	return false
}

func joinTokens(toks []Token) string {
	var parts []string
	for _, t := range toks {
		parts = append(parts, t.Text)
	}
	return strings.Join(parts, "/")
}
