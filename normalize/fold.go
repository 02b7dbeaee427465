package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/canonym/canonym/internal/translit"
)

// Fold returns the comparison key of a name: letters without diacritics, lower-cased, other scripts
// transliterated to Latin, apostrophes and possessive endings dropped ("Kiev's" -> "kiev",
// "O'Brien" -> "obrien"), hyphens and other punctuation turned into single spaces ("el-Sisi" ->
// "el sisi"), and dotted initialisms closed up ("U.S." -> "us").
//
// Letters that do not decompose are folded by a table: ł->l, ø->o, đ->d, ð->d, æ->ae, œ->oe, þ->th,
// ı->i, ß->ss. Traditional Han characters common in names fold to their Simplified forms; Han and
// kana are not transliterated. Fold is stateless and safe for concurrent use.
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s)
	}
	return strings.Join(foldTokens(s), " ")
}

// foldASCII is Fold for ASCII text, written into one buffer: Fix folds names it writes and
// compares many times, and making a slice of tokens to join cost ten times the folding. Every
// ASCII word folds to one token, never empty, since it starts with a letter or digit and folding
// keeps those.
func foldASCII(s string) string {
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if !isWordRune(rune(s[i])) {
			i++
			continue
		}
		end := scanWord(s, i)
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		buf = foldWord(buf, s[i:end])
		i = end
	}
	return string(buf)
}

// foldTokens returns the folded tokens of s.
func foldTokens(s string) []string {
	toks, _ := foldTokensScripts(s)
	return toks
}

// foldTokensScripts returns the folded tokens of s and the script each was written in.
func foldTokensScripts(s string) ([]string, []tokScript) {
	var toks []string
	var scripts []tokScript
	forEachWord(s, func(w word) {
		toks = append(toks, w.folded)
		scripts = append(scripts, w.script)
	})
	return toks, scripts
}

// word is one token of a name or text, with its byte span in the source.
type word struct {
	start, end int       // byte offsets of the token in the source, possessive included
	folded     string    // comparison key of the token
	script     tokScript // the script the token was written in
}

// tokScript is the script a token was written in. A transliterated token carries only the
// distinctions its script can write: Arabic has no p, v or o and rarely writes short vowels, Hangul
// has no f, v or z and adds vowels to break up consonant clusters. Scoring compares such a token
// with a Latin one through that script's lens (see projectScript) rather than letter for letter.
type tokScript uint8

const (
	scriptLatin  tokScript = iota // Latin, digits, and scripts compared as written (Cyrillic, Greek, …)
	scriptAbjad                   // Arabic, Persian, Urdu, Hebrew: consonants, long vowels at best
	scriptHangul                  // Korean
	scriptIndic                   // Brahmic abugidas of India (Devanagari, Bengali, Kannada, …)
)

// scriptOf classifies a word by its first letter that settles the question.
func scriptOf(w string) tokScript {
	for _, r := range w {
		switch {
		case r < 0x590:
			continue
		case r <= 0x8FF, r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
			return scriptAbjad
		case r >= 0x900 && r <= 0xDFF:
			return scriptIndic
		case r >= 0x1100 && r <= 0x11FF, r >= 0x3131 && r <= 0x318E, r >= 0xAC00 && r <= 0xD7A3:
			return scriptHangul
		}
	}
	return scriptLatin
}

// forEachWord splits s into words and calls fn with each. A word is a maximal run of letters, digits
// and marks, with inner apostrophes and dots between single letters ("U.S.") kept inside it.
func forEachWord(s string, fn func(word)) {
	var stack [64]byte // most words fit: no allocation but the folded string
	buf := stack[:0]
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		end := scanWord(s, i)
		buf = foldWord(buf[:0], s[start:end])
		if len(buf) > 0 {
			if isASCII(s[start:end]) {
				// An ASCII word folds to letters and digits only: one part.
				fn(word{start: start, end: end, folded: string(buf), script: scriptLatin})
				i = end
				continue
			}
			sc := scriptOf(s[start:end])
			// A transliteration may split one source word ("الرياض" -> "al-riyad"): each part
			// is a token of its own, all with the span of the source word.
			for part := range strings.FieldsFuncSeq(string(buf), isFoldSeparator) {
				fn(word{start: start, end: end, folded: part, script: sc})
			}
		}
		i = end
	}
}

