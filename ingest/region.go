package ingest

import "strings"

// Level is the tier of government a report comes from.
type Level string

const (
	National   Level = "national"
	Provincial Level = "provincial"
	City       Level = "city"
	County     Level = "county"
)

// province lists the 31 provincial-level regions by official name and the
// short name policydiff uses everywhere.
var provinces = []struct{ Full, Short string }{
	{"北京市", "北京"}, {"天津市", "天津"}, {"河北省", "河北"}, {"山西省", "山西"},
	{"内蒙古自治区", "内蒙古"}, {"辽宁省", "辽宁"}, {"吉林省", "吉林"}, {"黑龙江省", "黑龙江"},
	{"上海市", "上海"}, {"江苏省", "江苏"}, {"浙江省", "浙江"}, {"安徽省", "安徽"},
	{"福建省", "福建"}, {"江西省", "江西"}, {"山东省", "山东"}, {"河南省", "河南"},
	{"湖北省", "湖北"}, {"湖南省", "湖南"}, {"广东省", "广东"}, {"广西壮族自治区", "广西"},
	{"海南省", "海南"}, {"重庆市", "重庆"}, {"四川省", "四川"}, {"贵州省", "贵州"},
	{"云南省", "云南"}, {"西藏自治区", "西藏"}, {"陕西省", "陕西"}, {"甘肃省", "甘肃"},
	{"青海省", "青海"}, {"宁夏回族自治区", "宁夏"}, {"新疆维吾尔自治区", "新疆"},
}

// nationalNames are the ways a user or a report names the national level.
var nationalNames = []string{"全国", "国务院", "中央", "中国", "中华人民共和国", "national"}

// NormalizeRegion maps a region name as a user or a report writes it
// (`北京市`, `广西壮族自治区`, `国务院`) to its short name and level. ok is
// false for names that are not the nation or a province.
func NormalizeRegion(name string) (short string, level Level, ok bool) {
	name = Trim(name)
	for _, n := range nationalNames {
		if name == n {
			return "全国", National, true
		}
	}
	for _, p := range provinces {
		if name == p.Full || name == p.Short || (strings.HasPrefix(p.Full, name) && len([]rune(name)) >= 2 && isSuffixOnly(p.Full[len(name):])) {
			return p.Short, Provincial, true
		}
	}
	return "", "", false
}

// isSuffixOnly reports whether rest is what separates a short name from
// the full one (`省`, `市`, `自治区`, `壮族自治区` …).
func isSuffixOnly(rest string) bool {
	for _, s := range []string{"省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区"} {
		if rest == s {
			return true
		}
	}
	return false
}

// findProvince returns the first province named in s (by full or short
// name), preferring the earliest occurrence.
func findProvince(s string) (string, bool) {
	best, at := "", -1
	for _, p := range provinces {
		i := strings.Index(s, p.Short)
		if i >= 0 && (at < 0 || i < at) {
			best, at = p.Short, i
		}
	}
	return best, at >= 0
}

// City and county names run from 2 characters (昆山) to 6 (西双版纳傣族
// would be 6 before 自治州); longer prefixes are not place names.
const minPlaceRunes, maxPlaceRunes = 2, 6

// lowerRegion recognises a city or county name at the start of s
// (`深圳市人民政府…`, `昆山市…`), returning the name without its suffix.
func lowerRegion(s string) (string, Level, bool) {
	s = strings.TrimPrefix(s, "关于")
	for _, self := range []string{"自治区", "省", "市", "县", "区", "本"} {
		if strings.HasPrefix(s, self) {
			return "", "", false // 在自治区第九届人民代表大会: the speaker's own region, unnamed
		}
	}
	for _, suf := range []struct {
		s string
		l Level
	}{{"自治州", City}, {"自治县", County}, {"市", City}, {"州", City}, {"盟", City}, {"县", County}, {"旗", County}, {"区", County}} {
		i := strings.Index(s, suf.s)
		if i <= 0 {
			continue
		}
		name := s[:i]
		if n := len([]rune(name)); n < minPlaceRunes || n > maxPlaceRunes {
			continue
		}
		return name, suf.l, true
	}
	return "", "", false
}

// RegionNames lists the short names of every region that can be named, in
// the corpus order (全国 first).
func RegionNames() []string {
	names := []string{"全国"}
	for _, p := range provinces {
		names = append(names, p.Short)
	}
	return names
}
