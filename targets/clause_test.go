package targets

import (
	"strings"
	"testing"
)

// TestClause reads single clauses as they occur in the reports; each
// case is the text of a clause and the targets it must give, written
// `indicator value unit direction qualifier` with empty fields left out
// (value - for a qualitative target).
func TestClause(t *testing.T) {
	tests := []struct {
		clause string
		want   []string
	}{
		// verbs and qualifiers
		{"国内生产总值增长5.5%左右", []string{"GDP增长 5.5 % 增长 左右"}},
		{"城镇调查失业率全年控制在5.5%以内", []string{"城镇调查失业率 5.5 % 控制 以内"}},
		{"居民消费价格涨幅3%左右", []string{"居民消费价格涨幅 3 % 控制 左右"}},
		{"固定资产投资力争增长10%以上", []string{"固定资产投资增长 10 % 增长 力争以上"}},
		{"粮食总产量不低于1650万吨", []string{"粮食产量 1650 万吨 达到 不低于"}},
		{"粮食产量保持在1.3万亿斤以上", []string{"粮食产量 1.3 万亿斤 达到 以上"}},
		{"经济增长7%", []string{"GDP增长 7 % 增长"}},
		{"人均GDP增长7%", []string{"人均GDP增长 7 % 增长"}},
		{"地区生产总值增长6%—6.5%", []string{"GDP增长 6-6.5 % 增长"}},
		{"地区生产总值增长6%-6.5%左右", []string{"GDP增长 6-6.5 % 增长 左右"}},
		{"重庆地区生产总值增长5.5％左右", []string{"GDP增长 5.5 % 增长 左右"}},
		{"常住人口城镇化率提高1.2个百分点", []string{"常住人口城镇化率 1.2 个百分点 增长"}},
		{"居民消费价格指数控制在103左右", []string{"居民消费价格指数 103 控制 左右"}},
		{"PM2.5平均浓度下降5%以上", []string{"PM2.5平均浓度下降 5 % 下降 以上"}},
		// one subject, two numbers: a level keeps its own wording
		{"地区生产总值突破2万亿元、增长7%左右", []string{"地区生产总值 2 万亿元 达到 突破", "GDP增长 7 % 增长 左右"}},
		// lists: a qualifier written once belongs to all, else each keeps its own
		{"城镇、农村常住居民人均可支配收入分别增长8%、10%左右", []string{
			"城镇居民人均可支配收入增长 8 % 增长 左右", "农村居民人均可支配收入增长 10 % 增长 左右"}},
		{"农业、规模以上工业、服务业增加值分别增长6%、10%以上、7.5%左右", []string{
			"农业增加值增长 6 % 增长", "规模以上工业增加值增长 10 % 增长 以上", "服务业增加值增长 7.5 % 增长 左右"}},
		{"城乡居民收入分别增长6.5%和8%左右", []string{
			"城镇居民人均可支配收入增长 6.5 % 增长 左右", "农村居民人均可支配收入增长 8 % 增长 左右"}},
		{"数字经济、绿色经济占地区生产总值比重分别达到36%和46%左右", []string{
			"数字经济占地区生产总值比重 36 % 达到 左右", "绿色经济占地区生产总值比重 46 % 达到 左右"}},
		{"城镇和农村常住居民人均可支配收入增速分别超过9%、9.5%", []string{
			"城镇居民人均可支配收入增长 9 % 增长 超过", "农村居民人均可支配收入增长 9.5 % 增长 超过"}},
		{"单位地区生产总值能耗、二氧化碳排放量分别降低3%、4.4%左右", []string{
			"单位GDP能耗下降 3 % 下降 左右", "单位GDP二氧化碳排放下降 4.4 % 下降 左右"}},
		// shares and denominators are not GDP
		{"全社会研发经费支出相当于全市生产总值的比例达到4.2%左右", []string{"研发经费投入强度 4.2 % 达到 左右"}},
		{"环保投入相当于全市生产总值的比例保持在3%左右", []string{"环保投入相当于全市生产总值的比例 3 % 达到 左右"}},
		{"万元地区生产总值水耗下降3%左右", []string{"万元地区生产总值水耗下降 3 % 下降 左右"}},
		// not targets: five-year averages, base years, names with digits, bracketed conversions
		{"地区生产总值年均增长12%", nil},
		{"单位地区生产总值二氧化碳排放较2015年下降20.5%", nil},
		{"人均生产总值达到41500元（约合6250美元）", []string{"人均生产总值 41500 元 达到"}},
		{"在实际工作中尽可能争取更好结果", nil},
		{"新建5G基站2万个", nil},
		// qualitative
		{"居民收入增长与经济增长基本同步", []string{"居民人均可支配收入增长 - 与经济增长基本同步"}},
		{"城乡居民收入倍差持续缩小", []string{"城乡居民收入倍差 - 持续缩小"}},
		{"能耗强度目标在“十四五”规划期内统筹考核", []string{"单位GDP能耗下降 - 在“十四五”规划期内统筹考核"}},
		{"确保粮食产量只增不减", []string{"粮食产量 - 只增不减"}},
		{"外贸进出口、实际使用外资稳中提质", []string{"进出口增长 - 稳中提质", "实际利用外资 - 稳中提质"}},
		{"长江、黄河、澜沧江出省境断面水质稳定保持Ⅱ类及以上", []string{"长江、黄河、澜沧江出省境断面水质 - 稳定保持Ⅱ类及以上"}},
		{"能耗、碳排放强度和污染减排指标控制在国家核定范围内", []string{
			"单位GDP能耗下降 - 控制在国家核定范围内", "单位GDP二氧化碳排放下降 - 控制在国家核定范围内", "污染减排指标 - 控制在国家核定范围内"}},
		{"生态环境质量、能源、水资源等指标按国家要求落实", []string{"生态环境质量、能源、水资源等指标 - 按国家要求落实"}},
		{"完成国家下达的能源和环境指标计划目标", []string{"能源和环境指标 - 完成国家下达的计划目标"}},
		{"全面完成国家下达的节能减排降碳约束性指标和环境质量改善目标", []string{
			"节能减排降碳约束性指标 - 全面完成国家下达", "环境质量改善目标 - 全面完成国家下达"}},
		{"全省空气质量优良天数比率（AQI）和地表水水质优良率均完成国家下达任务", []string{
			"空气质量优良天数比率 - 完成国家下达任务", "地表水水质优良率 - 完成国家下达任务"}},
	}
	x := New(nil)
	for _, tc := range tests {
		var got []string
		for _, tg := range x.clause(tc.clause, 1, &clauseState{}) {
			v := tg.Value
			if tg.Qualitative() {
				v = "-"
			}
			got = append(got, strings.Join(strings.Fields(strings.Join([]string{tg.Indicator, v, tg.Unit, string(tg.Direction), tg.Qualifier}, " ")), " "))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tc.clause, got, tc.want)
		}
	}
}