// scanWord returns the end of the word that starts at i.
func scanWord(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			i++ // the common case, without decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			i += size
		case isApostrophe(r) || r == '.':
			// Keep an apostrophe or dot that joins two letters ("O'Brien", "U.S"), and a dot that
			// closes a dotted initialism ("U.S.").
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if i+size < len(s) && isWordRune(next) {
				if r == '.' && !singleLetterBefore(s, i) {
					return i
				}
				i += size
				continue
			}
			if r == '.' && dottedInitialism(s, i) {
				return i + size
			}
			return i
		default:
			return i
		}
	}
	return i
}

// singleLetterBefore reports whether the dot at i follows a one-letter segment ("U" in "U.S").
func singleLetterBefore(s string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLetter(r) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i-size])
	return i-size == 0 || !isWordRune(prev)
}

// dottedInitialism reports whether the dot at i ends a run like "U.S." (letters separated by dots).
func dottedInitialism(s string, i int) bool {
	if !singleLetterBefore(s, i) {
		return false
	}
	_, size := utf8.DecodeLastRuneInString(s[:i])
	j := i - size
	return j > 0 && s[j-1] == '.'
}

// isFoldSeparator reports the bytes that may appear in a folded word only as separators
// introduced by transliteration.
func isFoldSeparator(r rune) bool { return r == '-' || r == ' ' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´', 'ʻ':
		return true
	}
	return false
}

