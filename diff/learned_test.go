package diff

import (
	"slices"
	"testing"
)

// TestCounterpartsRecogniseTheComparedReport: with no region given, the
// counterparts a comparison leaves out are exactly those of the compared
// province, recognised by its clauses (none for a province that has
// none); so a renamed or unrecognised file of a labelled report is still
// measured as unseen.
func TestCounterpartsRecogniseTheComparedReport(t *testing.T) {
	_, docs := setup(t)
	ix := counterparts()
	for region := range docs {
		if region == "全国" {
			continue
		}
		_, as, bs := nationalCommitments(t, region)
		got := ix.excluded(as, bs, nil)
		var want []string
		if len(ix.clauses[region]) > 0 {
			want = []string{region}
		}
		if !slices.Equal(got, want) {
			t.Errorf("全国 vs %s: the counterparts of %v are left out, want %v", region, got, want)
		}
	}
}

func TestParseCounterpartsErrors(t *testing.T) {
	if _, err := parseCounterparts("广东\t稳岗\n"); err == nil {
		t.Error("a line of two fields parsed")
	}
	ix, err := parseCounterparts("# comment\n广东\t稳岗\t援企稳岗\n江苏\t稳岗\t稳岗扩岗\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(ix.byText["稳岗"]); got != 2 {
		t.Errorf("稳岗 has counterparts in %d provinces, want 2", got)
	}
	if ix.profileOf("稳岗", nil) != nil {
		t.Errorf("a commitment with counterparts in 2 provinces is known (minCounterparts %d)", minCounterparts)
	}
}
