package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/policydiff/policydiff/align"
)

// Topics is what `policydiff topics` shows: the taxonomy in force and how
// much of the given documents' plans each topic covers.
type Topics struct {
	SchemaVersion int        `json:"schema_version"`
	Taxonomy      string     `json:"taxonomy"`
	Documents     int        `json:"documents"`
	Topics        []TopicRow `json:"topics"`
}

// TopicRow is one topic with its counts.
type TopicRow struct {
	ID string `json:"id"`
	Zh string `json:"zh"`
	En string `json:"en"`
	// Documents is how many documents have at least one passage on the
	// topic in their plan; Passages counts those passages.
	Documents int         `json:"documents"`
	Passages  int         `json:"passages"`
	Cues      []align.Cue `json:"cues"`
}

// NewTopics builds the view from a taxonomy and the coverage of the
// documents (nil when there are none).
func NewTopics(tax *align.Taxonomy, cov *align.Coverage) *Topics {
	v := &Topics{SchemaVersion: SchemaVersion, Taxonomy: tax.Name}
	if cov != nil {
		v.Documents = len(cov.Docs)
	}
	for i, t := range tax.Topics {
		row := TopicRow{ID: t.ID, Zh: t.Zh, En: t.En, Cues: t.Cues}
		if cov != nil {
			row.Documents = cov.Covered(i)
			for _, cells := range cov.Cells {
				row.Passages += cells[i].Passages
			}
		}
		v.Topics = append(v.Topics, row)
	}
	return v
}

// maxCuesShown bounds the cue list in tables and Markdown; JSON and CSV
// carry all of them.
const maxCuesShown = 5

func cueList(cues []align.Cue, limit int) string {
	var parts []string
	for i, c := range cues {
		if limit > 0 && i == limit {
			parts = append(parts, fmt.Sprintf("… (%d)", len(cues)))
			break
		}
		parts = append(parts, c.Term+":"+strconv.FormatFloat(c.Weight, 'g', -1, 64))
	}
	return strings.Join(parts, " ")
}

// RenderTopics writes the topics view in format f.
func RenderTopics(buf *bytes.Buffer, v *Topics, f Format) error {
	switch f {
	case JSON:
		return writeJSON(buf, v)
	case CSV:
		w := csv.NewWriter(buf)
		w.Write([]string{"id", "zh", "en", "documents", "passages", "cues"})
		for _, t := range v.Topics {
			w.Write([]string{t.ID, t.Zh, t.En, strconv.Itoa(t.Documents), strconv.Itoa(t.Passages), cueList(t.Cues, 0)})
		}
		w.Flush()
		return w.Error()
	case Markdown:
		fmt.Fprintf(buf, "## 议题 Topics (%s, %d topics, %d documents)\n\n", v.Taxonomy, len(v.Topics), v.Documents)
		buf.WriteString("| id | 议题 | topic | documents | passages | cues |\n|---|---|---|---:|---:|---|\n")
		for _, t := range v.Topics {
			fmt.Fprintf(buf, "| %s | %s | %s | %d | %d | %s |\n", t.ID, mdEscape(t.Zh), mdEscape(t.En), t.Documents, t.Passages, mdEscape(cueList(t.Cues, maxCuesShown)))
		}
		return nil
	}
	fmt.Fprintf(buf, "%s · %d topics · %d documents\n", v.Taxonomy, len(v.Topics), v.Documents)
	rows := make([][]string, 0, len(v.Topics))
	for _, t := range v.Topics {
		rows = append(rows, []string{t.ID, t.Zh, t.En, strconv.Itoa(t.Documents), strconv.Itoa(t.Passages), cueList(t.Cues, maxCuesShown)})
	}
	return writeTable(buf, []string{"id", "议题", "topic", "文件 docs", "段 passages", "线索 cues"}, rows)
}