// foldWord appends the comparison key of one word to dst.
func foldWord(dst []byte, w string) []byte {
	w = trimPossessive(w)
	if isASCII(w) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				dst = append(dst, c)
			}
		}
		return dst
	}
	if translit.HasNonLatin(w) {
		w = translit.ToLatin(w)
	}
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) || isApostrophe(r) || r == '.' {
			continue
		}
		if rep, ok := foldTable[r]; ok {
			dst = append(dst, rep...)
			continue
		}
		if r >= 0x4E00 && r <= 0x9FFF {
			if s, ok := hanSimplified[r]; ok {
				r = s
			}
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// trimPossessive drops an English possessive ending ("Kiev's", "Kiev’s", "Paris'").
func trimPossessive(w string) string {
	if w == "" || w[len(w)-1] != 's' && w[len(w)-1] != 'S' {
		return w
	}
	for _, suffix := range [...]string{"'s", "’s", "'S", "’S"} {
		if t, ok := strings.CutSuffix(w, suffix); ok && t != "" {
			return t
		}
	}
	return w
}

// foldTable maps letters that have no decomposition to their usual Latin folding.
var foldTable = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'Þ': "th", 'ı': "i", 'ß': "ss",
	'ẞ': "ss", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t", 'ŀ': "l", 'Ŀ': "l", 'ƒ': "f",
	'ĸ': "k", 'ŉ': "n", 'ſ': "s", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬀ': "ff",
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hanSimplified maps Traditional Chinese characters common in personal and place names to their
// Simplified forms, so that 習近平 (Taiwan, Hong Kong, overseas press) and 习近平 (mainland) fold
// alike. Han names are otherwise matched only through gazetteer aliases: there is no reading of
// Han characters in this package (Chinese, Japanese and Korean read them differently).
var hanSimplified = map[rune]rune{
	'來': '来', '們': '们', '偉': '伟', '傑': '杰', '傳': '传', '價': '价', '儀': '仪', '億': '亿',
	'優': '优', '兒': '儿', '內': '内', '冊': '册', '剛': '刚', '劃': '划', '劉': '刘', '劍': '剑',
	'動': '动', '務': '务', '勝': '胜', '勞': '劳', '勳': '勋', '勵': '励', '區': '区', '協': '协',
	'吳': '吴', '呂': '吕', '員': '员', '問': '问', '啟': '启', '喬': '乔', '單': '单', '嘆': '叹',
	'嚴': '严', '國': '国', '圍': '围', '園': '园', '圖': '图', '團': '团', '報': '报', '場': '场',
	'壇': '坛', '壯': '壮', '壽': '寿', '夢': '梦', '奪': '夺', '奮': '奋', '婦': '妇', '孫': '孙',
	'學': '学', '實': '实', '寧': '宁', '寬': '宽', '寵': '宠', '寶': '宝', '將': '将', '專': '专',
	'尋': '寻', '對': '对', '導': '导', '屆': '届', '層': '层', '屬': '属', '岡': '冈', '島': '岛',
	'崗': '岗', '嶺': '岭', '嶼': '屿', '巖': '岩', '帥': '帅', '師': '师', '幫': '帮', '幹': '干',
	'庫': '库', '廟': '庙', '廢': '废', '廣': '广', '張': '张', '強': '强', '彈': '弹', '彌': '弥',
	'彥': '彦', '從': '从', '徹': '彻', '恆': '恒', '惡': '恶', '愛': '爱', '態': '态', '慣': '惯',
	'慶': '庆', '憲': '宪', '應': '应', '懷': '怀', '戰': '战', '戲': '戏', '揚': '扬', '擁': '拥',
	'擴': '扩', '攜': '携', '敘': '叙', '數': '数', '斷': '断', '昇': '升', '時': '时', '晉': '晋',
	'暉': '晖', '暢': '畅', '曉': '晓', '書': '书', '會': '会', '東': '东', '楊': '杨', '極': '极',
	'榮': '荣', '構': '构', '槍': '枪', '樂': '乐', '樓': '楼', '標': '标', '樹': '树', '橋': '桥',
	'機': '机', '橫': '横', '檢': '检', '櫻': '樱', '權': '权', '歐': '欧', '歡': '欢', '歷': '历',
	'殘': '残', '殺': '杀', '氣': '气', '湯': '汤', '溫': '温', '滬': '沪', '漁': '渔', '漢': '汉',
	'潔': '洁', '潤': '润', '澤': '泽', '濃': '浓', '濟': '济', '濤': '涛', '濱': '滨', '瀋': '沈',
	'灣': '湾', '為': '为', '無': '无', '煙': '烟', '煥': '焕', '熱': '热', '燈': '灯', '營': '营',
	'燦': '灿', '爭': '争', '爺': '爷', '爾': '尔', '猶': '犹', '獎': '奖', '獨': '独', '獲': '获',
	'現': '现', '瑩': '莹', '瑪': '玛', '環': '环', '瓊': '琼', '產': '产', '甯': '宁', '畢': '毕',
	'畫': '画', '異': '异', '當': '当', '發': '发', '盜': '盗', '盡': '尽', '監': '监', '盧': '卢',
	'眾': '众', '碩': '硕', '確': '确', '祿': '禄', '禎': '祯', '禦': '御', '禪': '禅', '禮': '礼',
	'稅': '税', '種': '种', '稱': '称', '穀': '谷', '穎': '颖', '穩': '稳', '窩': '窝', '竇': '窦',
	'竊': '窃', '競': '竞', '筆': '笔', '範': '范', '築': '筑', '簡': '简', '籃': '篮', '紀': '纪',
	'紅': '红', '納': '纳', '純': '纯', '紛': '纷', '細': '细', '紹': '绍', '終': '终', '組': '组',
	'結': '结', '絕': '绝', '給': '给', '統': '统', '絲': '丝', '經': '经', '綜': '综', '綠': '绿',
	'維': '维', '綱': '纲', '網': '网', '緊': '紧', '線': '线', '緣': '缘', '練': '练', '縣': '县',
	'縮': '缩', '總': '总', '織': '织', '繼': '继', '續': '续', '罷': '罢', '羅': '罗', '義': '义',
	'習': '习', '翹': '翘', '聖': '圣', '聞': '闻', '聯': '联', '聰': '聪', '聲': '声', '肅': '肃',
	'腦': '脑', '腳': '脚', '膚': '肤', '臉': '脸', '臨': '临', '臺': '台', '與': '与', '興': '兴',
	'舉': '举', '艦': '舰', '莊': '庄', '莖': '茎', '華': '华', '萊': '莱', '萬': '万', '葉': '叶',
	'葦': '苇', '蒼': '苍', '蓋': '盖', '蓮': '莲', '蔣': '蒋', '蔥': '葱', '蕭': '萧', '薦': '荐',
	'藍': '蓝', '藝': '艺', '蘆': '芦', '蘇': '苏', '蘋': '苹', '蘭': '兰', '處': '处', '虛': '虚',
	'號': '号', '蝦': '虾', '衛': '卫', '衝': '冲', '補': '补', '裡': '里', '褲': '裤', '見': '见',
	'規': '规', '親': '亲', '覺': '觉', '觀': '观', '計': '计', '記': '记', '許': '许', '評': '评',
	'詩': '诗', '話': '话', '誌': '志', '認': '认', '語': '语', '誠': '诚', '說': '说', '論': '论',
	'諸': '诸', '諾': '诺', '謎': '谜', '講': '讲', '謝': '谢', '識': '识', '譚': '谭', '譯': '译',
	'議': '议', '護': '护', '譽': '誉', '變': '变', '讓': '让', '豐': '丰', '豬': '猪', '貓': '猫',
	'貝': '贝', '財': '财', '貴': '贵', '買': '买', '貿': '贸', '賀': '贺', '資': '资', '賈': '贾',
	'賓': '宾', '賢': '贤', '賣': '卖', '賴': '赖', '贊': '赞', '贏': '赢', '趙': '赵', '趨': '趋',
	'蹤': '踪', '躍': '跃', '車': '车', '軍': '军', '軒': '轩', '軟': '软', '載': '载', '輔': '辅',
	'輕': '轻', '輝': '辉', '輪': '轮', '輯': '辑', '辦': '办', '辭': '辞', '農': '农', '進': '进',
	'達': '达', '遞': '递', '遠': '远', '選': '选', '遺': '遗', '遼': '辽', '還': '还', '邊': '边',
	'郵': '邮', '鄉': '乡', '鄒': '邹', '鄔': '邬', '鄧': '邓', '鄭': '郑', '鄰': '邻', '鄺': '邝',
	'醫': '医', '釀': '酿', '釋': '释', '釗': '钊', '鈞': '钧', '銀': '银', '銘': '铭', '銳': '锐',
	'鋒': '锋', '鋼': '钢', '錄': '录', '錢': '钱', '錦': '锦', '錫': '锡', '鍋': '锅', '鍾': '钟',
	'鎮': '镇', '鐘': '钟', '鐵': '铁', '長': '长', '門': '门', '閉': '闭', '開': '开', '閔': '闵',
	'閣': '阁', '閱': '阅', '閻': '阎', '闖': '闯', '關': '关', '陣': '阵', '陰': '阴', '陳': '陈',
	'陸': '陆', '陽': '阳', '隊': '队', '險': '险', '隱': '隐', '雖': '虽', '雙': '双', '離': '离',
	'難': '难', '雲': '云', '電': '电', '霧': '雾', '靈': '灵', '靜': '静', '韋': '韦', '韌': '韧',
	'韓': '韩', '韻': '韵', '響': '响', '項': '项', '順': '顺', '須': '须', '頌': '颂', '預': '预',
	'頓': '顿', '領': '领', '頭': '头', '頸': '颈', '頻': '频', '顏': '颜', '願': '愿', '類': '类',
	'顧': '顾', '顯': '显', '風': '风', '颱': '台', '飛': '飞', '養': '养', '餘': '余', '館': '馆',
	'饒': '饶', '馬': '马', '馮': '冯', '駿': '骏', '騎': '骑', '騰': '腾', '驚': '惊', '體': '体',
	'鬧': '闹', '魚': '鱼', '魯': '鲁', '鮑': '鲍', '鮮': '鲜', '鳥': '鸟', '鳳': '凤', '鳴': '鸣',
	'鴻': '鸿', '鵬': '鹏', '鶴': '鹤', '鹽': '盐', '麗': '丽', '麥': '麦', '麵': '面', '黃': '黄',
	'點': '点', '黨': '党', '黴': '霉', '齊': '齐', '齒': '齿', '齡': '龄', '龍': '龙', '龐': '庞',
	'龔': '龚',
}
