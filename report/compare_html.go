package report

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"github.com/policydiff/policydiff/diff"
)

// compareHTML writes one self-contained page: no script, no fonts or
// styles from the network, readable when printed.
func compareHTML(buf *bytes.Buffer, c *Compare) error {
	na, nb := c.names()
	return compareTemplate().Execute(buf, map[string]any{
		"C": c, "NA": na, "NB": nb, "Heading": c.heading(),
		"SameRegion": c.PairModel == diff.ModelSameRegion, "SameRegionNote": sameRegionNote,
	})
}

var compareTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("compare").Funcs(template.FuncMap{
		"pct":  pct,
		"diff": htmlDiff,
		"sim":  func(x float64) string { return fmt.Sprintf("%.2f", x) },
		"title": func(d CompareDocument) string {
			return Title(d.Meta)
		},
		"anchor": func(id string) string { return "topic-" + id },
		"src":    func(side, line int) string { return fmt.Sprintf("%s-L%d", []string{"a", "b"}[side], line) },
	}).Parse(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policydiff">
<title>{{.Heading}} — 政策比对 policydiff</title>
<style>
:root { --ins: #d7f5dd; --ins-text: #0b5d1e; --del: #fbe0e0; --del-text: #8a1c1c; --muted: #666; --rule: #ddd; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; margin: 0; color: #222; line-height: 1.6; }
header { padding: 1.2rem 2rem; border-bottom: 1px solid var(--rule); background: #fafafa; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; }
.docs { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; font-size: .95rem; }
.summary { color: var(--muted); margin-top: .4rem; }
.layout { display: grid; grid-template-columns: 15rem 1fr; }
nav { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding: 1rem; border-right: 1px solid var(--rule); font-size: .9rem; }
nav ol { list-style: none; padding: 0; margin: 0; }
nav li { margin: .2rem 0; }
nav a { text-decoration: none; color: #1a4f8b; }
nav .bar { display: block; height: 4px; background: var(--rule); border-radius: 2px; }
nav .bar span { display: block; height: 4px; background: #4a8f5a; border-radius: 2px; }
main { padding: 1rem 2rem 3rem; min-width: 0; }
section.topic { margin-bottom: 2rem; break-inside: avoid-page; }
h2 { font-size: 1.1rem; border-bottom: 2px solid #4a8f5a; padding-bottom: .2rem; }
h2 small { color: var(--muted); font-weight: normal; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { font-size: .85rem; color: var(--muted); font-weight: 600; }
td.line { width: 4.5rem; color: var(--muted); font-size: .85rem; white-space: nowrap; }
td.sim, th.sim { width: 3.5rem; text-align: right; }
col.line { width: 4.5rem; } col.sim { width: 3.5rem; }
ins { background: var(--ins); color: var(--ins-text); text-decoration: none; border-radius: 2px; }
del { background: var(--del); color: var(--del-text); border-radius: 2px; }
.only h3 { font-size: .95rem; margin: .6rem 0 .2rem; }
.only ul { margin: 0; padding-left: 1.2rem; }
.only li { margin: .15rem 0; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
a.line { color: var(--muted); font-size: .85rem; }
details.source { margin-top: 2rem; }
details.source pre { white-space: pre-wrap; font-size: .85rem; }
@media print {
  nav { display: none; }
  .layout { display: block; }
  header { background: none; }
  a { color: inherit; text-decoration: none; }
  ins { background: none; text-decoration: underline; }
}
</style>
</head>
<body>
<header>
<h1>政策比对 · {{.NA}} vs {{.NB}}</h1>
<div class="docs">
<div><strong>A</strong> {{title (index .C.Documents 0)}}<br><code>{{(index .C.Documents 0).Path}}</code> · {{(index .C.Documents 0).Commitments}} commitments</div>
<div><strong>B</strong> {{title (index .C.Documents 1)}}<br><code>{{(index .C.Documents 1).Path}}</code> · {{(index .C.Documents 1).Commitments}} commitments</div>
</div>
<div class="summary">重合度 overlap: {{pct .C.Overall.A}} of {{.NA}}'s {{index .C.InScope 0}} commitments, {{pct .C.Overall.B}} of {{.NB}}'s {{index .C.InScope 1}}{{if .C.Filters.Topics}} · topics: {{range $i, $t := .C.Filters.Topics}}{{if $i}}, {{end}}{{$t}}{{end}}{{end}}{{if .C.Filters.Only}} · only {{.C.Filters.Only}}{{end}} · min similarity {{sim .C.Filters.MinSimilarity}}{{if .C.Filters.MinScore}} · min score {{sim .C.Filters.MinScore}}{{end}}{{if .SameRegion}} · {{.SameRegionNote}}{{end}}</div>
</header>
<div class="layout">
<nav aria-label="topics">
<ol>
{{- if .C.Targets}}<li><a href="#targets">主要预期目标 targets</a></li>{{end}}
{{- if .C.Sections}}<li><a href="#sections">对应章节 sections</a></li>{{end}}
{{- range .C.Topics}}
<li><a href="#{{anchor .ID}}">{{.Zh}}</a> <small>{{len .Shared}} / {{len .OnlyA}} / {{len .OnlyB}}</small><span class="bar"><span style="width: {{pct .Overlap.A}}"></span></span></li>
{{- end}}
</ol>
</nav>
<main>
{{- if .C.Targets}}
<section class="topic" id="targets">
<h2>主要预期目标 <small>targets</small></h2>
<table><thead><tr><th>指标 indicator</th><th>{{.NA}}</th><th>{{.NB}}</th></tr></thead><tbody>
{{- range .C.Targets}}
<tr><td>{{.Indicator}}</td><td>{{.A}}{{if .LineA}} <a class="line" href="#{{src 0 .LineA}}">{{.LineA}}</a>{{end}}</td><td>{{.B}}{{if .LineB}} <a class="line" href="#{{src 1 .LineB}}">{{.LineB}}</a>{{end}}</td></tr>
{{- end}}
</tbody></table>
</section>
{{- end}}
{{- if .C.Sections}}
<section class="topic" id="sections">
<h2>对应章节 <small>corresponding sections</small></h2>
<table><colgroup><col><col class="line"><col><col class="line"><col class="sim"></colgroup>
<thead><tr><th>{{.NA}}</th><th>行 line</th><th>{{.NB}}</th><th>行 line</th><th class="sim">sim</th></tr></thead><tbody>
{{- range .C.Sections}}
<tr><td>{{.A}}</td><td class="line"><a class="line" href="#{{src 0 .LineA}}">{{.LineA}}</a></td><td>{{.B}}</td><td class="line"><a class="line" href="#{{src 1 .LineB}}">{{.LineB}}</a></td><td class="sim">{{sim .Similarity}}</td></tr>
{{- end}}
</tbody></table>
</section>
{{- end}}
{{- $na := .NA}}{{$nb := .NB}}
{{- range .C.Topics}}
<section class="topic" id="{{anchor .ID}}">
<h2>{{.Zh}} <small>{{.En}} · shared {{len .Shared}} · only {{$na}} {{len .OnlyA}} · only {{$nb}} {{len .OnlyB}} · overlap {{pct .Overlap.A}} / {{pct .Overlap.B}}</small></h2>
{{- if .Shared}}
<table class="shared">
<colgroup><col><col class="line"><col><col class="line"><col class="sim"><col class="sim"></colgroup>
<thead><tr><th>{{$na}}</th><th>行 line</th><th>{{$nb}}</th><th>行 line</th><th class="sim" title="相似度: how alike the wordings are">sim</th><th class="sim" title="把握: the pair model's estimate that the two promise the same thing; two statements of one indicator's target are shared whatever it is (basis: target); other pairs below 0.5 are shared because their wording is alike (basis: wording)">score</th></tr></thead>
<tbody>
{{- range .Shared}}
<tr><td>{{diff .Diff 0}}</td><td class="line"><a class="line" href="#{{src 0 .A.Line}}">{{.A.Line}}</a></td><td>{{diff .Diff 1}}</td><td class="line"><a class="line" href="#{{src 1 .B.Line}}">{{.B.Line}}</a></td><td class="sim">{{sim .Similarity}}</td><td class="sim" title="basis: {{.Basis}}">{{sim .Score}}</td></tr>
{{- end}}
</tbody></table>
{{- end}}
{{- if or .OnlyA .OnlyB}}
<div class="cols only">
<div><h3>仅 {{$na}} <small>only {{$na}}</small></h3><ul>{{range .OnlyA}}<li>{{.Text}} <a class="line" href="#{{src 0 .Line}}">{{.Line}}</a></li>{{end}}</ul></div>
<div><h3>仅 {{$nb}} <small>only {{$nb}}</small></h3><ul>{{range .OnlyB}}<li>{{.Text}} <a class="line" href="#{{src 1 .Line}}">{{.Line}}</a></li>{{end}}</ul></div>
</div>
{{- end}}
</section>
{{- end}}
{{- range $side, $d := .C.Sources}}
<details class="source"><summary>原文 source text: {{$d.Name}}</summary>
{{- range $d.Lines}}
<div id="{{src $side .No}}"><a class="line" href="#{{src $side .No}}">{{.No}}</a> {{.Text}}</div>
{{- end}}
</details>
{{- end}}
</main>
</div>
</body>
</html>
`))
})

// htmlDiff renders a diff for side 0 (A's wording, deletions marked) or 1
// (B's, insertions marked).
func htmlDiff(ops []diff.Op, side int) template.HTML {
	var b strings.Builder
	for _, op := range ops {
		t := template.HTMLEscapeString(op.Text)
		switch {
		case op.Kind == diff.Equal:
			b.WriteString(t)
		case op.Kind == diff.Delete && side == 0:
			b.WriteString("<del>" + t + "</del>")
		case op.Kind == diff.Insert && side == 1:
			b.WriteString("<ins>" + t + "</ins>")
		}
	}
	return template.HTML(b.String())
}
