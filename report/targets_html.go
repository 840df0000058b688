package report

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/policydiff/policydiff/targets"
)

// targetsCSS keeps the pages self-contained and readable: system fonts with
// CJK fallbacks, zebra rows, a sticky header, numbers right-aligned.
const targetsCSS = `
body { font-family: -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  margin: 2rem auto; max-width: 96rem; padding: 0 1rem; color: #1f2328; line-height: 1.5; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; position: sticky; top: 0; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.qual { color: #57606a; }
.warn { background: #fff8c5; border: 1px solid #d4a72c; padding: 0.4rem 0.8rem; margin: 0.4rem 0; }
footer { margin-top: 2rem; color: #57606a; font-size: 0.8rem; }
`

var targetsPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("targets").Parse(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>{{.CSS}}</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{range .Warnings}}<p class="warn">warning: {{.}}</p>
{{end}}{{if .View.Wide}}<table>
<thead><tr><th>地区 region</th><th>年 year</th>{{range .View.Columns}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .View.Documents}}<tr><td>{{.Label}}</td><td class="num">{{.Year}}</td>{{range .Cells}}<td>{{.}}</td>{{end}}</tr>
{{end}}</tbody>
</table>
{{else}}<table>
<thead><tr><th>地区 region</th><th>年 year</th><th>行 line</th><th>指标 indicator</th><th>值 value</th><th>单位 unit</th><th>方向 direction</th><th>限定 qualifier</th><th>原文 source</th></tr></thead>
<tbody>
{{range .Rows}}<tr><td>{{.Doc.Label}}</td><td class="num">{{.Doc.Year}}</td><td class="num" title="{{.Doc.Path}}">{{.T.Line}}</td><td>{{.T.Indicator}}</td><td class="num">{{.Value}}</td><td>{{.T.Unit}}</td><td>{{.T.Direction}}</td><td{{if .T.Qualitative}} class="qual"{{end}}>{{.T.Qualifier}}</td><td>{{.T.Source}}</td></tr>
{{end}}</tbody>
</table>
{{end}}{{if .Summary}}<h2>Summary 汇总</h2>
<table>
<thead><tr>{{range .SummaryHeader}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Summary}}<tr>{{range $i, $c := .}}{{if $i}}<td class="num">{{$c}}</td>{{else}}<td>{{$c}}</td>{{end}}{{end}}</tr>
{{end}}</tbody>
</table>
{{end}}<footer>policydiff targets · schema {{.View.SchemaVersion}}</footer>
</body>
</html>
`))
})

type targetsHTMLRow struct {
	Doc   TargetsDocument
	T     targets.Target
	Value string
}

func targetsHTML(buf *bytes.Buffer, v *Targets) error {
	data := struct {
		Title         string
		CSS           template.CSS
		View          *Targets
		Warnings      []string
		Rows          []targetsHTMLRow
		SummaryHeader []string
		Summary       [][]string
	}{Title: "主要预期目标 targets", CSS: template.CSS(targetsCSS), View: v, SummaryHeader: targetSummaryHeader}
	if v.Indicator != "" {
		data.Title += " · " + v.Indicator
	}
	for _, d := range v.Documents {
		for _, w := range d.Warnings {
			data.Warnings = append(data.Warnings, d.Label()+": "+w)
		}
		for _, t := range d.Targets {
			data.Rows = append(data.Rows, targetsHTMLRow{Doc: d, T: t, Value: targetValue(t)})
		}
	}
	for _, s := range v.Summary {
		data.Summary = append(data.Summary, targetSummaryRow(s))
	}
	return targetsPage().Execute(buf, data)
}

var indicatorsPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("indicators").Parse(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>policydiff indicators</title>
<style>{{.CSS}}</style>
</head>
<body>
<h1>指标 indicators</h1>
<table>
<thead><tr>{{range .Header}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Rows}}<tr>{{range .}}<td>{{.}}</td>{{end}}</tr>
{{end}}</tbody>
</table>
</body>
</html>
`))
})

func indicatorsHTMLPage(buf *bytes.Buffer, header []string, rows [][]string) error {
	return indicatorsPage().Execute(buf, struct {
		CSS    template.CSS
		Header []string
		Rows   [][]string
	}{template.CSS(targetsCSS), header, rows})
}
